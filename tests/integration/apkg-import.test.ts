/**
 * Anki packages through the API on a real SQLite file: the preview counts what a package holds,
 * the import writes it (with its review scheduling when asked), and a file that is not a usable
 * package is refused with a message saying why while every table stays as it was.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApkg, zipApkg, type FixtureNote } from '../helpers/anki-package';
import { testBackend, value, type TestBackend, dumpTables } from '../helpers/backend';

const NOW = Date.UTC(2026, 2, 10, 9, 0);
const DAY = 86_400_000;
const CRT = Date.UTC(2026, 0, 1) / 1000;
const MODERN = path.resolve(__dirname, '..', 'fixtures', 'apkg', 'modern.apkg');

let opened: TestBackend[] = [];
afterEach(() => {
  for (const b of opened) b.close();
  opened = [];
});

function start(): TestBackend {
  const b = testBackend({ timeZone: 'UTC', now: () => NOW });
  opened.push(b);
  return b;
}

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

function cardRows(dataDir: string, deckId: string) {
  const db = new Database(path.join(dataDir, 'repaso.db'), { readonly: true });
  const rows = db
    .prepare('SELECT n.kind, c.ord, c.phase, c.interval_days AS interval, c.ef, c.due, c.lapses, c.suspended FROM cards c JOIN notes n ON n.id = c.note_id WHERE c.deck_id = ? ORDER BY n.key, c.ord')
    .all(deckId) as { kind: string; ord: number; phase: string; interval: number; ef: number; due: number | null; lapses: number; suspended: number }[];
  db.close();
  return rows;
}

const NOTES: FixtureNote[] = [
  { type: 'basic', guid: 'b1', deck: 'Docker', fields: ['¿Qué lista <code>docker ps</code>?', 'Los contenedores en ejecución<img src="ps.png">'], tags: ['docker'] },
  { type: 'basic', guid: 'b2', deck: 'Docker', fields: ['Puerto por defecto del daemon', '2375'], cards: [{ ord: 0, type: 2, queue: 2, due: 70, ivl: 12, factor: 2600, reps: 4 }] },
  { type: 'reversed', guid: 'r1', deck: 'Docker', fields: ['volumen', 'datos fuera del contenedor'], cards: [{ ord: 0, type: 2, queue: -1, due: 75, ivl: 5, factor: 2100, reps: 6, lapses: 2 }, { ord: 1 }] },
  { type: 'cloze', guid: 'c1', deck: 'Docker', fields: ['{{c1::docker build}} crea una {{c2::imagen}}', ''] },
  { type: 'type', guid: 't1', deck: 'Kubernetes', fields: ['Listar pods', 'kubectl get pods'] },
];

describe('importing an Anki package', () => {
  it('previews a legacy package: kinds, reviewable cards, scheduled cards, media left out; nothing written', async () => {
    const { api, dataDir } = start();
    const before = dumpTables(dataDir);
    const preview = value(await api['decks:import-preview']({ fileName: 'docker.apkg', contentBase64: b64(buildApkg({ crt: CRT, notes: NOTES }, { 'ps.png': new Uint8Array([1, 2]) })), lang: 'es' }));
    expect(preview).toMatchObject({
      format: 'apkg',
      deck: { id: 'docker', title: 'Docker', lang: 'es', version: 1 },
      action: 'create',
      blocked: null,
      counts: { basic: 3, cloze: 1, type: 1, choice: 0, command: 0 },
      cardCount: 7,
      scheduled: 2,
      problemCount: 0,
    });
    expect(preview.warnings).toEqual([
      'notes of 1 other deck(s) (Kubernetes) go into "Docker", tagged deck::<name>',
      '1 image(s) or sound(s) left out of the cards (1 media file(s) in the package): Repaso does not store media yet',
    ]);
    expect(dumpTables(dataDir)).toEqual(before);
  });

  it('imports the notes as a new deck and restores review cards’ scheduling when asked', async () => {
    const { api, dataDir } = start();
    const result = value(await api['decks:import']({ fileName: 'docker.apkg', contentBase64: b64(buildApkg({ crt: CRT, notes: NOTES })), restoreSchedule: true }));
    expect(result).toEqual({ deckId: 'docker', title: 'Docker', outcome: 'added', noteCount: 5, restored: 2 });
    const rows = cardRows(dataDir, 'docker');
    expect(rows.filter((r) => r.phase === 'review').sort((a, b) => a.interval - b.interval)).toEqual([
      { kind: 'basic', ord: 0, phase: 'review', interval: 5, ef: 2100, due: CRT * 1000 + 75 * DAY, lapses: 2, suspended: 1 },
      { kind: 'basic', ord: 0, phase: 'review', interval: 12, ef: 2600, due: CRT * 1000 + 70 * DAY, lapses: 0, suspended: 0 },
    ]);
    expect(rows).toHaveLength(7);
    const db = new Database(path.join(dataDir, 'repaso.db'), { readonly: true });
    const contents = (db.prepare("SELECT content FROM notes WHERE deck_id = 'docker'").pluck().all() as string[]).map((c) => JSON.parse(c) as Record<string, unknown>);
    db.close();
    expect(contents).toContainEqual(expect.objectContaining({ front: '¿Qué lista `docker ps`?', back: 'Los contenedores en ejecución' }));
  });

  it('imports every card as new without restoreSchedule, and a second import makes a second deck', async () => {
    const { api, dataDir } = start();
    const content = b64(buildApkg({ crt: CRT, notes: NOTES }));
    expect(value(await api['decks:import']({ fileName: 'docker.apkg', contentBase64: content })).restored).toBe(0);
    expect(cardRows(dataDir, 'docker').every((r) => r.phase === 'new' && r.suspended === 0)).toBe(true);
    expect(value(await api['decks:import']({ fileName: 'docker.apkg', contentBase64: content })).deckId).toBe('docker-2');
  });

  it('reads a package written by current Anki (zstd collection.anki21b, schema 18)', async () => {
    const { api, dataDir } = start();
    const contentBase64 = b64(fs.readFileSync(MODERN));
    const preview = value(await api['decks:import-preview']({ fileName: 'modern.apkg', contentBase64 }));
    expect(preview).toMatchObject({ format: 'apkg', deck: { title: 'Docker' }, counts: { basic: 2, cloze: 1, type: 1 }, cardCount: 6, scheduled: 1, problemCount: 0 });
    expect(value(await api['decks:import']({ fileName: 'modern.apkg', contentBase64, restoreSchedule: true }))).toMatchObject({ noteCount: 4, restored: 1 });
    expect(cardRows(dataDir, 'docker').filter((r) => r.phase === 'review')).toEqual([
      { kind: 'basic', ord: 0, phase: 'review', interval: 10, ef: 2300, due: Date.UTC(2026, 0, 1) + 80 * DAY, lapses: 1, suspended: 0 },
    ]);
  });

  it('refuses files that are not usable packages with a clear message, writing nothing', async () => {
    const { api, dataDir } = start();
    const before = dumpTables(dataDir);
    const good = buildApkg({ notes: NOTES });
    const cases: [string, Uint8Array, RegExp][] = [
      ['notas.apkg', Buffer.from('front\tback\n'), /^notas\.apkg was not imported \(nothing was changed\): notas\.apkg: the file is not an Anki package: it is not a zip archive$/],
      ['cortado.apkg', good.subarray(0, Math.floor(good.length / 2)), /cortado\.apkg: the file is not an Anki package: the zip archive is damaged/],
      ['otro.apkg', zipSync({ 'readme.txt': Buffer.from('hola') }), /otro\.apkg: the zip holds no Anki collection/],
      ['falso.apkg', zipApkg('collection.anki2', Buffer.from('no soy SQLite'.repeat(20))), /falso\.apkg: the collection inside the package is not an SQLite database/],
    ];
    for (const [fileName, bytes, message] of cases) {
      const preview = value(await api['decks:import-preview']({ fileName, contentBase64: b64(bytes) }));
      expect(preview).toMatchObject({ format: 'apkg', deck: null, problemCount: 1 });
      const result = await api['decks:import']({ fileName, contentBase64: b64(bytes) });
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(message) } });
    }
    expect(dumpTables(dataDir)).toEqual(before);
  });

  it('refuses a package over 50 MB before decoding it', async () => {
    const { api } = start();
    const justOver = 'A'.repeat(Math.ceil((50 * 1024 * 1024) / 3) * 4 + 4);
    expect(await api['decks:import-preview']({ fileName: 'enorme.apkg', contentBase64: justOver })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('the file is larger than 50 MB') },
    });
  });

  it('asks for exactly one of content and contentBase64, and base64 that is base64', async () => {
    const { api } = start();
    expect(await api['decks:import-preview']({ fileName: 'x.apkg', content: 'a', contentBase64: 'YQ==' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('not both or neither') } });
    expect(await api['decks:import-preview']({ fileName: 'x.apkg' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await api['decks:import-preview']({ fileName: 'x.apkg', contentBase64: 'no es base64!' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('must be base64') } });
  });
});
