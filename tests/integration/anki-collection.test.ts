/**
 * The store's read-only reader of Anki collections on real SQLite files: both schemas give the
 * same rows, a collection saved in WAL mode is read, and a file that is not a collection is
 * refused saying why.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnkiCollectionError, readAnkiCollection } from '../../src-main/store/anki-collection';
import { buildCollection, NOTETYPES, type FixtureNote } from '../helpers/anki-package';

const NOTES: FixtureNote[] = [
  { type: 'basic', guid: 'b', deck: 'Docker', fields: ['a', 'b'], tags: ['uno', 'dos'] },
  { type: 'cloze', guid: 'c', deck: 'Kubernetes::Pods', fields: ['{{c1::x}} {{c2::y}}', 'extra'], cards: [{ ord: 0, type: 2, queue: 2, due: 7, ivl: 3, factor: 2400, reps: 2 }, { ord: 1 }] },
  { type: 'type', guid: 't', fields: ['q', 'kubectl get pods'] },
];

describe('readAnkiCollection', () => {
  it('reads the legacy (JSON in col) and the schema-18 (tables and protobuf) collections alike', () => {
    const legacy = readAnkiCollection(buildCollection({ schema: 'legacy', crt: 1_767_225_600, notes: NOTES }));
    const modern = readAnkiCollection(buildCollection({ schema: 'modern', crt: 1_767_225_600, notes: NOTES }));
    const sorted = (c: typeof legacy) => ({ ...c, notetypes: [...c.notetypes].sort((a, b) => a.id - b.id), decks: [...c.decks].sort((a, b) => a.id - b.id) });
    expect(sorted(modern)).toEqual(sorted(legacy));
    expect(legacy.crt).toBe(1_767_225_600);
    expect(legacy.decks.map((d) => d.name).sort()).toEqual(['Default', 'Docker', 'Kubernetes::Pods']);
    expect(legacy.notes[0]).toMatchObject({ guid: 'b', fields: ['a', 'b'], tags: ['uno', 'dos'] });
    expect(legacy.cards.find((c) => c.type === 2)).toMatchObject({ ord: 0, due: 7, ivl: 3, factor: 2400, reps: 2 });
    const cloze = modern.notetypes.find((n) => n.id === NOTETYPES.cloze.id);
    expect(cloze).toMatchObject({ cloze: true, fields: ['Text', 'Back Extra'], templates: [{ qfmt: '{{cloze:Text}}' }] });
    expect(modern.notetypes.find((n) => n.id === NOTETYPES.basic.id)?.cloze).toBe(false);
  });

  it('reads a collection whose header says WAL mode (the log is never in the package)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'repaso-wal-test-'));
    const file = path.join(dir, 'c.anki2');
    fs.writeFileSync(file, buildCollection({ schema: 'legacy', notes: NOTES }));
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.close();
    const bytes = new Uint8Array(fs.readFileSync(file));
    fs.rmSync(dir, { recursive: true, force: true });
    expect([bytes[18], bytes[19]]).toEqual([2, 2]);
    expect(readAnkiCollection(bytes).notes).toHaveLength(3);
  });

  it('refuses bytes that are not SQLite, and an SQLite file that is not an Anki collection', () => {
    expect(() => readAnkiCollection(Buffer.from('x'.repeat(200)))).toThrow(new AnkiCollectionError('the collection inside the package is not an SQLite database'));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'repaso-wal-test-'));
    const file = path.join(dir, 'other.db');
    const db = new Database(file);
    db.exec('CREATE TABLE col (id integer)');
    db.close();
    const bytes = new Uint8Array(fs.readFileSync(file));
    fs.rmSync(dir, { recursive: true, force: true });
    expect(() => readAnkiCollection(bytes)).toThrow('the collection has no "notes" table: it is not an Anki collection');
  });
});
