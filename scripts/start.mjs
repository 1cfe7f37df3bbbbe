// `npm start`: build, then open the Electron app. Where the Electron runtime is missing and
// cannot be downloaded (an offline first install), say so in one line and open browser mode.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { obtainElectron, root } from './lib-electron.mjs';
import { build, serveBrowserMode } from './web.mjs';

build();
const electron = obtainElectron();
if (electron.error) {
  console.log(`Electron runtime not available (${electron.error}); starting browser mode instead.`);
  serveBrowserMode(process.argv.slice(2));
} else {
  const native = spawnSync(process.execPath, [path.join(root, 'scripts', 'native-electron.mjs')], { stdio: 'inherit' });
  if (native.status !== 0) {
    console.log('better-sqlite3 could not be built for Electron (see above); starting browser mode instead.');
    serveBrowserMode(process.argv.slice(2));
  } else {
    const child = spawn(electron.exe, [root, ...process.argv.slice(2)], { stdio: 'inherit' });
    child.on('exit', (code) => process.exit(code ?? 0));
  }
}
