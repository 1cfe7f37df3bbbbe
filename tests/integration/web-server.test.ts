import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../../src-main/web/server';
import { CONTENT_SECURITY_POLICY } from '../../src-main/web/csp';
import { tempDir, testBackend, type TestBackend } from '../helpers/backend';

let server: WebServer;
let backend: TestBackend;
let base: string;

beforeAll(async () => {
  const rendererDir = tempDir('repaso-renderer-');
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Repaso</title>');
  fs.mkdirSync(path.join(rendererDir, 'assets'));
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(path.dirname(rendererDir), 'secret.txt'), 'outside');
  backend = testBackend();
  server = await startWebServer({ dispatch: backend.backend.dispatch, rendererDir });
  base = `http://127.0.0.1:${server.port}`;
});

afterAll(async () => {
  await server.close();
  backend.close();
});

const post = (method: string, body: unknown, token?: string) =>
  fetch(`${base}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token === undefined ? {} : { Authorization: `Bearer ${token}` }) },
    body: JSON.stringify(body),
  });

describe('browser-mode server', () => {
  it('listens on 127.0.0.1 and prints a URL that carries the token', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
    expect(server.token.length).toBeGreaterThanOrEqual(32);
  });

  it('answers API calls that carry the token', async () => {
    const response = await post('decks:list', {}, server.token);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { ok: boolean; value: { id: string }[] };
    expect(body.ok).toBe(true);
    expect(body.value.map((d) => d.id)).toEqual(['mini']);
  });

  it('answers 401 without the token or with a wrong one', async () => {
    for (const token of [undefined, '', 'x', server.token.slice(1)]) {
      const response = await post('decks:list', {}, token);
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ ok: false, error: { code: 'UNAUTHORIZED', message: 'Missing or wrong API token' } });
    }
  });

  it('validates input and names the method and field', async () => {
    const body = await (await post('settings:set', { dayStartHour: 'four' }, server.token)).json();
    expect(body).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect((body as { error: { message: string } }).error.message).toContain('dayStartHour');
  });

  it('refuses a body that is not JSON', async () => {
    const response = await fetch(`${base}/api/settings:set`, { method: 'POST', headers: { Authorization: `Bearer ${server.token}` }, body: '{nope' });
    expect(response.status).toBe(400);
  });

  it('serves the renderer with the CSP header', async () => {
    const response = await fetch(`${base}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toContain('<title>Repaso</title>');
    expect((await fetch(`${base}/assets/app.js`)).headers.get('content-type')).toContain('text/javascript');
  });

  it('serves nothing outside the renderer folder', async () => {
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/../../secret.txt', '/etc/passwd', '/missing.js']) {
      expect((await fetch(`${base}${p}`)).status).toBe(404);
    }
  });
});
