/**
 * Opening the one SQLite file: refuse what we cannot read safely (a newer schema, a damaged
 * file) *before* writing anything, then back the file up and migrate it forward.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { dailyBackup, fileStamp, writeCopy } from './backups';
import { StoreError } from './errors';
import { MIGRATIONS, type Migration } from './migrations';

export type Db = Database.Database;

export interface OpenOptions {
  /** Path to the database file; created (with its folder) when missing. */
  file: string;
  /** better-sqlite3's compiled addon to use (Electron passes its own ABI's build). */
  nativeBinding?: string;
  /** ms since epoch; names the backup copies. */
  now?: () => number;
  /** The schema steps; tests pass their own to exercise a later migration. */
  migrations?: readonly Migration[];
  /** Make today's backup copy if there is none (store/backups.ts); on unless set to false. */
  dailyBackup?: boolean;
  /** IANA zone of the daily backup's date; the machine's when omitted. */
  timeZone?: string;
  /** Where a failed backup is reported (opening goes on); stderr by default. */
  log?: (message: string) => void;
}

export const DATABASE_FILE_NAME = 'repaso.db';

export function openDatabase(options: OpenOptions): Db {
  const { file } = options;
  const now = options.now ?? Date.now;
  const migrations = options.migrations ?? MIGRATIONS;
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  const existed = fs.existsSync(file) && fs.statSync(file).size > 0;
  fs.mkdirSync(path.dirname(file), { recursive: true });

  let db: Db;
  try {
    db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  } catch (err) {
    throw new StoreError('unavailable', `Cannot open the database ${file}: ${(err as Error).message}`);
  }

  let version: number;
  try {
    version = readUserVersion(db, existed);
  } catch (err) {
    db.close();
    throw err instanceof StoreError ? err : new StoreError('corrupt', `${file} is damaged or is not a Repaso database (${(err as Error).message}). It was left untouched.`);
  }
  if (version > latest) {
    db.close();
    throw new StoreError(
      'too-new',
      `${file} was written by a newer Repaso (schema ${version}; this version reads up to ${latest}). Update Repaso to open it; the file was left untouched.`,
    );
  }

  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  // The review queue reads a few thousand scattered card rows per step; with SQLite's default
  // 2 MB page cache a large collection would go to the OS for most of them.
  db.pragma('cache_size = -32768');
  db.pragma('mmap_size = 268435456');

  if (version < latest) {
    if (existed && version > 0) backupBeforeMigration(db, file, version, now());
    migrate(db, migrations, version);
  }
  if (existed && options.dailyBackup !== false) {
    dailyBackup(db, { file, now: now(), timeZone: options.timeZone, log: options.log ?? ((m) => console.error(m)) });
  }
  return db;
}

function readUserVersion(db: Db, existed: boolean): number {
  // Reading the schema forces SQLite to parse the header: a damaged file fails here ("file is not a database").
  const version = db.pragma('user_version', { simple: true }) as number;
  db.prepare('SELECT count(*) FROM sqlite_schema').get();
  if (existed && version === 0) {
    const tables = db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as { n: number };
    if (tables.n > 0) throw new StoreError('corrupt', `${db.name} holds tables but no Repaso schema version: it is not a Repaso database. It was left untouched.`);
  }
  return version;
}

function migrate(db: Db, migrations: readonly Migration[], from: number): void {
  for (const migration of migrations) {
    if (migration.version <= from) continue;
    // One transaction per step: a failed step leaves the file at the previous version.
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}

/** A consistent copy (WAL included) beside the file, before its schema changes. */
function backupBeforeMigration(db: Db, file: string, version: number, now: number): void {
  writeCopy(db, file, `repaso-v${version}-${fileStamp(now)}.db`);
}
