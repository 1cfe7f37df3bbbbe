/**
 * Browser mode: the built renderer and the API over loopback HTTP. Every API call must carry the
 * per-run token (the page gets it from the URL it was opened with); static files need none, as
 * they hold no data. Nothing else is served.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from '../api/dispatch';
import type { Result } from '../api/result';
import { CONTENT_SECURITY_POLICY } from './csp';

export interface WebServerOptions {
  dispatch: Dispatch;
  /** out/renderer: index.html and its assets. */
  rendererDir: string;
  /** 0 = a random free port. */
  port?: number;
  token?: string;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes?: number;
}

export interface WebServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';
const API_PREFIX = '/api/';
/** The whole database as a file (Settings → Backups → Download); needs the token like the API. */
export const DOWNLOAD_PATH = '/download/repaso.db';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? crypto.randomBytes(24).toString('base64url');
  // An .apkg of 50 MiB travels as ~67 MiB of base64 (decks:import contentBase64).
  const maxBody = options.maxBodyBytes ?? 80 * 1024 * 1024;
  const rendererDir = path.resolve(options.rendererDir);

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${HOST}`);
    if (url.pathname.startsWith(API_PREFIX)) {
      void handleApi(req, res, url.pathname.slice(API_PREFIX.length));
      return;
    }
    if (url.pathname === DOWNLOAD_PATH) {
      void handleDownload(req, res);
      return;
    }
    serveStatic(url.pathname, req, res);
  });

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, method: string): Promise<void> {
    if (!hasToken(req.headers.authorization, token)) {
      sendJson(res, 401, { ok: false, error: { code: 'UNAUTHORIZED', message: 'Missing or wrong API token' } });
      return;
    }
    if (req.method !== 'POST') {
      res.writeHead(405, { Allow: 'POST' }).end();
      return;
    }
    let input: unknown;
    try {
      const body = await readBody(req, maxBody);
      input = body.length === 0 ? undefined : JSON.parse(body);
    } catch (err) {
      sendJson(res, 400, { ok: false, error: { code: 'INVALID_INPUT', message: `Request body: ${(err as Error).message}` } });
      return;
    }
    const result = await options.dispatch(decodeURIComponent(method), input);
    sendJson(res, 200, result);
  }

  async function handleDownload(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (!hasToken(req.headers.authorization, token)) {
      sendJson(res, 401, { ok: false, error: { code: 'UNAUTHORIZED', message: 'Missing or wrong API token' } });
      return;
    }
    if (req.method !== 'GET') {
      res.writeHead(405, { Allow: 'GET' }).end();
      return;
    }
    // The same fresh copy the API gives Electron, so both modes download identical bytes.
    const result = await options.dispatch('backup:export', undefined);
    if (!result.ok) {
      sendJson(res, 500, result);
      return;
    }
    const { fileName, base64 } = result.value as { fileName: string; base64: string };
    const bytes = Buffer.from(base64, 'base64');
    res.writeHead(200, {
      'Content-Type': 'application/vnd.sqlite3',
      'Content-Length': bytes.length,
      'Content-Disposition': `attachment; filename="${fileName}"`,
      'Cache-Control': 'no-store',
    });
    res.end(bytes);
  }

  function serveStatic(pathname: string, req: http.IncomingMessage, res: http.ServerResponse): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '');
    const file = path.resolve(rendererDir, relative);
    // Only files inside the renderer folder: no `..`, no absolute paths, no symlinked escapes.
    if (!file.startsWith(rendererDir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    });
    if (req.method === 'HEAD') res.end();
    else fs.createReadStream(file).pipe(res);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, HOST, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${HOST}:${port}/?token=${token}`,
    port,
    token,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function hasToken(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.startsWith('Bearer ') ? header.slice(7) : '');
  const expected = Buffer.from(token);
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new Error(`larger than ${limit} bytes`));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: http.ServerResponse, status: number, body: Result<unknown>): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}
