/**
 * An Anki collection (the SQLite file inside an .apkg) read into plain rows: note types with
 * their templates, decks, notes and cards. Read-only, from a private temporary copy that is
 * deleted afterwards; the mapping to Repaso's deck model is deckio/apkg-map.ts (pure).
 *
 * Two schemas exist: the legacy one (Anki < 2.1.50, `collection.anki2`/`.anki21`) keeps note
 * types and decks as JSON in `col.models`/`col.decks`; the current one (schema 18,
 * `collection.anki21b`) has `notetypes`, `templates`, `fields` and `decks` tables whose details
 * are protobuf blobs (decoded by the few fields we need in readProtoFields below).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';

export interface AnkiTemplate {
  name: string;
  qfmt: string;
  afmt: string;
}

export interface AnkiNotetype {
  id: number;
  name: string;
  /** Anki's own kind: a cloze note type makes one card per cloze number. */
  cloze: boolean;
  fields: string[];
  templates: AnkiTemplate[];
}

export interface AnkiNote {
  id: number;
  guid: string;
  mid: number;
  /** The fields, in the note type's order (Anki joins them with \x1f). */
  fields: string[];
  tags: string[];
}

export interface AnkiCard {
  nid: number;
  did: number;
  ord: number;
  /** 0 new, 1 learning, 2 review, 3 relearning. */
  type: number;
  /** -1 suspended, -2/-3 buried, else like `type`. */
  queue: number;
  /** For review cards: days since the collection's creation (`crt`). */
  due: number;
  ivl: number;
  /** Ease in permille (2500 = 250 %). */
  factor: number;
  reps: number;
  lapses: number;
  /** In a filtered deck: the home deck and its due there (0 otherwise). */
  odid: number;
  odue: number;
  /** JSON; FSRS collections keep the memory state here (`s` stability, `d` difficulty). */
  data: string;
}

export interface AnkiCollection {
  /** Collection creation, seconds since epoch: day 0 of review cards' `due`. */
  crt: number;
  notetypes: AnkiNotetype[];
  decks: { id: number; name: string }[];
  notes: AnkiNote[];
  cards: AnkiCard[];
}

export class AnkiCollectionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AnkiCollectionError';
  }
}

export interface ReadCollectionOptions {
  nativeBinding?: string;
}

export function readAnkiCollection(bytes: Uint8Array, options: ReadCollectionOptions = {}): AnkiCollection {
  if (bytes.length < 100 || Buffer.from(bytes.subarray(0, 16)).toString('latin1') !== 'SQLite format 3\u0000') {
    throw new AnkiCollectionError('the collection inside the package is not an SQLite database');
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'repaso-apkg-'));
  const file = path.join(dir, 'collection.sqlite');
  try {
    // A collection saved in WAL mode opens read-only too: SQLite makes its -shm in this private folder.
    fs.writeFileSync(file, bytes);
    const db = new Database(file, { readonly: true, fileMustExist: true, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
    try {
      return readFrom(db);
    } catch (err) {
      if (err instanceof AnkiCollectionError) throw err;
      throw new AnkiCollectionError(`the collection cannot be read: ${(err as Error).message}`);
    } finally {
      db.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function readFrom(db: Database.Database): AnkiCollection {
  const tables = new Set(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[]);
  for (const t of ['col', 'notes', 'cards']) if (!tables.has(t)) throw new AnkiCollectionError(`the collection has no "${t}" table: it is not an Anki collection`);
  const col = db.prepare('SELECT crt, models, decks FROM col LIMIT 1').get() as { crt: number; models: string; decks: string } | undefined;
  if (!col) throw new AnkiCollectionError('the collection has no "col" row');
  const modern = tables.has('notetypes') && tables.has('templates');
  const notetypes = modern ? modernNotetypes(db) : legacyNotetypes(col.models);
  const decks = modern
    ? (db.prepare('SELECT id, name FROM decks').all() as { id: number; name: string }[]).map((d) => ({ id: d.id, name: d.name.split('\u001f').join('::') }))
    : legacyDecks(col.decks);
  const notes = (db.prepare('SELECT id, guid, mid, flds, tags FROM notes ORDER BY id').all() as { id: number; guid: string; mid: number; flds: string; tags: string }[]).map(
    (n) => ({ id: n.id, guid: n.guid, mid: n.mid, fields: n.flds.split('\u001f'), tags: n.tags.split(/\s+/).filter(Boolean) }),
  );
  const cards = db.prepare('SELECT nid, did, ord, type, queue, due, ivl, factor, reps, lapses, odid, odue, data FROM cards ORDER BY nid, ord').all() as AnkiCard[];
  return { crt: col.crt, notetypes, decks, notes, cards };
}

function parseJson(text: string, what: string): Record<string, Record<string, unknown>> {
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === 'object') return value as Record<string, Record<string, unknown>>;
  } catch {
    /* reported below */
  }
  throw new AnkiCollectionError(`the collection's ${what} are not readable JSON`);
}

function legacyNotetypes(models: string): AnkiNotetype[] {
  return Object.values(parseJson(models, 'note types')).map((m) => ({
    id: Number(m.id),
    name: String(m.name ?? ''),
    cloze: m.type === 1,
    fields: ((m.flds as { name?: string }[] | undefined) ?? []).map((f) => String(f.name ?? '')),
    templates: ((m.tmpls as { name?: string; qfmt?: string; afmt?: string }[] | undefined) ?? []).map((t) => ({
      name: String(t.name ?? ''),
      qfmt: String(t.qfmt ?? ''),
      afmt: String(t.afmt ?? ''),
    })),
  }));
}

function legacyDecks(decks: string): { id: number; name: string }[] {
  return Object.values(parseJson(decks, 'decks')).map((d) => ({ id: Number(d.id), name: String(d.name ?? '') }));
}

function modernNotetypes(db: Database.Database): AnkiNotetype[] {
  const rows = db.prepare('SELECT id, name, config FROM notetypes').all() as { id: number; name: string; config: Buffer | null }[];
  const fields = db.prepare('SELECT name FROM fields WHERE ntid = ? ORDER BY ord').pluck();
  const templates = db.prepare('SELECT name, config FROM templates WHERE ntid = ? ORDER BY ord');
  return rows.map((r) => {
    const config = readProtoFields(r.config ?? new Uint8Array());
    return {
      id: r.id,
      name: r.name,
      // Notetype.Config field 1: kind, 0 = normal, 1 = cloze.
      cloze: config.get(1)?.[0] === 1,
      fields: fields.all(r.id) as string[],
      templates: (templates.all(r.id) as { name: string; config: Buffer | null }[]).map((t) => {
        // Template.Config fields 1 and 2: question and answer formats.
        const c = readProtoFields(t.config ?? new Uint8Array());
        return { name: t.name, qfmt: protoString(c.get(1)?.[0]), afmt: protoString(c.get(2)?.[0]) };
      }),
    };
  });
}

type ProtoValue = number | Uint8Array;

/** The top-level fields of a protobuf message: varints as numbers, length-delimited as bytes. */
export function readProtoFields(buf: Uint8Array): Map<number, ProtoValue[]> {
  const out = new Map<number, ProtoValue[]>();
  let pos = 0;
  const varint = (): number => {
    let result = 0;
    let scale = 1;
    for (;;) {
      if (pos >= buf.length) throw new AnkiCollectionError('a note type setting is truncated');
      const b = buf[pos++]!;
      result += (b & 0x7f) * scale;
      if (b < 0x80) return result;
      scale *= 128;
    }
  };
  while (pos < buf.length) {
    const key = varint();
    const field = Math.floor(key / 8);
    const wire = key & 7;
    let value: ProtoValue;
    if (wire === 0) value = varint();
    else if (wire === 2) {
      const len = varint();
      value = buf.subarray(pos, pos + len);
      pos += len;
    } else if (wire === 1) {
      value = 0;
      pos += 8;
    } else if (wire === 5) {
      value = 0;
      pos += 4;
    } else throw new AnkiCollectionError(`a note type setting has an unknown encoding (${wire})`);
    out.set(field, [...(out.get(field) ?? []), value]);
  }
  return out;
}

function protoString(v: ProtoValue | undefined): string {
  return v instanceof Uint8Array ? Buffer.from(v).toString('utf8') : '';
}
