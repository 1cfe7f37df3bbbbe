/**
 * The renderer's only way to the backend. In Electron the preload provides `window.api`; in
 * browser mode the same methods go over HTTP with the token the page was opened with.
 */
import type { ApiClient } from '../../../src-main/api/client';
import type { MethodName, MethodOutput } from '../../../src-main/api/contract';
import type { Result } from '../../../src-main/api/result';

const TOKEN_KEY = 'repaso.token';

function browserToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    // Keep the token out of the address bar and history once it is stored.
    url.searchParams.delete('token');
    history.replaceState(history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function httpClient(): ApiClient {
  const token = browserToken();
  const send = async (method: string, input: unknown): Promise<Result<unknown>> => {
    try {
      const response = await fetch(`/api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: input === undefined ? '' : JSON.stringify(input),
      });
      return (await response.json()) as Result<unknown>;
    } catch (err) {
      return { ok: false, error: { code: 'INTERNAL', message: `No answer from the Repaso server: ${(err as Error).message}` } };
    }
  };
  // Any property is a method: the server validates the name against the contract.
  return new Proxy({} as ApiClient, {
    get: (_target, method: string) => (input?: unknown) => send(method, input),
  });
}

export const api: ApiClient = window.api ?? httpClient();

/** Calls a method and returns its value, or throws an Error carrying the API's message. */
export async function call<M extends MethodName>(
  method: M,
  ...input: Parameters<ApiClient[M]>
): Promise<MethodOutput<M>> {
  const fn = api[method] as (i?: unknown) => Promise<Result<MethodOutput<M>>>;
  const result = await fn(input[0]);
  if (!result.ok) throw new ApiCallError(result.error.code, result.error.message);
  return result.value;
}

export class ApiCallError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Browser mode only: a file the server sends at a GET route (the database download), fetched
 * with the token. null under Electron, where the same bytes come through the API instead.
 */
export async function fetchFile(path: string): Promise<Blob | null> {
  if (window.api) return null;
  const response = await fetch(path, { headers: { Authorization: `Bearer ${sessionStorage.getItem(TOKEN_KEY) ?? ''}` } });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as Result<unknown> | null;
    throw new ApiCallError(body && !body.ok ? body.error.code : 'INTERNAL', body && !body.ok ? body.error.message : `${path}: HTTP ${response.status}`);
  }
  return response.blob();
}
