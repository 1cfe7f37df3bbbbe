/**
 * Each test gets its own browser-mode server (built app, real handlers, real SQLite file in a
 * fresh folder), so tests never share state and can run in any order.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';

const root = path.resolve(__dirname, '..', '..');

export interface RunningApp {
  url: string;
  origin: string;
  token: string;
  dataDir: string;
}

/** The small deck the review tests use (a basic card with a twin, a cloze, a choice, a type-in). */
export const FIXTURE_DECKS = path.join(root, 'tests', 'fixtures', 'decks');

export interface ServerOptions {
  /** REPASO_DECKS_DIR: the decks to load; the shipped decks/ when undefined. */
  decksDir: string | undefined;
  /** TZ of the server: review days are counted in the machine's zone. */
  timeZone: string | undefined;
  /** A data folder prepared beforehand (e.g. a database with edits made under an older deck): copied in before the server starts. */
  seedDataDir: string | undefined;
}

async function startServer(dataDir: string, locale: string, options: ServerOptions): Promise<{ app: RunningApp; child: ChildProcess }> {
  const env: NodeJS.ProcessEnv = { ...process.env, REPASO_DATA_DIR: dataDir, LANG: locale };
  if (options.decksDir) env.REPASO_DECKS_DIR = options.decksDir;
  if (options.timeZone) env.TZ = options.timeZone;
  const child = spawn(process.execPath, [path.join(root, 'out', 'main', 'web.js'), '--port', '0'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Open: (http:\/\/127\.0\.0\.1:\d+\/\?token=(\S+))/.exec(output);
      if (match) resolve(match[1]!);
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`browser mode exited with ${code}:\n${output}`)));
  });
  const parsed = new URL(url);
  return { app: { url, origin: parsed.origin, token: parsed.searchParams.get('token')!, dataDir }, child };
}

export const test = base.extend<{ app: RunningApp; openApp: (page: Page) => Promise<void> } & ServerOptions>({
  decksDir: [undefined, { option: true }],
  timeZone: [undefined, { option: true }],
  seedDataDir: [undefined, { option: true }],
  app: async ({ locale, decksDir, timeZone, seedDataDir }, use) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'repaso-e2e-'));
    if (seedDataDir) fs.cpSync(seedDataDir, dataDir, { recursive: true });
    const { app, child } = await startServer(dataDir, locale ?? 'en-US', { decksDir, timeZone, seedDataDir });
    await use(app);
    child.kill('SIGTERM');
    fs.rmSync(dataDir, { recursive: true, force: true });
  },
  openApp: async ({ app }, use) => {
    await use(async (page: Page) => {
      await page.goto(app.url);
      await expect(page.getByRole('navigation')).toBeVisible();
    });
  },
});

export { expect };
