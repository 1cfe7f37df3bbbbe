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
  const store = openStore({ file: databaseFile, nativeBinding: options.nativeBinding, now });
  const decksReport = options.decksDir ? loadDeckDir(options.decksDir, store.decks, now()) : { loaded: [], errors: [] };
  for (const error of decksReport.errors) log(`deck not loaded: ${error}`);
  const info: AppInfo = {
    version: options.version,
    mode: options.mode,
    dataDir: options.dataDir,
    databaseFile,
    systemLocale: options.systemLocale,
  };
  const dispatch = createDispatch(createHandlers({
    store,
    info,
    now,
    timeZone: options.timeZone ?? systemTimeZone(),
    ...(options.decksDir ? { scenarios: scenarioSourceFromDir(options.decksDir) } : {}),
  }), (err, method) =>
    log(`internal error in ${method}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`),
  );
  return { store, dispatch, decksReport, close: () => store.close() };
}

/** A client over direct calls: what the tests use, with the same validation as IPC and HTTP. */
export function inProcessClient(dispatch: Dispatch): ApiClient {
  return makeClient(METHOD_NAMES, (method, input) => dispatch(method, input));
}
