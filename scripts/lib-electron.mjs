// Finding the Electron runtime without triggering electron's lazy download on `require`.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

export const root = path.resolve(import.meta.dirname, '..');
const electronDir = path.join(root, 'node_modules', 'electron');

/** The Electron executable, or null when its binary was never downloaded. */
export function electronExecutable() {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const exe = path.join(electronDir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(exe) ? exe : null;
}

/** Tries electron's own installer once; returns the executable or an error message. */
export function obtainElectron() {
  const existing = electronExecutable();
  if (existing) return { exe: existing };
  const result = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { encoding: 'utf8', timeout: 180_000 });
  const exe = electronExecutable();
  if (exe) return { exe };
  const reason = `${result.stderr ?? ''}${result.stdout ?? ''}`.split('\n').find((l) => /error/i.test(l))?.trim();
  return { error: reason || `the installer exited with ${result.status}` };
}

export function electronVersion() {
  return JSON.parse(fs.readFileSync(path.join(electronDir, 'package.json'), 'utf8')).version;
}

/** Electron's Node ABI (NODE_MODULE_VERSION), shipped in the electron package. */
export function electronAbi() {
  return fs.readFileSync(path.join(electronDir, 'abi_version'), 'utf8').trim();
}

export function nativeDir() {
  return path.join(root, '.native', `electron-${electronVersion()}-${process.platform}-${process.arch}`);
}
