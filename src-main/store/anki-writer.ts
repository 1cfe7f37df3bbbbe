/**
 * A legacy Anki collection (`collection.anki2`, schema 11: note types, decks and deck options as
 * JSON in `col`) written from the rows deckio/apkg-export.ts maps, in a private temporary file
 * whose bytes are returned and which is then deleted. Schema 11 is the one every Anki version
 * (2.0 to today) imports; newer Anki upgrades it on import.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { AnkiExport } from '../deckio/apkg-export';

export interface WriteCollectionOptions {
  nativeBinding?: string;
}

// Anki's own schema-11 DDL (rslib/src/storage/schema11.sql), indexes included: Anki checks them.
const SCHEMA = `
CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null, ver integer not null,
  dty integer not null, usn integer not null, ls integer not null, conf text not null, models text not null, decks text not null,
  dconf text not null, tags text not null);
CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null, usn integer not null,
  tags text not null, flds text not null, sfld integer not null, csum integer not null, flags integer not null, data text not null);
CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null, mod integer not null,
  usn integer not null, type integer not null, queue integer not null, due integer not null, ivl integer not null, factor integer not null,
  reps integer not null, lapses integer not null, left integer not null, odue integer not null, odid integer not null,
  flags integer not null, data text not null);
CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null, ivl integer not null,
  lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
CREATE INDEX ix_notes_usn ON notes (usn);
CREATE INDEX ix_cards_usn ON cards (usn);
CREATE INDEX ix_revlog_usn ON revlog (usn);
CREATE INDEX ix_cards_nid ON cards (nid);
CREATE INDEX ix_cards_sched ON cards (did, queue, due);
CREATE INDEX ix_revlog_cid ON revlog (cid);
CREATE INDEX ix_notes_csum ON notes (csum);
`;

const DEFAULT_DECK_ID = 1;
const DEFAULT_CONF_ID = 1;

function deckJson(id: number, name: string, description: string, modSeconds: number) {
  return {
    id,
    name,
    desc: description,
    mod: modSeconds,
    usn: -1,
    dyn: 0,
    conf: DEFAULT_CONF_ID,
    collapsed: false,
    browserCollapsed: false,
    extendNew: 0,
    extendRev: 0,
    newToday: [0, 0],
    revToday: [0, 0],
    lrnToday: [0, 0],
    timeToday: [0, 0],
  };
}

/** Anki's default deck options ("Default" preset); an importing Anki keeps its own. */
function defaultConf(modSeconds: number) {
  return {
    id: DEFAULT_CONF_ID,
    name: 'Default',
    mod: modSeconds,
    usn: -1,
    maxTaken: 60,
    autoplay: true,
    timer: 0,
    replayq: true,
    dyn: false,
    new: { bury: false, delays: [1, 10], initialFactor: 2500, ints: [1, 4, 0], order: 1, perDay: 20 },
    rev: { bury: false, ease4: 1.3, ivlFct: 1, maxIvl: 36500, perDay: 200, hardFactor: 1.2 },
    lapse: { delays: [10], leechAction: 1, leechFails: 8, minInt: 1, mult: 0 },
  };
}

export function writeAnkiCollection(data: AnkiExport, options: WriteCollectionOptions = {}): Uint8Array {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'repaso-apkg-out-'));
  const file = path.join(dir, 'collection.anki2');
  try {
    const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
    try {
      db.exec(SCHEMA);
      const mod = Math.floor(data.now / 1000);
      const models = Object.fromEntries(
        Object.values(data.models).map((m) => [
          String(m.id),
          {
            id: m.id,
            name: m.name,
            type: m.type,
            mod,
            usn: -1,
            sortf: m.sortf,
            did: data.deck.id,
            tmpls: m.templates.map((t, ord) => ({ name: t.name, ord, qfmt: t.qfmt, afmt: t.afmt, did: null, bqfmt: '', bafmt: '' })),
            flds: m.fields.map((name, ord) => ({ name, ord, sticky: false, rtl: false, font: 'Arial', size: 20, media: [] })),
            css: m.css,
            latexPre: '\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n',
            latexPost: '\\end{document}',
            latexsvg: false,
            req: m.req,
            tags: [],
            vers: [],
          },
        ]),
      );
      const decks = {
        [String(DEFAULT_DECK_ID)]: deckJson(DEFAULT_DECK_ID, 'Default', '', mod),
        [String(data.deck.id)]: deckJson(data.deck.id, data.deck.name, data.deck.description, mod),
      };
      const conf = { activeDecks: [data.deck.id], curDeck: data.deck.id, newSpread: 0, collapseTime: 1200, timeLim: 0, estTimes: true, dueCounts: true, curModel: String(data.models.basic.id), nextPos: data.notes.length + 1, sortType: 'noteFld', sortBackwards: false, addToCur: true };
      const write = db.transaction(() => {
        db.prepare('INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, ?)').run(
          data.crt,
          data.now,
          data.now,
          JSON.stringify(conf),
          JSON.stringify(models),
          JSON.stringify(decks),
          JSON.stringify({ [String(DEFAULT_CONF_ID)]: defaultConf(mod) }),
          JSON.stringify(Object.fromEntries([...new Set(data.notes.flatMap((n) => n.tags))].map((t) => [t, 0]))),
        );
        const insertNote = db.prepare("INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')");
        const insertCard = db.prepare("INSERT INTO cards VALUES (?, ?, ?, ?, ?, -1, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, '')");
        // Ids are creation times in ms in Anki; consecutive ones from `now` stay unique and ordered.
        let cardId = data.now;
        data.notes.forEach((note, i) => {
          const nid = data.now + i;
          const tags = note.tags.length > 0 ? ` ${note.tags.join(' ')} ` : '';
          insertNote.run(nid, note.guid, data.models[note.model].id, mod, tags, note.fields.join('\u001f'), note.sfld, note.csum);
          for (const c of note.cards) insertCard.run(cardId++, nid, data.deck.id, c.ord, mod, c.type, c.queue, c.due, c.ivl, c.factor, c.reps, c.lapses);
        });
      });
      write();
    } finally {
      db.close();
    }
    return new Uint8Array(fs.readFileSync(file));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
