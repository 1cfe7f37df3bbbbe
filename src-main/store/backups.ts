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
import type Database from 'better-sqlite3';

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
    const target = path.join(dir, dailyBackupName(localDate(options.now, options.timeZone)));
    if (fs.existsSync(target)) return { status: 'exists', path: target };
    fs.mkdirSync(dir, { recursive: true });
    const partial = `${target}.partial`;
    fs.rmSync(partial, { force: true });
    db.exec(`VACUUM INTO '${partial.replace(/'/g, "''")}'`);
    fs.renameSync(partial, target);
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
