/**
 * Decks out as Anki packages through the API, and back in through Repaso's own .apkg importer:
 * every curated deck survives the trip with the same cards (choice cards as basic, drills as
 * type-in, texts equal once the Markdown ↔ HTML formatting is set aside), and reviewed cards
 * keep their interval, ease and lapses when the scheduling is exported and restored.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExchangeCard } from '../../src-main/decks/schema';
import { parseDeckExchange } from '../../src-main/decks/parse';
import { readDeckDir } from '../../src-main/decks/read-dir';
import { tempDir, testBackend, value, type TestBackend } from '../helpers/backend';
import fs from 'node:fs';

const NOW = Date.UTC(2026, 2, 10, 9, 0);
const DAY = 86_400_000;
const ROOT = path.resolve(__dirname, '..', '..');

let opened: TestBackend[] = [];
afterEach(() => {
  for (const b of opened) b.close();
  opened = [];
});

function start(options: Parameters<typeof testBackend>[0] = {}): TestBackend {
  const b = testBackend({ timeZone: 'UTC', now: () => NOW, ...options });
  opened.push(b);
  return b;
}

/** Card text with the formatting the trip may change (emphasis, code marks, list dashes, spacing) set aside. */
const words = (s: string | undefined) =>
  (s ?? '')
    .replace(/[*`]/g, '')
    .replace(/^\s*(?:[-+]|\d+[.)])\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();

/** The kind and main texts Anki keeps of a Repaso card. */
function expectedOf(card: ExchangeCard): { kind: string; front: string; back: string } {
  switch (card.kind) {
    case 'basic':
      return { kind: card.reversed ? 'basic-reversed' : 'basic', front: words(card.front), back: words(card.back) };
    case 'cloze':
      return { kind: 'cloze', front: words(card.text), back: words(card.extra) };
    case 'type':
      return { kind: 'type', front: words(card.front), back: words(card.answer) };
    case 'choice':
      return { kind: 'basic', front: words(card.question), back: words(card.options.find((o) => o.correct)?.text) };
    case 'command':
      return { kind: 'type', front: words(card.prompt), back: words(card.answer) };
  }
}

function importedOf(card: ExchangeCard): { kind: string; front: string; back: string } {
  switch (card.kind) {
    case 'basic':
      return { kind: card.reversed ? 'basic-reversed' : 'basic', front: words(card.front), back: words(card.back) };
    case 'cloze':
      return { kind: 'cloze', front: words(card.text), back: words(card.extra) };
    case 'type':
      return { kind: 'type', front: words(card.front), back: words(card.answer) };
    default:
      return { kind: card.kind, front: '', back: '' };
  }
}

async function exportedCards(api: TestBackend['api'], deckId: string): Promise<ExchangeCard[]> {
  const file = value(await api['decks:export']({ deckId, format: 'json', schedule: true }));
  const parsed = parseDeckExchange(file.content, file.fileName);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
  return parsed.deck.cards;
}

describe('Anki package export', () => {
  it('brings every curated deck back through the .apkg importer with the same cards, kind by kind', async () => {
    const decksDir = path.join(ROOT, 'decks');
    const { api } = start({ decksDir });
    const files = readDeckDir(decksDir, ROOT);
    expect(files.decks.length).toBeGreaterThan(10);
    const kindsSeen = new Set<string>();
    for (const { deck } of files.decks) {
      const file = value(await api['decks:export']({ deckId: deck.id, format: 'apkg' }));
      expect(file).toMatchObject({ fileName: `${deck.id}.apkg`, mimeType: 'application/apkg', content: '', noteCount: deck.cards.length });
      const preview = value(await api['decks:import-preview']({ fileName: file.fileName, contentBase64: file.contentBase64! }));
      expect(preview.problems).toEqual([]);
      expect(preview.deck?.title).toBe(deck.title);
      const imported = value(await api['decks:import']({ fileName: file.fileName, contentBase64: file.contentBase64! }));
      expect(imported.deckId).not.toBe(deck.id);
      const back = await exportedCards(api, imported.deckId);
      // The guid carries the card id, so the ids come back too.
      expect(back.map((c) => c.id)).toEqual(deck.cards.map((c) => c.id));
      deck.cards.forEach((card, i) => {
        kindsSeen.add(card.kind);
        const want = expectedOf(card);
        const got = importedOf(back[i]!);
        expect(got.kind, `${deck.id}/${card.id}`).toBe(want.kind);
        expect(got.front, `${deck.id}/${card.id}`).toContain(want.front);
        expect(got.back, `${deck.id}/${card.id}`).toContain(want.back);
        expect(back[i]!.tags ?? [], `${deck.id}/${card.id}`).toEqual((card.tags ?? []).map((t) => t.replace(/\s+/g, '_')));
      });
    }
    expect([...kindsSeen].sort()).toEqual(['basic', 'choice', 'cloze', 'command', 'type']);
  });

  it('writes a zip holding a schema-11 collection.anki2 and an empty media map, with one deck named after the Repaso deck', async () => {
    const { api } = start();
    const file = value(await api['decks:export']({ deckId: 'mini', format: 'apkg' }));
    const zip = unzipSync(Buffer.from(file.contentBase64!, 'base64'));
    expect(Object.keys(zip).sort()).toEqual(['collection.anki2', 'media']);
    expect(new TextDecoder().decode(zip.media)).toBe('{}');
    const dir = tempDir();
    const sqlite = path.join(dir, 'c.anki2');
    fs.writeFileSync(sqlite, zip['collection.anki2']!);
    const db = new Database(sqlite, { readonly: true });
    const col = db.prepare('SELECT ver, models, decks FROM col').get() as { ver: number; models: string; decks: string };
    const overview = value(await api['decks:overview']()).find((d) => d.id === 'mini')!;
    expect(col.ver).toBe(11);
    expect(Object.values(JSON.parse(col.models) as Record<string, { name: string }>).map((m) => m.name).sort()).toEqual([
      'Basic',
      'Basic (and reversed card)',
      'Basic (type in the answer)',
      'Cloze',
    ]);
    expect(Object.values(JSON.parse(col.decks) as Record<string, { name: string }>).map((d) => d.name).sort()).toEqual(['Default', overview.title].sort());
    expect(db.prepare('SELECT count(*) FROM notes').pluck().get()).toBe(file.noteCount);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name LIKE 'ix_%'").pluck().get()).toBe(7);
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('carries reviewed cards’ interval, ease and lapses to another database when scheduling is exported and restored', async () => {
    const a = start();
    value(await a.api['decks:create']({ title: 'Viajero' }));
    for (const front of ['uno', 'dos', 'tres']) value(await a.api['notes:add']({ deckId: 'viajero', content: { kind: 'basic', front, back: 'x' } }));
    value(await a.api['notes:add']({ deckId: 'viajero', content: { kind: 'cloze', text: 'Un {{c1::pod}} y un {{c2::nodo}}' } }));
    for (;;) {
      const next = value(await a.api['review:next']({ deckId: 'viajero', locale: 'es' }));
      if (!next.card) break;
      value(await a.api['review:answer']({ cardId: next.card.cardId, token: next.card.token, q: 5, durationMs: 100 }));
    }
    const file = value(await a.api['decks:export']({ deckId: 'viajero', format: 'apkg', schedule: true }));
    const states = (dir: string, deckId: string) => {
      const db = new Database(path.join(dir, 'repaso.db'), { readonly: true });
      const rows = db
        .prepare('SELECT n.key, c.ord, c.phase, c.ef, c.interval_days, c.lapses, c.due FROM cards c JOIN notes n ON n.id = c.note_id WHERE c.deck_id = ? ORDER BY n.key, c.ord')
        .all(deckId) as { key: string; ord: number; phase: string; ef: number; interval_days: number; lapses: number; due: number }[];
      db.close();
      // Anki counts due in days: the time of day is not kept.
      return rows.map((r) => ({ ...r, due: Math.floor(r.due / DAY) }));
    };
    const before = states(a.dataDir, 'viajero');
    expect(before).toHaveLength(5);
    // The cloze's second card stays new (buried as a sibling): it must arrive new.
    expect(before.filter((r) => r.phase === 'review' && r.interval_days >= 1)).toHaveLength(4);

    const b = start({ now: () => NOW + DAY });
    const preview = value(await b.api['decks:import-preview']({ fileName: file.fileName, contentBase64: file.contentBase64! }));
    expect(preview.scheduled).toBe(4);
    const imported = value(await b.api['decks:import']({ fileName: file.fileName, contentBase64: file.contentBase64!, restoreSchedule: true }));
    expect(imported.restored).toBe(4);
    expect(states(b.dataDir, imported.deckId)).toEqual(before);

    // Without scheduling every card is new in Anki.
    const plain = value(await a.api['decks:export']({ deckId: 'viajero', format: 'apkg' }));
    expect(value(await b.api['decks:import-preview']({ fileName: plain.fileName, contentBase64: plain.contentBase64! })).scheduled).toBe(0);
  });

  it('gives every card the same guid on each export, so Anki updates its notes instead of adding copies', async () => {
    const { api } = start();
    const guids = async () => {
      const file = value(await api['decks:export']({ deckId: 'mini', format: 'apkg' }));
      const zip = unzipSync(Buffer.from(file.contentBase64!, 'base64'));
      const dir = tempDir();
      fs.writeFileSync(path.join(dir, 'c'), zip['collection.anki2']!);
      const db = new Database(path.join(dir, 'c'), { readonly: true });
      const out = db.prepare('SELECT guid FROM notes ORDER BY id').pluck().all();
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
      return out;
    };
    const first = await guids();
    expect(first.length).toBeGreaterThan(0);
    expect(first.every((g) => typeof g === 'string' && g.startsWith('repaso:mini:'))).toBe(true);
    expect(await guids()).toEqual(first);
  });
});
