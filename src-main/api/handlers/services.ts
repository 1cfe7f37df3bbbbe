import type { Store } from '../../store';
import type { AppInfo } from '../types';
import type { ScenarioSource } from '../../drills/scenario';

/** What handlers may use. Handlers never import Electron, HTTP or the file layout directly. */
export interface Services {
  store: Store;
  info: AppInfo;
  /** ms since epoch; injected so tests can move time. */
  now: () => number;
  /** IANA zone review days are counted in: the machine's, or a test's. */
  timeZone: string;
  /** Drill scenarios by id (decks/scenarios); absent when no decks folder is known. */
  scenarios?: ScenarioSource;
  /** Closing and reopening the database file, for restoring a backup (api/backend.ts). */
  database?: DatabaseControl;
}

export interface DatabaseControl {
  /** The live database file. */
  file: string;
  /** The newest schema version this build knows: a backup above it is refused. */
  latestVersion: number;
  nativeBinding?: string;
  /** Closes the store; every handler sees no store until open() runs. */
  close(): void;
  /** Opens the store on `file` again (migrating it) and makes handlers use it. */
  open(): void;
}
