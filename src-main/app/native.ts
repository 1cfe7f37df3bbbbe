/**
 * better-sqlite3 compiled for Electron's ABI. node_modules keeps Node's build (tests, browser
 * mode); `npm run native:electron` (run by `npm start`) builds Electron's into .native/, and the
 * main process hands that file to better-sqlite3 as its `nativeBinding`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from './paths';

export function electronNativeBinding(resourcesPath?: string): string | undefined {
  const folder = `electron-${process.versions.electron}-${process.platform}-${process.arch}`;
  const candidates = [
    path.join(projectRoot, '.native', folder, 'better_sqlite3.node'),
    ...(resourcesPath ? [path.join(resourcesPath, 'native', 'better_sqlite3.node')] : []),
  ];
  return candidates.find((file) => fs.existsSync(file));
}
