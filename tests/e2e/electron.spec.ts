/**
 * The real Electron app, where its runtime exists. On machines without the Electron binary
 * (offline installs) this prints one line and skips; it never fakes Electron.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { _electron as electron, expect, test } from '@playwright/test';

const root = path.resolve(__dirname, '..', '..');
const pathFile = path.join(root, 'node_modules', 'electron', 'path.txt');
const executable = fs.existsSync(pathFile) ? path.join(root, 'node_modules', 'electron', 'dist', fs.readFileSync(pathFile, 'utf8').trim()) : null;
const available = executable !== null && fs.existsSync(executable);

// Printed once, from the worker that runs the test (the runner also loads this file to list tests).
if (!available && process.env.TEST_WORKER_INDEX !== undefined) console.log('skipped: Electron runtime not available');

test('the Electron app opens a hardened window showing the shipped deck', async () => {
  test.skip(!available, 'Electron runtime not available');
  const native = spawnSync(process.execPath, [path.join(root, 'scripts', 'native-electron.mjs')], { stdio: 'inherit' });
  expect(native.status, 'better-sqlite3 built for Electron').toBe(0);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'repaso-electron-'));
  const app = await electron.launch({ executablePath: executable!, args: [root], env: { ...process.env, REPASO_DATA_DIR: dataDir } });
  try {
    const page = await app.firstWindow();
    await expect(page.locator('[data-deck-id="kubernetes-basico"]')).toBeVisible();
    // The page sees window.api and nothing of Node or Electron.
    const globals = await page.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      ipcRenderer: typeof (globalThis as { ipcRenderer?: unknown }).ipcRenderer,
      api: Object.keys((globalThis as { api?: object }).api ?? {}).includes('decks:list'),
    }));
    expect(globals).toEqual({ require: 'undefined', process: 'undefined', ipcRenderer: 'undefined', api: true });
    // New windows and navigation away are refused.
    await page.evaluate(() => (globalThis as unknown as { open: (u: string) => unknown }).open('https://example.com'));
    expect(app.windows()).toHaveLength(1);
    await page.evaluate(() => ((globalThis as unknown as { location: { href: string } }).location.href = 'https://example.com'));
    await expect(page.locator('[data-deck-id="kubernetes-basico"]')).toBeVisible();
  } finally {
    await app.close();
  }
});
