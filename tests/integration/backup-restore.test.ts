/**
 * Settings → Backups through the API on real SQLite files: manual copies and the list, the
 * download (API and the browser-mode route), restoring a listed backup or an uploaded file, and
 * the refusals, which must leave the current database exactly as it was.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../src-main/api/client';
import { backupsDir, pruneDailyBackups } from '../../src-main/store/backups';
import { swapDatabaseFile } from '../../src-main/store/restore';
import { MIGRATIONS, SCHEMA_VERSION } from '../../src-main/store/migrations';
import { openDatabase } from '../../src-main/store/database';
import { startWebServer } from '../../src-main/web/server';
import { tempDir, testBackend, value, type TestBackend } from '../helpers/backend';

let clock = Date.UTC(2026, 2, 10, 9, 0);
let open: TestBackend[] = [];
function start(): TestBackend {
  const b = testBackend({ timeZone: 'Europe/Madrid', now: () => clock });
  open.push(b);
  return b;
}
afterEach(() => {
  for (const b of open) b.close();
  open = [];
});

async function answerNext(api: ApiClient): Promise<void> {
  const next = value(await api['review:next']({ locale: 'es' }));
  if (!next.card) throw new Error('expected a card');
  value(await api['review:answer']({ cardId: next.card.cardId, token: next.card.token, q: 4, durationMs: 2000 }));
  clock += 1000;
}

function reviewsIn(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM review_log').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

function databaseFile(b: TestBackend): string {
  return path.join(b.dataDir, 'repaso.db');
}

/** The database file's bytes with the WAL folded in, hashed: what "left untouched" is checked against. */
function settledHash(b: TestBackend): string {
  b.backend.store.checkpoint();
  return crypto.createHash('sha256').update(fs.readFileSync(databaseFile(b))).digest('hex');
}

/** A copy of the current database in a scratch folder, changed by `edit` (opened read-write). */
function alteredCopy(b: TestBackend, edit: (db: Database.Database) => void): Buffer {
  const target = path.join(tempDir(), 'copy.db');
  b.backend.store.vacuumInto(target);
  const db = new Database(target);
  edit(db);
  db.close();
  return fs.readFileSync(target);
}

describe('backup:create and backup:list', () => {
  it('makes a manual copy that the list shows with its kind, counts and size, and daily pruning keeps it', async () => {
    const b = start();
    await answerNext(b.api);
    const made = value(await b.api['backup:create']());
    expect(made.name).toMatch(/^repaso-manual-2026-03-10T09-00-01-000Z\.db$/);
    expect(made).toMatchObject({ kind: 'manual', schemaVersion: SCHEMA_VERSION, reviews: 1 });
    expect(made.cards).toBeGreaterThan(0);
    expect(made.sizeBytes).toBe(fs.statSync(path.join(backupsDir(databaseFile(b)), made.name)).size);

    const list = value(await b.api['backup:list']());
    expect(list).toEqual([made]);
    expect(pruneDailyBackups(backupsDir(databaseFile(b)), 0, () => {})).toEqual([]);
    expect(fs.readdirSync(backupsDir(databaseFile(b)))).toEqual([made.name]);
  });

  it('lists daily, pre-migration and manual copies newest first, and an unreadable one with no counts', async () => {
    const b = start();
    const dir = backupsDir(databaseFile(b));
    const manual = value(await b.api['backup:create']());
    fs.copyFileSync(path.join(dir, manual.name), path.join(dir, 'repaso-daily-2026-03-09.db'));
    fs.utimesSync(path.join(dir, 'repaso-daily-2026-03-09.db'), new Date(clock - 86_400_000), new Date(clock - 86_400_000));
    fs.writeFileSync(path.join(dir, 'repaso-v1-2026-01-01T00-00-00-000Z.db'), 'not a database at all, but a text file of some length');
    fs.utimesSync(path.join(dir, 'repaso-v1-2026-01-01T00-00-00-000Z.db'), new Date(clock - 5 * 86_400_000), new Date(clock - 5 * 86_400_000));
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'not a backup');

    const list = value(await b.api['backup:list']());
    expect(list.map((x) => [x.kind, x.name])).toEqual([
      ['manual', manual.name],
      ['daily', 'repaso-daily-2026-03-09.db'],
      ['pre-migration', 'repaso-v1-2026-01-01T00-00-00-000Z.db'],
    ]);
    expect(list[1]).toMatchObject({ cards: manual.cards, reviews: 0, schemaVersion: SCHEMA_VERSION });
    expect(list[2]).toMatchObject({ cards: null, reviews: null, schemaVersion: null });
  });
});

describe('backup:restore', () => {
  it('brings back a backup: the answers made after it are gone, and the safety copy holds them', async () => {
    const b = start();
    await answerNext(b.api);
    const backup = value(await b.api['backup:create']());
    await answerNext(b.api);
    await answerNext(b.api);
    expect(reviewsIn(databaseFile(b))).toBe(3);

    const restored = value(await b.api['backup:restore']({ name: backup.name }));
    expect(restored).toMatchObject({ restored: backup.name, schemaVersion: SCHEMA_VERSION, reviews: 1 });
    expect(reviewsIn(databaseFile(b))).toBe(1);
    const today = value(await b.api['today:summary']({ locale: 'es' }));
    // Today's answers are the backup's one: the two made after it went with the old file.
    expect(today.answeredToday).toBe(1);
    // The API goes on working on the restored file: a new answer lands in it.
    await answerNext(b.api);
    expect(reviewsIn(databaseFile(b))).toBe(2);

    const safety = value(await b.api['backup:list']()).find((x) => x.name === restored.safetyCopy);
    expect(safety).toMatchObject({ kind: 'before-restore', reviews: 3 });
    // Nothing left behind by the swap.
    expect(fs.readdirSync(b.dataDir).filter((n) => /\.(tmp|replaced)/.test(n))).toEqual([]);
  });

  it('restores an uploaded file, such as a download made earlier', async () => {
    const b = start();
    await answerNext(b.api);
    const download = value(await b.api['backup:export']());
    expect(download.fileName).toBe('repaso-2026-03-10.db');
    expect(Buffer.from(download.base64, 'base64').subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
    await answerNext(b.api);

    const restored = value(await b.api['backup:restore']({ fileName: 'mi-copia.db', base64: download.base64 }));
    expect(restored).toMatchObject({ restored: 'mi-copia.db', reviews: 1 });
    expect(reviewsIn(databaseFile(b))).toBe(1);
  });

  it('restores a plain copy of the database file as found in the data folder (WAL mode), leaving no side files', async () => {
    const b = start();
    await answerNext(b.api);
    b.backend.store.checkpoint();
    const copied = fs.readFileSync(databaseFile(b));
    expect(copied[18]).toBe(2); // the header says WAL
    await answerNext(b.api);
    await answerNext(b.api);

    const restored = value(await b.api['backup:restore']({ fileName: 'repaso.db', base64: copied.toString('base64') }));
    expect(restored.reviews).toBe(1);
    expect(reviewsIn(databaseFile(b))).toBe(1);
    expect(fs.readdirSync(b.dataDir).filter((n) => n.includes('.tmp') || n.includes('.replaced'))).toEqual([]);
  });

  it('migrates a backup written by an older schema as it opens it, keeping the pre-migration copy', async () => {
    const b = start();
    const old = path.join(tempDir(), 'old.db');
    const v1 = openDatabase({ file: old, migrations: MIGRATIONS.slice(0, 1), dailyBackup: false });
    expect(v1.pragma('user_version', { simple: true })).toBe(1);
    v1.close();

    const restored = value(await b.api['backup:restore']({ fileName: 'old.db', base64: fs.readFileSync(old).toString('base64') }));
    expect(restored.schemaVersion).toBe(1);
    const live = new Database(databaseFile(b), { readonly: true });
    expect(live.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    live.close();
    const kinds = value(await b.api['backup:list']()).map((x) => x.kind).sort();
    expect(kinds).toEqual(['before-restore', 'pre-migration']);
    // The curated decks are loaded into the restored collection, as at start.
    expect(value(await b.api['decks:list']()).map((d) => d.id)).toEqual(['mini']);
  });

  it('survives a reopen: the restored database is what the next start opens', async () => {
    const b = start();
    const backup = value(await b.api['backup:create']());
    await answerNext(b.api);
    value(await b.api['backup:restore']({ name: backup.name }));
    b.close();
    open = open.filter((o) => o !== b);
    const again = testBackend({ dataDir: b.dataDir, timeZone: 'Europe/Madrid', now: () => clock });
    open.push(again);
    expect(reviewsIn(databaseFile(again))).toBe(0);
    expect(value(await again.api['decks:list']()).map((d) => d.id)).toEqual(['mini']);
  });

  const refusals: [string, (b: TestBackend) => Buffer, RegExp][] = [
    [
      'a damaged file',
      (b) => {
        const bytes = alteredCopy(b, () => {});
        // Scribble over every page after the first: the header still says SQLite, the b-trees are garbage.
        for (let i = 4096; i < bytes.length; i += 7) bytes[i] = (i * 31) & 0xff;
        return bytes;
      },
      /is damaged/,
    ],
    ['a file from a newer Repaso', (b) => alteredCopy(b, (db) => db.pragma('user_version = 999')), /newer Repaso \(schema 999; this version reads up to \d+\)/],
    [
      'a SQLite file that is not Repaso’s',
      () => {
        const file = path.join(tempDir(), 'other.db');
        const db = new Database(file);
        db.exec('CREATE TABLE things (id INTEGER PRIMARY KEY)');
        db.close();
        return fs.readFileSync(file);
      },
      /is not a Repaso database/,
    ],
    ['a file that is not a database', () => Buffer.from('hola, esto es texto y no una base de datos\n'.repeat(200)), /cannot be opened as a database|is damaged or is not a database/],
  ];

  for (const [what, make, reason] of refusals) {
    it(`refuses ${what}, saying why, and leaves the current database byte for byte as it was`, async () => {
      const b = start();
      await answerNext(b.api);
      const bytes = make(b);
      const before = settledHash(b);

      const result = await b.api['backup:restore']({ fileName: 'candidate.db', base64: bytes.toString('base64') });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe('INVALID_INPUT');
      expect(result.error.message).toMatch(/^backup:restore: The file "candidate\.db" /);
      expect(result.error.message).toMatch(reason);
      expect(result.error.message).toMatch(/Nothing was changed\.$/);

      expect(settledHash(b)).toBe(before);
      expect(fs.existsSync(backupsDir(databaseFile(b))) ? fs.readdirSync(backupsDir(databaseFile(b))) : []).toEqual([]);
      expect(fs.readdirSync(b.dataDir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
      expect(reviewsIn(databaseFile(b))).toBe(1);
    });
  }

  it('refuses a name that is not a listed backup, including one that climbs out of the folder', async () => {
    const b = start();
    value(await b.api['backup:create']());
    for (const name of ['repaso-manual-nope.db', '../repaso.db', '..']) {
      const result = await b.api['backup:restore']({ name });
      expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
  });
});

describe('swapDatabaseFile', () => {
  it('puts the original back, with its write-ahead log, when the new file cannot be opened', () => {
    const dir = tempDir();
    const file = path.join(dir, 'repaso.db');
    fs.writeFileSync(file, 'original');
    fs.writeFileSync(`${file}-wal`, 'original wal');
    const staged = path.join(dir, 'staged.tmp');
    fs.writeFileSync(staged, 'candidate');
    let opens = 0;
    const seen: string[] = [];
    expect(() =>
      swapDatabaseFile({
        file,
        staged,
        close: () => {},
        open: () => {
          opens += 1;
          seen.push(fs.readFileSync(file, 'utf8'));
          if (opens === 1) throw new Error('cannot open');
        },
      }),
    ).toThrow('cannot open');
    expect(seen).toEqual(['candidate', 'original']);
    expect(fs.readFileSync(file, 'utf8')).toBe('original');
    expect(fs.readFileSync(`${file}-wal`, 'utf8')).toBe('original wal');
    expect(fs.readdirSync(dir).sort()).toEqual(['repaso.db', 'repaso.db-wal']);
  });
});

describe('GET /download/repaso.db (browser mode)', () => {
  it('sends the database as a file with the token, and 401 without it', async () => {
    const b = start();
    await answerNext(b.api);
    const rendererDir = tempDir('repaso-renderer-');
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html>');
    const server = await startWebServer({ dispatch: b.backend.dispatch, rendererDir });
    try {
      const url = `http://127.0.0.1:${server.port}/download/repaso.db`;
      for (const headers of [{}, { Authorization: 'Bearer wrong' }] as Record<string, string>[]) {
        const denied = await fetch(url, { headers });
        expect(denied.status).toBe(401);
      }
      const response = await fetch(url, { headers: { Authorization: `Bearer ${server.token}` } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-disposition')).toBe('attachment; filename="repaso-2026-03-10.db"');
      const file = path.join(tempDir(), 'downloaded.db');
      fs.writeFileSync(file, Buffer.from(await response.arrayBuffer()));
      expect(reviewsIn(file)).toBe(1);
    } finally {
      await server.close();
    }
  });
});
