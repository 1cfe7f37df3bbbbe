/**
 * `npm run web`: browser mode. Starts the backend on the user's data, serves the built renderer
 * on 127.0.0.1 and prints the URL (with its token) to open.
 */
import { startBackend } from '../api/backend';
import { appVersion, decksDir, rendererDir } from '../app/paths';
import { defaultDataDir } from '../store/paths';
import { StoreError } from '../store';
import { startWebServer } from './server';

function parsePort(argv: string[]): number {
  const i = argv.findIndex((a) => a === '--port' || a.startsWith('--port='));
  if (i < 0) return 0;
  const raw = argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`repaso: --port needs a number from 0 to 65535, got "${raw ?? ''}"`);
    process.exit(2);
  }
  return port;
}

async function main(): Promise<void> {
  const port = parsePort(process.argv.slice(2));
  const dataDir = defaultDataDir();
  let backend;
  try {
    backend = startBackend({
      dataDir,
      decksDir: decksDir(),
      mode: 'web',
      version: appVersion(),
      systemLocale: Intl.DateTimeFormat().resolvedOptions().locale,
    });
  } catch (err) {
    if (err instanceof StoreError) {
      console.error(`repaso: ${err.message}`);
      process.exit(1);
    }
    throw err;
  }
  const server = await startWebServer({ dispatch: backend.dispatch, rendererDir, port, token: process.env.REPASO_WEB_TOKEN });
  console.log(`Repaso (browser mode) is running. Open: ${server.url}`);
  console.log(`Data: ${backend.store.file}`);
  const stop = () => {
    void server.close().then(() => {
      backend.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
