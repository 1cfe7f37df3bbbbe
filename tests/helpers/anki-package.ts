/**
 * Real Anki packages for tests: an Anki-schema SQLite collection written with better-sqlite3
 * (the legacy JSON-in-`col` schema, or schema 18 with notetypes/templates/fields tables and
 * protobuf settings) zipped with fflate the way Anki lays out an .apkg.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { zipSync } from 'fflate';

export type FixtureType = 'basic' | 'reversed' | 'optional-reversed' | 'cloze' | 'type';

export interface FixtureCard {
  ord: number;
  type?: number;
  queue?: number;
  due?: number;
  ivl?: number;
  factor?: number;
  reps?: number;
  lapses?: number;
}

export interface FixtureNote {
  type: FixtureType;
  guid: string;
  fields: string[];
  tags?: string[];
  deck?: string;
  /** Default: new cards, one per template (cloze: one per cloze number). */
  cards?: FixtureCard[];
}

export interface CollectionSpec {
  schema: 'legacy' | 'modern';
  /** Collection creation, seconds since epoch. */
  crt?: number;
  notes: FixtureNote[];
  /** Decks besides those the notes name (e.g. an empty "Default"). */
  decks?: string[];
}

interface NotetypeSpec {
  id: number;
  name: string;
  cloze: boolean;
  fields: string[];
  templates: { name: string; qfmt: string; afmt: string }[];
}

export const NOTETYPES: Record<FixtureType, NotetypeSpec> = {
  basic: { id: 1_700_000_000_001, name: 'Basic', cloze: false, fields: ['Front', 'Back'], templates: [{ name: 'Card 1', qfmt: '{{Front}}', afmt: '{{FrontSide}}<hr id=answer>{{Back}}' }] },
  reversed: {
    id: 1_700_000_000_002,
    name: 'Basic (and reversed card)',
    cloze: false,
    fields: ['Front', 'Back'],
    templates: [
      { name: 'Card 1', qfmt: '{{Front}}', afmt: '{{FrontSide}}<hr id=answer>{{Back}}' },
      { name: 'Card 2', qfmt: '{{Back}}', afmt: '{{FrontSide}}<hr id=answer>{{Front}}' },
    ],
  },
  'optional-reversed': {
    id: 1_700_000_000_003,
    name: 'Basic (optional reversed card)',
    cloze: false,
    fields: ['Front', 'Back', 'Add Reverse'],
    templates: [
      { name: 'Card 1', qfmt: '{{Front}}', afmt: '{{FrontSide}}<hr id=answer>{{Back}}' },
      { name: 'Card 2', qfmt: '{{#Add Reverse}}{{Back}}{{/Add Reverse}}', afmt: '{{FrontSide}}<hr id=answer>{{Front}}' },
    ],
  },
  // Named in Spanish on purpose: the kind must come from the templates, not the name.
  cloze: { id: 1_700_000_000_004, name: 'Huecos', cloze: true, fields: ['Text', 'Back Extra'], templates: [{ name: 'Cloze', qfmt: '{{cloze:Text}}', afmt: '{{cloze:Text}}<br>{{Back Extra}}' }] },
  type: {
    id: 1_700_000_000_005,
    name: 'Basic (type in the answer)',
    cloze: false,
    fields: ['Front', 'Back'],
    templates: [{ name: 'Card 1', qfmt: '{{Front}}\n\n{{type:Back}}', afmt: '{{Front}}<hr id=answer>{{type:Back}}' }],
  },
};

function defaultCards(note: FixtureNote): FixtureCard[] {
  if (note.type === 'cloze') return [...new Set([...note.fields[0]!.matchAll(/\{\{c(\d+)::/g)].map((m) => Number(m[1]) - 1))].map((ord) => ({ ord }));
  if (note.type === 'reversed') return [{ ord: 0 }, { ord: 1 }];
  if (note.type === 'optional-reversed') return note.fields[2] ? [{ ord: 0 }, { ord: 1 }] : [{ ord: 0 }];
  return [{ ord: 0 }];
}

/* Protobuf, just enough for Anki's Notetype.Config (kind = 1) and Template.Config (q = 1, a = 2). */
function varint(n: number): number[] {
  const out: number[] = [];
  while (n >= 0x80) {
    out.push((n & 0x7f) | 0x80);
    n = Math.floor(n / 128);
  }
  out.push(n);
  return out;
}
function protoString(field: number, s: string): number[] {
  const bytes = [...Buffer.from(s, 'utf8')];
  return [...varint((field << 3) | 2), ...varint(bytes.length), ...bytes];
}

export function buildCollection(spec: CollectionSpec): Uint8Array {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'repaso-anki-fixture-'));
  const file = path.join(dir, 'collection.anki2');
  const db = new Database(file);
  const crt = spec.crt ?? 1_700_000_000;
  const deckNames = [...new Set(['Default', ...(spec.decks ?? []), ...spec.notes.map((n) => n.deck ?? 'Default')])];
  const deckId = (name: string) => (name === 'Default' ? 1 : 1_000 + deckNames.indexOf(name));
  const types = Object.values(NOTETYPES);
  db.exec(`
    CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null, ver integer not null, dty integer not null,
      usn integer not null, ls integer not null, conf text not null, models text not null, decks text not null, dconf text not null, tags text not null);
    CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null, usn integer not null, tags text not null,
      flds text not null, sfld integer not null, csum integer not null, flags integer not null, data text not null);
    CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null, mod integer not null, usn integer not null,
      type integer not null, queue integer not null, due integer not null, ivl integer not null, factor integer not null, reps integer not null,
      lapses integer not null, left integer not null, odue integer not null, odid integer not null, flags integer not null, data text not null);
  `);
  const legacy = spec.schema === 'legacy';
  const models = Object.fromEntries(
    types.map((t) => [String(t.id), { id: t.id, name: t.name, type: t.cloze ? 1 : 0, flds: t.fields.map((name, ord) => ({ name, ord })), tmpls: t.templates.map((x, ord) => ({ ...x, ord })) }]),
  );
  const decks = Object.fromEntries(deckNames.map((name) => [String(deckId(name)), { id: deckId(name), name }]));
  db.prepare('INSERT INTO col VALUES (1, ?, 0, 0, ?, 0, 0, 0, ?, ?, ?, ?, ?)').run(crt, legacy ? 11 : 18, '{}', legacy ? JSON.stringify(models) : '', legacy ? JSON.stringify(decks) : '', '{}', '{}');
  if (!legacy) {
    db.exec(`
      CREATE TABLE notetypes (id integer primary key, name text not null, mtime_secs integer not null, usn integer not null, config blob not null);
      CREATE TABLE fields (ntid integer not null, ord integer not null, name text not null, config blob not null, primary key (ntid, ord));
      CREATE TABLE templates (ntid integer not null, ord integer not null, name text not null, mtime_secs integer not null, usn integer not null, config blob not null, primary key (ntid, ord));
      CREATE TABLE decks (id integer primary key, name text not null, mtime_secs integer not null, usn integer not null, common blob not null, kind blob not null);
    `);
    for (const t of types) {
      db.prepare('INSERT INTO notetypes VALUES (?, ?, 0, 0, ?)').run(t.id, t.name, Buffer.from(t.cloze ? [0x08, 0x01] : []));
      t.fields.forEach((name, ord) => db.prepare('INSERT INTO fields VALUES (?, ?, ?, ?)').run(t.id, ord, name, Buffer.alloc(0)));
      t.templates.forEach((x, ord) =>
        db.prepare('INSERT INTO templates VALUES (?, ?, ?, 0, 0, ?)').run(t.id, ord, x.name, Buffer.from([...protoString(1, x.qfmt), ...protoString(2, x.afmt)])),
      );
    }
    // Schema 18 separates deck levels with \x1f where the legacy JSON wrote "::".
    for (const name of deckNames) db.prepare('INSERT INTO decks VALUES (?, ?, 0, 0, ?, ?)').run(deckId(name), name.split('::').join('\u001f'), Buffer.alloc(0), Buffer.alloc(0));
  }
  let cardId = 1;
  spec.notes.forEach((note, i) => {
    const nid = 1_600_000_000_000 + i;
    const tags = note.tags && note.tags.length > 0 ? ` ${note.tags.join(' ')} ` : '';
    db.prepare("INSERT INTO notes VALUES (?, ?, ?, 0, 0, ?, ?, ?, 0, 0, '')").run(nid, note.guid, NOTETYPES[note.type].id, tags, note.fields.join('\u001f'), note.fields[0]);
    for (const c of note.cards ?? defaultCards(note)) {
      const type = c.type ?? 0;
      db.prepare("INSERT INTO cards VALUES (?, ?, ?, ?, 0, 0, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, '')").run(
        cardId++, nid, deckId(note.deck ?? 'Default'), c.ord, type, c.queue ?? type, c.due ?? i, c.ivl ?? 0, c.factor ?? (type === 0 ? 0 : 2500), c.reps ?? 0, c.lapses ?? 0,
      );
    }
  });
  db.close();
  const bytes = new Uint8Array(fs.readFileSync(file));
  fs.rmSync(dir, { recursive: true, force: true });
  return bytes;
}

/** A zip laid out like Anki's: the collection, a `media` map, numbered media files. */
export function zipApkg(collectionName: string, collection: Uint8Array, media: Record<string, Uint8Array> = {}): Uint8Array {
  const map = Object.fromEntries(Object.keys(media).map((name, i) => [String(i), name]));
  const numbered = Object.fromEntries(Object.values(media).map((bytes, i) => [String(i), bytes]));
  return zipSync({ [collectionName]: collection, media: Buffer.from(JSON.stringify(map)), ...numbered });
}

/** A legacy-schema .apkg (what Anki < 2.1.50, or "support older versions", writes). */
export function buildApkg(spec: Omit<CollectionSpec, 'schema'>, media: Record<string, Uint8Array> = {}): Uint8Array {
  return zipApkg('collection.anki21', buildCollection({ ...spec, schema: 'legacy' }), media);
}
