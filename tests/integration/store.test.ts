import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src-main/store/database';
import { MIGRATIONS, SCHEMA_VERSION } from '../../src-main/store/migrations';
import { StoreError } from '../../src-main/store';
import { tempDir } from '../helpers/backend';

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

function openError(file: string): StoreError {
  try {
    openDatabase({ file }).close();
  } catch (err) {
    if (err instanceof StoreError) return err;
    throw err;
  }
  throw new Error('expected the open to fail');
}

describe('opening the database', () => {
  it('creates a new file at the latest schema, in WAL mode with foreign keys on', () => {
    const file = path.join(tempDir(), 'sub', 'repaso.db');
    const db = openDatabase({ file });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(['cards', 'cleared_days', 'decks', 'notes', 'review_log', 'review_tally', 'review_totals', 'settings']);
    db.close();
  });

  it('reopens an up-to-date file without migrating or backing it up', () => {
    const dir = tempDir();
    const file = path.join(dir, 'repaso.db');
    openDatabase({ file }).close();
    openDatabase({ file }).close();
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);
  });

  it('copies the file before a migration and applies the new step', () => {
    const dir = tempDir();
    const file = path.join(dir, 'repaso.db');
    const v1 = openDatabase({ file, migrations: MIGRATIONS });
    v1.prepare("INSERT INTO settings (key, value) VALUES ('theme', '\"dark\"')").run();
    v1.close();

    const v2 = [...MIGRATIONS, { version: SCHEMA_VERSION + 1, sql: 'ALTER TABLE decks ADD COLUMN color TEXT' }];
    const db = openDatabase({ file, migrations: v2, now: () => Date.UTC(2026, 0, 2, 3, 4, 5) });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION + 1);
    expect(db.prepare('SELECT color FROM decks').all()).toEqual([]);
    db.close();

    const backups = fs.readdirSync(path.join(dir, 'backups'));
    expect(backups).toEqual([`repaso-v${SCHEMA_VERSION}-2026-01-02T03-04-05-000Z.db`]);
    const copy = new Database(path.join(dir, 'backups', backups[0]!), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(copy.prepare('SELECT value FROM settings WHERE key = ?').pluck().get('theme')).toBe('"dark"');
    copy.close();
  });

  it('leaves the file at the previous version when a migration step fails', () => {
    const file = path.join(tempDir(), 'repaso.db');
    openDatabase({ file }).close();
    const broken = [...MIGRATIONS, { version: SCHEMA_VERSION + 1, sql: 'ALTER TABLE decks ADD COLUMN a TEXT; ALTER TABLE nope ADD COLUMN b TEXT' }];
    expect(() => openDatabase({ file, migrations: broken })).toThrow(/nope/);
    const db = new Database(file);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.prepare("SELECT count(*) FROM pragma_table_info('decks') WHERE name = 'a'").pluck().get()).toBe(0);
    db.close();
  });

  it('refuses a file written by a newer version and leaves it byte for byte as it was', () => {
    const dir = tempDir();
    const file = path.join(dir, 'repaso.db');
    const raw = new Database(file);
    raw.exec('CREATE TABLE future (x)');
    raw.pragma(`user_version = ${SCHEMA_VERSION + 7}`);
    raw.close();
    const before = sha(file);

    const err = openError(file);
    expect(err.kind).toBe('too-new');
    expect(err.message).toContain(`schema ${SCHEMA_VERSION + 7}`);
    expect(err.message).toContain('Update Repaso');
    expect(sha(file)).toBe(before);
    expect(fs.readdirSync(dir)).toEqual(['repaso.db']);
  });

  it('refuses a damaged file with a clear message and leaves it untouched', () => {
    const dir = tempDir();
    const file = path.join(dir, 'repaso.db');
    fs.writeFileSync(file, crypto.randomBytes(8192));
    const before = sha(file);
    const err = openError(file);
    expect(err.kind).toBe('corrupt');
    expect(err.message).toContain('damaged or is not a Repaso database');
    expect(sha(file)).toBe(before);
  });

  it('refuses an SQLite file that is not a Repaso database', () => {
    const file = path.join(tempDir(), 'other.db');
    const raw = new Database(file);
    raw.exec('CREATE TABLE customers (id INTEGER)');
    raw.close();
    const before = sha(file);
    expect(openError(file).kind).toBe('corrupt');
    expect(sha(file)).toBe(before);
  });
});
