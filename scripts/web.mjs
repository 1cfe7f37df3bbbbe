// `npm run web`: build (fast, incremental enough) and serve browser mode. Arguments pass through (--port N).
import { spawnSync, spawn } from 'node:child_process';
import path from 'node:path';
import { root } from './lib-electron.mjs';

export function build() {
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) {
    console.error('repaso: the build failed (see above).');
    process.exit(result.status ?? 1);
  }
}

export function serveBrowserMode(args) {
  const child = spawn(process.execPath, [path.join(root, 'out', 'main', 'web.js'), ...args], { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  build();
  serveBrowserMode(process.argv.slice(2));
}
