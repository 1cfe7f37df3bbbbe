/**
 * Where the built app finds its parts. The bundler may put this module in out/main/ or in a
 * shared chunk below it, so the project root is found by walking up to package.json; a packaged
 * app overrides decks via REPASO_DECKS_DIR.
 */
import fs from 'node:fs';
import path from 'node:path';

function findProjectRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(start, '..', '..');
  }
}

export const projectRoot = findProjectRoot(__dirname);
export const rendererDir = path.join(projectRoot, 'out', 'renderer');
export const preloadFile = path.join(projectRoot, 'out', 'preload', 'index.js');

export function decksDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.REPASO_DECKS_DIR ? path.resolve(env.REPASO_DECKS_DIR) : path.join(projectRoot, 'decks');
}

export function appVersion(): string {
  try {
    return (JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}
