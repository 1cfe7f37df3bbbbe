/**
 * Restoring a backup (DESIGN.md §3): the candidate is checked before anything is touched, the
 * current database is copied aside, and the file is swapped by renames so that at every moment
 * either the old or the new file is complete under `repaso.db`. Whatever fails, the original
 * comes back.
 */
import fs from 'node:fs';
import path from 'node:path';
import { backupsDir, fileStamp, openReadOnly } from './backups';

/** Tables every Repaso schema has had since version 1: a file without them is not ours. */
const REQUIRED_TABLES = ['decks', 'notes', 'cards', 'review_log', 'settings'];

export class RestoreRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RestoreRefused';
  }
}

/**
 * Throws RestoreRefused, saying why, unless `candidate` is an intact Repaso database this
 * version can read. `label` names the candidate in the message (a backup's or upload's name).
 */
export function validateCandidate(candidate: string, label: string, latestVersion: number, nativeBinding?: string): { schemaVersion: number } {
  let db;
  try {
    db = openReadOnly(candidate, nativeBinding);
  } catch (err) {
    throw new RestoreRefused(`${label} cannot be opened as a database (${(err as Error).message}).`);
  }
  try {
    let problems: string[];
    let version: number;
    let tables: Set<string>;
    try {
      version = db.pragma('user_version', { simple: true }) as number;
      tables = new Set((db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name));
      problems = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).filter((m) => m !== 'ok');
    } catch (err) {
      throw new RestoreRefused(`${label} is damaged or is not a database (${(err as Error).message}).`);
    }
    if (problems.length > 0) throw new RestoreRefused(`${label} is damaged: ${problems.slice(0, 3).join('; ')}.`);
    const missing = REQUIRED_TABLES.filter((t) => !tables.has(t));
    if (version === 0 || missing.length > 0) {
      throw new RestoreRefused(`${label} is not a Repaso database (${version === 0 ? 'no schema version' : `no ${missing.join(', ')} table`}).`);
    }
    if (version > latestVersion) {
      throw new RestoreRefused(`${label} was written by a newer Repaso (schema ${version}; this version reads up to ${latestVersion}).`);
    }
    return { schemaVersion: version };
  } finally {
    db.close();
  }
}

export function beforeRestoreName(now: number): string {
  return `repaso-before-restore-${fileStamp(now)}.db`;
}

/** A temporary file beside the database (same file system, so the final rename is atomic). */
export function stagingPath(file: string, now: number): string {
  return `${file}.restore-${fileStamp(now)}-${process.pid}.tmp`;
}

export interface SwapOptions {
  /** The live database file. */
  file: string;
  /** A validated copy beside it (stagingPath); consumed. */
  staged: string;
  /** Closes the open store (checkpointing its WAL into the file). */
  close: () => void;
  /** Opens the store on `file` again, migrating it; throws if it cannot. */
  open: () => void;
}

/** The files SQLite keeps beside a WAL database. */
export const SIDE_FILES = ['-wal', '-shm'];

/**
 * Puts `staged` in place of `file` and reopens. The original is set aside under `.replaced`
 * with any -wal/-shm it has (a stale -wal must never be replayed onto another database) and
 * deleted only after the new file opened; if opening fails it is put back and reopened.
 */
export function swapDatabaseFile({ file, staged, close, open }: SwapOptions): void {
  const aside = `${file}.replaced`;
  close();
  for (const suffix of ['', ...SIDE_FILES]) fs.rmSync(aside + suffix, { force: true });
  try {
    for (const suffix of ['', ...SIDE_FILES]) {
      if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, aside + suffix);
    }
    fs.renameSync(staged, file);
    open();
  } catch (err) {
    for (const suffix of ['', ...SIDE_FILES]) fs.rmSync(file + suffix, { force: true });
    for (const suffix of ['', ...SIDE_FILES]) {
      if (fs.existsSync(aside + suffix)) fs.renameSync(aside + suffix, file + suffix);
    }
    fs.rmSync(staged, { force: true });
    open();
    throw err;
  }
  for (const suffix of ['', ...SIDE_FILES]) fs.rmSync(aside + suffix, { force: true });
}

/** The path of a listed backup, refusing names that would leave `backups/`. */
export function backupPath(file: string, name: string): string {
  if (!/^[\w.-]+$/.test(name) || name.startsWith('.')) throw new RestoreRefused(`"${name}" is not a backup name.`);
  const full = path.join(backupsDir(file), name);
  if (!fs.existsSync(full)) throw new RestoreRefused(`There is no backup "${name}".`);
  return full;
}
