/** A real backend on a temporary folder: real SQLite file, real handlers, in-process transport. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { inProcessClient, startBackend, type Backend, type BackendOptions } from '../../src-main/api/backend';
import type { ApiClient } from '../../src-main/api/client';

export const FIXTURE_DECKS = path.join(__dirname, '..', 'fixtures', 'decks');

export function tempDir(prefix = 'repaso-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface TestBackend {
  backend: Backend;
  api: ApiClient;
  dataDir: string;
  close(): void;
}

export function testBackend(overrides: Partial<BackendOptions> = {}): TestBackend {
  const dataDir = overrides.dataDir ?? tempDir();
  const backend = startBackend({
    dataDir,
    decksDir: FIXTURE_DECKS,
    mode: 'test',
    version: '0.0.0-test',
    systemLocale: 'es-ES',
    log: () => {},
    ...overrides,
  });
  return { backend, api: inProcessClient(backend.dispatch), dataDir, close: () => backend.close() };
}

/** Unwraps a Result, failing the test with the API's message when it is an error. */
export function value<T>(result: { ok: true; value: T } | { ok: false; error: { code: string; message: string } }): T {
  if (!result.ok) throw new Error(`API error ${result.error.code}: ${result.error.message}`);
  return result.value;
}

/**
 * Every row of every table of a data folder's database, sorted (some tables have no rowid):
 * two dumps are equal exactly when nothing was written between them.
 */
export function dumpTables(dataDir: string): Record<string, string[]> {
  const db = new Database(path.join(dataDir, 'repaso.db'), { readonly: true });
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all() as string[];
  const out = Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}"`).all().map((r) => JSON.stringify(r)).sort()]));
  db.close();
  return out;
}
