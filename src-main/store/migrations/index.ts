import { initialSchema } from './001-initial';
import { statsIndexesSchema } from './002-stats-indexes';
import { browseIndexes } from './003-browse-indexes';

export interface Migration {
  /** The `PRAGMA user_version` this migration brings the file to. */
  version: number;
  sql: string;
}

/** In order; never edit a released entry, add a new one. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, sql: initialSchema },
  { version: 2, sql: statsIndexesSchema },
  { version: 3, sql: browseIndexes },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
