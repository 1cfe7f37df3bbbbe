/**
 * The backend every mode shares: open the store, load the curated decks, build the dispatcher.
 * Electron main, browser mode and the tests differ only in how they call `dispatch`.
 */
import path from 'node:path';
import { METHOD_NAMES } from './contract';
import { makeClient, type ApiClient } from './client';
import { createDispatch, type Dispatch } from './dispatch';
import { createHandlers } from './handlers';
import { systemTimeZone } from './review/context';
import type { AppInfo } from './types';
import { loadDeckDir, type LoadReport } from '../decks/load';
import { DATABASE_FILE_NAME, openStore, type Store } from '../store';
import { SCHEMA_VERSION } from '../store/migrations';
import type { Services } from './handlers';
import { scenarioSourceFromDir } from '../drills/scenario-files';

export interface BackendOptions {
  dataDir: string;
  /** The curated decks folder; omitted = load none. */
  decksDir?: string;
  mode: AppInfo['mode'];
  version: string;
  systemLocale: string;
  nativeBinding?: string;
  now?: () => number;
  /** IANA zone review days are counted in; the machine's by default. */
  timeZone?: string;
  log?: (message: string) => void;
}

export interface Backend {
  store: Store;
  dispatch: Dispatch;
  decksReport: LoadReport;
  close(): void;
}

export function startBackend(options: BackendOptions): Backend {
  const now = options.now ?? Date.now;
  const log = options.log ?? ((m: string) => console.error(m));
  const databaseFile = path.join(options.dataDir, DATABASE_FILE_NAME);
  // `let`: restoring a backup closes the store and opens a new one on the swapped file; every
  // handler reads `services.store` at call time, so it sees the new one.
  let store: Store | null = openStore({ file: databaseFile, nativeBinding: options.nativeBinding, now });
  const current = (): Store => {
    if (!store) throw new Error('the database is being replaced; try again');
    return store;
  };
  const decksReport = options.decksDir ? loadDeckDir(options.decksDir, store.decks, now()) : { loaded: [], errors: [] };
  for (const error of decksReport.errors) log(`deck not loaded: ${error}`);
  const info: AppInfo = {
    version: options.version,
    mode: options.mode,
    dataDir: options.dataDir,
    databaseFile,
    systemLocale: options.systemLocale,
  };
  const services: Services = {
    get store() {
      return current();
    },
    info,
    now,
    timeZone: options.timeZone ?? systemTimeZone(),
    ...(options.decksDir ? { scenarios: scenarioSourceFromDir(options.decksDir) } : {}),
    database: {
      file: databaseFile,
      latestVersion: SCHEMA_VERSION,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
      close: () => {
        store?.close();
        store = null;
      },
      // No daily copy on reopen: the restored content is not "today's" state to rotate in.
      open: () => {
        const reopened = openStore({ file: databaseFile, nativeBinding: options.nativeBinding, now, dailyBackup: false });
        store = reopened;
        // A restored copy may predate the curated decks' current files: bring them up to date, as at start.
        if (options.decksDir) {
          for (const error of loadDeckDir(options.decksDir, reopened.decks, now()).errors) log(`deck not loaded: ${error}`);
        }
      },
    },
  };
  const dispatch = createDispatch(createHandlers(services), (err, method) =>
    log(`internal error in ${method}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`),
  );
  return {
    get store() {
      return current();
    },
    dispatch,
    decksReport,
    close: () => {
      store?.close();
      store = null;
    },
  };
}

/** A client over direct calls: what the tests use, with the same validation as IPC and HTTP. */
export function inProcessClient(dispatch: Dispatch): ApiClient {
  return makeClient(METHOD_NAMES, (method, input) => dispatch(method, input));
}
