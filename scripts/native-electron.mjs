// `npm run native:electron`: builds better-sqlite3 for Electron's ABI into .native/, leaving
// node_modules' Node build (used by tests and browser mode) untouched. The main process passes
// the result to better-sqlite3 as `nativeBinding`. Run by `npm start`; never by postinstall
// (offline installs and the Node tests would break).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { electronAbi, electronVersion, nativeDir, root } from './lib-electron.mjs';

const target = path.join(nativeDir(), 'better_sqlite3.node');
const abi = electronAbi();
const marker = `node_register_module_v${abi}`;

function hasMarker(file) {
  return fs.existsSync(file) && fs.readFileSync(file).includes(Buffer.from(marker));
}

if (hasMarker(target) && !process.argv.includes('--force')) {
  console.log(`better-sqlite3 for Electron ${electronVersion()} (ABI ${abi}) is ready: ${path.relative(root, target)}`);
  process.exit(0);
}

const nodeGyp = [
  process.env.npm_config_node_gyp,
  path.join(path.dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
].find((p) => p && fs.existsSync(p));
if (!nodeGyp) {
  console.error('native:electron: node-gyp not found (it ships with npm); set npm_config_node_gyp to its node-gyp.js');
  process.exit(1);
}

// Build in a temporary copy: a failed node-gyp rebuild deletes the .node file it replaces.
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'repaso-native-'));
const pkg = path.join(work, 'better-sqlite3');
fs.cpSync(path.join(root, 'node_modules', 'better-sqlite3'), pkg, {
  recursive: true,
  filter: (src) => !src.includes(`${path.sep}build${path.sep}`),
});
const env = { ...process.env };
// With nodedir set, node-gyp would compile against Node's headers and report success for the wrong ABI.
for (const key of Object.keys(env)) if (key.toLowerCase() === 'npm_config_nodedir') delete env[key];

console.log(`Building better-sqlite3 for Electron ${electronVersion()} (ABI ${abi})…`);
const build = spawnSync(
  process.execPath,
  [nodeGyp, 'rebuild', '--release', `--target=${electronVersion()}`, '--runtime=electron', '--dist-url=https://electronjs.org/headers'],
  { cwd: pkg, env, stdio: 'inherit' },
);
const built = path.join(pkg, 'build', 'Release', 'better_sqlite3.node');
if (build.status !== 0 || !hasMarker(built)) {
  console.error(`native:electron: the build failed or produced a module without ${marker}; nothing was installed.`);
  fs.rmSync(work, { recursive: true, force: true });
  process.exit(1);
}
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.copyFileSync(built, target);
fs.rmSync(work, { recursive: true, force: true });
console.log(`Installed ${path.relative(root, target)}`);
