/**
 * The Decks API on a real SQLite file: per-deck limits and scheduler as the review queue honours
 * them, the user's own decks (create, rename, add cards, delete with their history), and the
 * curated decks that cannot be deleted.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir, testBackend, value, type TestBackend } from '../helpers/backend';

const NOW = Date.UTC(2026, 2, 10, 9, 0);

let open: TestBackend | null = null;
afterEach(() => {
  open?.close();
  open = null;
});

function start(decksDir?: string): TestBackend {
  open = testBackend({ timeZone: 'UTC', now: () => NOW, ...(decksDir ? { decksDir } : {}) });
  return open;
}

function bigDeckDir(): string {
  const dir = tempDir('repaso-decks-');
  const cards = Array.from({ length: 30 }, (_, i) => `  - id: b${i}\n    kind: basic\n    front: Pregunta ${i}\n    back: Respuesta ${i}\n`).join('');
  fs.writeFileSync(path.join(dir, 'grande.yaml'), `id: grande\ntitle: Grande\nlang: es\ndescription: x\nversion: 1\ncards:\n${cards}`);
  return dir;
}

function count(dataDir: string, sql: string): number {
  const db = new Database(path.join(dataDir, 'repaso.db'), { readonly: true });
  const n = db.prepare(sql).pluck().get() as number;
  db.close();
  return n;
}

describe('per-deck settings', () => {
  it('a deck limit of 5 new cards gives 5 new cards today, and 0 pauses the deck', async () => {
    const { api } = start(bigDeckDir());
    expect(value(await api['today:summary']({ locale: 'es' })).total.new).toBe(20);
    expect(value(await api['decks:set-settings']({ deckId: 'grande', newPerDay: 5 }))).toEqual({ deckId: 'grande', newPerDay: 5, reviewsPerDay: 200, scheduler: 'sm2' });
    expect(value(await api['today:summary']({ locale: 'es' })).total.new).toBe(5);
    let shown = 0;
    for (;;) {
      const next = value(await api['review:next']({ locale: 'es' }));
      if (!next.card) break;
      shown += 1;
      value(await api['review:answer']({ cardId: next.card.cardId, token: next.card.token, q: 5, durationMs: 10 }));
    }
    expect(shown).toBe(5);
    value(await api['decks:set-settings']({ deckId: 'grande', newPerDay: 0, reviewsPerDay: 0 }));
    expect(value(await api['today:summary']({ locale: 'es' })).total).toEqual({ due: 0, new: 0, learning: 0 });
  });

  it('answers with the scheduler the deck is set to', async () => {
    const { api, dataDir } = start();
    value(await api['decks:set-settings']({ deckId: 'mini', scheduler: 'fsrs' }));
    expect(value(await api['decks:settings']({ deckId: 'mini' })).scheduler).toBe('fsrs');
    const next = value(await api['review:next']({ locale: 'es' }));
    value(await api['review:answer']({ cardId: next.card!.cardId, token: next.card!.token, q: 4, durationMs: 10 }));
    expect(count(dataDir, "SELECT count(*) FROM review_log WHERE scheduler = 'fsrs'")).toBe(1);
  });

  it('refuses limits out of range and unknown decks, saying which field and why', async () => {
    const { api } = start();
    const negative = await api['decks:set-settings']({ deckId: 'mini', newPerDay: -1 });
    expect(negative).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(!negative.ok && negative.error.message).toMatch(/^decks:set-settings: newPerDay: /);
    const scheduler = await api['decks:set-settings']({ deckId: 'mini', scheduler: 'anki' as 'sm2' });
    expect(!scheduler.ok && scheduler.error.message).toMatch(/scheduler/);
    expect(await api['decks:settings']({ deckId: 'nope' })).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'No deck "nope"' } });
  });
});

describe('the overview', () => {
  it('lists each deck with its source, version, settings and card counts', async () => {
    const { api } = start();
    const next = value(await api['review:next']({ locale: 'es' }));
    value(await api['review:suspend']({ cardId: next.card!.cardId }));
    expect(value(await api['decks:overview']())).toEqual([
      {
        id: 'mini',
        title: 'Mazo mínimo de prueba',
        description: 'Un mazo pequeño para las pruebas de integración.',
        lang: 'es',
        version: 1,
        origin: 'curated',
        noteCount: 4,
        cardCount: 6,
        new: 5,
        due: 0,
        suspended: 1,
        retired: 0,
        settings: { deckId: 'mini', newPerDay: 20, reviewsPerDay: 200, scheduler: 'sm2' },
      },
    ]);
  });
});

describe('user decks', () => {
  it('creates a deck with an id from its title, unique among decks', async () => {
    const { api } = start();
    const first = value(await api['decks:create']({ title: 'Mis comandos de Docker', description: 'Lo que uso a diario' }));
    expect(first).toMatchObject({ id: 'mis-comandos-de-docker', origin: 'user', version: 1, cardCount: 0, description: 'Lo que uso a diario' });
    expect(value(await api['decks:create']({ title: 'Mis comandos de Docker' })).id).toBe('mis-comandos-de-docker-2');
    expect(await api['decks:create']({ title: '   ' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: 'decks:create: title: must not be empty' } });
  });

  it('adds cards through the deck file schema and refuses a bad one naming the field', async () => {
    const { api } = start();
    const { id } = value(await api['decks:create']({ title: 'Propio' }));
    const added = value(await api['notes:add']({ deckId: id, content: { kind: 'cloze', text: 'Un {{c1::Pod}} tiene {{c2::contenedores}}' } }));
    expect(added).toMatchObject({ key: 'card-1', kind: 'cloze', edited: false });
    value(await api['notes:add']({ deckId: id, content: { id: 'mio', kind: 'basic', front: 'F', back: 'B', reversed: true } }));
    expect(value(await api['decks:overview']()).find((d) => d.id === id)).toMatchObject({ noteCount: 2, cardCount: 4, new: 4 });

    expect(await api['notes:add']({ deckId: id, content: { kind: 'cloze', text: 'sin huecos' } })).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'card "card-2": field "text": has no cloze deletion {{c1::…}}' },
    });
    const missing = await api['notes:add']({ deckId: id, content: { kind: 'basic', front: 'F' } });
    expect(!missing.ok && missing.error.message).toBe('card "card-2": field "back": required');
    const typo = await api['notes:add']({ deckId: id, content: { kind: 'basic', front: 'F', back: 'B', bakc: 'x' } });
    expect(!typo.ok && typo.error.message).toBe('card "card-2": field "bakc": unknown field');
    expect(await api['notes:add']({ deckId: id, content: { id: 'mio', kind: 'basic', front: 'F', back: 'B' } })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('renames a user deck and changes its description', async () => {
    const { api } = start();
    const { id } = value(await api['decks:create']({ title: 'Viejo' }));
    expect(value(await api['decks:rename']({ deckId: id, title: 'Nuevo', description: 'Ahora con descripción' }))).toMatchObject({ id, title: 'Nuevo', description: 'Ahora con descripción' });
  });

  it('deletes a user deck with its cards and review history in one go, and nothing else', async () => {
    const { api, dataDir } = start();
    const { id } = value(await api['decks:create']({ title: 'Borrable' }));
    value(await api['notes:add']({ deckId: id, content: { kind: 'basic', front: 'F', back: 'B' } }));
    value(await api['decks:set-settings']({ deckId: 'mini', newPerDay: 0 }));
    const next = value(await api['review:next']({ deckId: id, locale: 'es' }));
    value(await api['review:answer']({ cardId: next.card!.cardId, token: next.card!.token, q: 4, durationMs: 10 }));
    expect(count(dataDir, 'SELECT count(*) FROM review_log')).toBe(1);

    expect(value(await api['decks:delete']({ deckId: id }))).toEqual({ deckId: id, notes: 1, cards: 1, reviews: 1 });
    expect(count(dataDir, 'SELECT count(*) FROM review_log')).toBe(0);
    expect(count(dataDir, `SELECT count(*) FROM notes WHERE deck_id = '${id}'`)).toBe(0);
    expect(value(await api['decks:overview']()).map((d) => d.id)).toEqual(['mini']);
    expect(await api['decks:delete']({ deckId: id })).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: `No deck "${id}"` } });
  });

  it('curated decks cannot be deleted, renamed or given cards: they come back from their files', async () => {
    const { api, dataDir } = start();
    for (const result of [
      await api['decks:delete']({ deckId: 'mini' }),
      await api['decks:rename']({ deckId: 'mini', title: 'Otro' }),
      await api['notes:add']({ deckId: 'mini', content: { kind: 'basic', front: 'F', back: 'B' } }),
    ]) {
      expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
      expect(!result.ok && result.error.message).toMatch(/curated deck.*Set its limits to 0 to pause it/);
    }
    expect(count(dataDir, "SELECT count(*) FROM notes WHERE deck_id = 'mini'")).toBe(4);
  });
});
