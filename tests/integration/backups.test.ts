/**
 * Daily backups on a real SQLite file with an injected clock: one copy per local calendar day
 * when the database is opened, the newest seven kept, pre-migration copies left alone, an
 * empty new database never copied, and a failed copy never stopping the open.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src-main/store';
import { backupsDir, dailyBackup } from '../../src-main/store/backups';
import { openDatabase } from '../../src-main/store/database';
import type { DeckInput } from '../../src-main/store/repos/decks';
import { tempDir } from '../helpers/backend';

const DAY = 86_400_000;
/** 2026-03-10 10:00 UTC. */
const T0 = Date.UTC(2026, 2, 10, 10, 0);

const deck: DeckInput = {
  id: 'k8s',
  title: 'Kubernetes',
  description: '',
  lang: 'es',
  version: 1,
  origin: 'user',
  notes: [{ key: 'pod', kind: 'basic', content: { kind: 'basic', front: 'Pod', back: 'La unidad mínima' }, tags: [], ords: [0] }],
};

/** A database file holding one deck, created (without a backup: it was new) at `at`. */
function collection(at = T0): string {
  const file = path.join(tempDir(), 'repaso.db');
  const store = openStore({ file, now: () => at, timeZone: 'UTC' });
  store.decks.sync(deck, at);
  store.close();
  return file;
}

function reopen(file: string, at: number, options: { timeZone?: string; log?: (m: string) => void } = {}): void {
  openStore({ file, now: () => at, timeZone: options.timeZone ?? 'UTC', log: options.log ?? (() => {}) }).close();
}

const listBackups = (file: string) => (fs.existsSync(backupsDir(file)) ? fs.readdirSync(backupsDir(file)).sort() : []);

describe('daily backups', () => {
  it('never copies a new, empty database', () => {
    const file = path.join(tempDir(), 'repaso.db');
    reopen(file, T0);
    reopen(file, T0 + DAY);
    expect(listBackups(file)).toEqual([]);
  });

  it("copies the collection once on the first open of a day, named by the local date, holding the day's data", () => {
    const file = collection();
    expect(listBackups(file)).toEqual([]);
    reopen(file, T0 + 1000);
    expect(listBackups(file)).toEqual(['repaso-daily-2026-03-10.db']);
    const copy = new Database(path.join(backupsDir(file), 'repaso-daily-2026-03-10.db'), { readonly: true });
    expect(copy.prepare('SELECT title FROM decks').pluck().all()).toEqual(['Kubernetes']);
    copy.close();
  });

  it('leaves the day’s copy alone on later opens that day', () => {
    const file = collection();
    reopen(file, T0);
    const copy = path.join(backupsDir(file), 'repaso-daily-2026-03-10.db');
    const first = fs.statSync(copy);
    reopen(file, T0 + 6 * 3_600_000);
    expect(listBackups(file)).toEqual(['repaso-daily-2026-03-10.db']);
    expect(fs.statSync(copy).mtimeMs).toBe(first.mtimeMs);
    expect(fs.statSync(copy).ino).toBe(first.ino);
  });

  it('names the copy by the local calendar date of the given zone', () => {
    const file = collection();
    // 23:30 UTC on the 10th is 00:30 on the 11th in Madrid.
    reopen(file, Date.UTC(2026, 2, 10, 23, 30), { timeZone: 'Europe/Madrid' });
    expect(listBackups(file)).toEqual(['repaso-daily-2026-03-11.db']);
  });

  it('keeps the newest seven daily copies and never prunes the pre-migration ones', () => {
    const file = collection();
    fs.mkdirSync(backupsDir(file), { recursive: true });
    const premigration = 'repaso-v1-2026-01-02T03-04-05-000Z.db';
    fs.writeFileSync(path.join(backupsDir(file), premigration), 'a copy made before a migration');
    for (let d = 0; d < 9; d++) reopen(file, T0 + d * DAY);
    expect(listBackups(file)).toEqual([
      'repaso-daily-2026-03-12.db',
      'repaso-daily-2026-03-13.db',
      'repaso-daily-2026-03-14.db',
      'repaso-daily-2026-03-15.db',
      'repaso-daily-2026-03-16.db',
      'repaso-daily-2026-03-17.db',
      'repaso-daily-2026-03-18.db',
      premigration,
    ]);
  });

  it('logs a failed copy and opens the database all the same', () => {
    const file = collection();
    fs.writeFileSync(backupsDir(file), 'a file where the backups folder should be');
    const logged: string[] = [];
    const store = openStore({ file, now: () => T0, timeZone: 'UTC', log: (m) => logged.push(m) });
    expect(store.decks.list().map((d) => d.id)).toEqual(['k8s']);
    store.close();
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/^daily backup of .*repaso\.db failed \(the database opened normally\): /);
  });

  it('leaves no partial file behind, and replaces one a crash left', () => {
    const file = collection();
    fs.mkdirSync(backupsDir(file), { recursive: true });
    fs.writeFileSync(path.join(backupsDir(file), 'repaso-daily-2026-03-10.db.partial'), 'half a copy');
    const db = openDatabase({ file, now: () => T0, dailyBackup: false });
    expect(dailyBackup(db, { file, now: T0, timeZone: 'UTC', log: () => {} })).toMatchObject({ status: 'written', pruned: [] });
    expect(dailyBackup(db, { file, now: T0 + 3_600_000, timeZone: 'UTC', log: () => {} })).toMatchObject({ status: 'exists' });
    db.close();
    expect(listBackups(file)).toEqual(['repaso-daily-2026-03-10.db']);
  });
});
