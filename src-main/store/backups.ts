/**
 * Daily backups (DESIGN.md §2: "a copy is kept before each migration and daily (last 7)").
 *
 * When the app opens the database it makes at most one copy per local calendar day, named
 * `repaso-daily-YYYY-MM-DD.db` so the names sort by date, in the `backups/` folder beside the
 * file; then it keeps the newest DAILY_BACKUPS_KEPT of them. Copies made before a migration
 * (`repaso-v<N>-<instant>.db`) have another name and are never pruned here.
 *
 * A backup is a convenience, not a condition for working: any failure is logged and opening
 * goes on. The copy is written under a temporary name and renamed when complete, so a crash
 * mid-copy never leaves a partial file that would pass for the day's backup.
 */
import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import type Database from 'better-sqlite3';
import type { BackupInfo, BackupKind } from '../api/types';

/** How many daily copies are kept (a week). */
export const DAILY_BACKUPS_KEPT = 7;

const DAILY_NAME = /^repaso-daily-(\d{4}-\d{2}-\d{2})\.db$/;

export interface DailyBackupOptions {
  /** The database file being opened; copies go to `backups/` beside it. */
  file: string;
  /** ms since epoch. */
  now: number;
  /** IANA zone of "today"; the machine's when omitted. */
  timeZone?: string;
  keep?: number;
  log: (message: string) => void;
}

export type DailyBackupOutcome =
  | { status: 'written'; path: string; pruned: string[] }
  | { status: 'exists'; path: string }
  | { status: 'empty' }
  | { status: 'failed'; error: string };

export function backupsDir(file: string): string {
  return path.join(path.dirname(file), 'backups');
}

/** The local calendar date of an instant, YYYY-MM-DD. */
export function localDate(now: number, timeZone?: string): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export function dailyBackupName(date: string): string {
  return `repaso-daily-${date}.db`;
}

/**
 * Today's copy unless it exists or the database holds nothing worth keeping (no deck: a new,
 * empty collection), then pruning to the newest `keep`. Never throws.
 */
export function dailyBackup(db: Database.Database, options: DailyBackupOptions): DailyBackupOutcome {
  const keep = options.keep ?? DAILY_BACKUPS_KEPT;
  try {
    if (isEmpty(db)) return { status: 'empty' };
    const dir = backupsDir(options.file);
    const name = dailyBackupName(localDate(options.now, options.timeZone));
    if (fs.existsSync(path.join(dir, name))) return { status: 'exists', path: path.join(dir, name) };
    const target = writeCopy(db, options.file, name);
    return { status: 'written', path: target, pruned: pruneDailyBackups(dir, keep, options.log) };
  } catch (err) {
    const error = (err as Error).message;
    options.log(`daily backup of ${options.file} failed (the database opened normally): ${error}`);
    return { status: 'failed', error };
  }
}

/** Deletes all but the newest `keep` daily copies in `dir`; returns the names deleted. */
export function pruneDailyBackups(dir: string, keep: number, log: (message: string) => void): string[] {
  const daily = fs
    .readdirSync(dir)
    .filter((name) => DAILY_NAME.test(name))
    .sort();
  const old = daily.slice(0, Math.max(0, daily.length - keep));
  const pruned: string[] = [];
  for (const name of old) {
    try {
      fs.rmSync(path.join(dir, name));
      pruned.push(name);
    } catch (err) {
      log(`could not delete the old backup ${name}: ${(err as Error).message}`);
    }
  }
  return pruned;
}

function isEmpty(db: Database.Database): boolean {
  const hasDecks = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'decks'").get() !== undefined;
  return !hasDecks || db.prepare('SELECT 1 FROM decks LIMIT 1').get() === undefined;
}

/*
 * The Backups section of Settings (DESIGN.md §3 "a full backup and restore"): every copy in
 * `backups/`, manual copies on demand, and what each holds, read from the copy itself.
 */

const KINDS: readonly [RegExp, BackupKind][] = [
  [DAILY_NAME, 'daily'],
  [/^repaso-manual-[\w-]+\.db$/, 'manual'],
  [/^repaso-before-restore-[\w-]+\.db$/, 'before-restore'],
  [/^repaso-v\d+-[\w-]+\.db$/, 'pre-migration'],
];

export function backupKind(name: string): BackupKind | null {
  return KINDS.find(([pattern]) => pattern.test(name))?.[1] ?? null;
}

/** An instant as a file-name part: 2026-03-10T09-00-00-000Z (no colons: Windows refuses them). */
export function fileStamp(now: number): string {
  return new Date(now).toISOString().replace(/[:.]/g, '-');
}

/** Every recognised backup in `backups/`, newest first. Unreadable copies are listed with nulls. */
export function listBackups(file: string, nativeBinding?: string): BackupInfo[] {
  const dir = backupsDir(file);
  if (!fs.existsSync(dir)) return [];
  const out: BackupInfo[] = [];
  for (const name of fs.readdirSync(dir)) {
    const kind = backupKind(name);
    if (kind === null) continue;
    const full = path.join(dir, name);
    if (fs.statSync(full).isFile()) out.push(backupInfo(full, nativeBinding));
  }
  return out.sort((a, b) => b.createdAt - a.createdAt || b.name.localeCompare(a.name));
}

/** One copy as Settings lists it: its kind from its name, its date and size, what it holds. */
export function backupInfo(full: string, nativeBinding?: string): BackupInfo {
  const stat = fs.statSync(full);
  const name = path.basename(full);
  return { name, kind: backupKind(name) ?? 'manual', createdAt: stat.mtimeMs, sizeBytes: stat.size, ...describeCopy(full, nativeBinding) };
}

/** Schema version and counts of a copy, opened read-only so listing never changes a file. */
export function describeCopy(full: string, nativeBinding?: string): Pick<BackupInfo, 'schemaVersion' | 'cards' | 'reviews'> {
  let copy: Database.Database | null = null;
  try {
    copy = openReadOnly(full, nativeBinding);
    const schemaVersion = copy.pragma('user_version', { simple: true }) as number;
    return { schemaVersion, cards: countRows(copy, 'cards'), reviews: countRows(copy, 'review_log') };
  } catch {
    return { schemaVersion: null, cards: null, reviews: null };
  } finally {
    copy?.close();
  }
}

function countRows(db: Database.Database, table: string): number | null {
  const exists = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(table) !== undefined;
  return exists ? (db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n : null;
}

/**
 * A consistent copy of the open database (VACUUM INTO reads one snapshot, WAL included) under
 * `name` in `backups/`, written whole under a temporary name first. Manual and safety copies
 * have names the daily pruning never matches, so they stay until the learner deletes them.
 */
export function writeCopy(db: Database.Database, file: string, name: string): string {
  const dir = backupsDir(file);
  fs.mkdirSync(dir, { recursive: true });
  const target = path.join(dir, name);
  const partial = `${target}.partial`;
  fs.rmSync(partial, { force: true });
  try {
    db.exec(`VACUUM INTO '${partial.replace(/'/g, "''")}'`);
    fs.renameSync(partial, target);
  } catch (err) {
    fs.rmSync(partial, { force: true });
    throw err;
  }
  return target;
}

export function manualBackupName(now: number): string {
  return `repaso-manual-${fileStamp(now)}.db`;
}

/** A file opened read-only (Electron passes its own ABI's addon, as for the main database). */
export function openReadOnly(full: string, nativeBinding?: string): Database.Database {
  return new SqliteDatabase(full, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
}
