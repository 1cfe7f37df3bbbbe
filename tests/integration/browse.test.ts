import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src-main/store/database';
import { MIGRATIONS } from '../../src-main/store/migrations';
import { tempDir, testBackend, value, type TestBackend } from '../helpers/backend';

let open: TestBackend[] = [];
afterEach(() => {
  for (const b of open) b.close();
  open = [];
});

/** Two decks: redes (3 cards, tagged) and pods (a basic with a twin, a cloze with two clozes, a choice, a type-in). */
function decks(): string {
  const dir = tempDir();
  fs.writeFileSync(
    path.join(dir, 'pods.yaml'),
    `id: pods\ntitle: Pods\nlang: es\ndescription: Pods.\nversion: 1\ncards:\n` +
      `  - id: que-es\n    kind: basic\n    tags: [pods, basico]\n    front: "¿Qué es un **Pod**?"\n    back: La unidad mínima.\n    reversed: true\n` +
      `  - id: abreviatura\n    kind: cloze\n    text: Kubernetes se abrevia {{c1::K8s}}; son {{c2::ocho}} letras.\n` +
      `  - id: tipo\n    kind: choice\n    tags: [servicios]\n    question: ¿Qué Service abre un puerto en cada nodo?\n    options:\n      - text: NodePort\n        correct: true\n      - text: ClusterIP\n` +
      `  - id: listar\n    kind: type\n    tags: [ciclo de vida]\n    front: Lista los pods.\n    answer: kubectl get pods\n`,
  );
  fs.writeFileSync(
    path.join(dir, 'redes.yaml'),
    `id: redes\ntitle: Redes\nlang: es\ndescription: Redes.\nversion: 1\ncards:\n` +
      Array.from({ length: 3 }, (_, i) => `  - id: red-${i}\n    kind: basic\n    tags: [redes, basico-${i}]\n    front: Pregunta de red ${i}\n    back: Respuesta 100% ${i}\n`).join(''),
  );
  return dir;
}

function start(): TestBackend {
  const b = testBackend({ decksDir: decks(), now: () => Date.UTC(2026, 2, 10, 12), timeZone: 'Europe/Madrid' });
  open.push(b);
  return b;
}

const page = { limit: 50, offset: 0, locale: 'es' as const };

describe('browse:search', () => {
  it('lists every live card in deck order with a one-line summary of what it asks', async () => {
    const { api } = start();
    const result = value(await api['browse:search'](page));
    expect(result.total).toBe(9);
    expect(result.rows.map((r) => [r.deckId, r.noteKey, r.ord])).toEqual([
      ['pods', 'que-es', 0],
      ['pods', 'que-es', 1],
      ['pods', 'abreviatura', 1],
      ['pods', 'abreviatura', 2],
      ['pods', 'tipo', 0],
      ['pods', 'listar', 0],
      ['redes', 'red-0', 0],
      ['redes', 'red-1', 0],
      ['redes', 'red-2', 0],
    ]);
    expect(result.rows[0]).toMatchObject({ summary: '¿Qué es un Pod?', kind: 'basic', tags: ['pods', 'basico'], state: 'new', due: '', dueAt: null, ef: 2.5, reviews: 0, lapses: 0, edited: false });
    expect(result.rows[1]!.summary).toBe('La unidad mínima.');
    expect(result.rows[2]!.summary).toBe('Kubernetes se abrevia [K8s]; son [ocho] letras.');
  });

  it('pages with limit and offset and keeps the total of all pages', async () => {
    const { api } = start();
    const all = value(await api['browse:search'](page)).rows.map((r) => r.cardId);
    const second = value(await api['browse:search']({ ...page, limit: 4, offset: 4 }));
    expect(second).toMatchObject({ total: 9, offset: 4, limit: 4 });
    expect(second.rows.map((r) => r.cardId)).toEqual(all.slice(4, 8));
    const past = value(await api['browse:search']({ ...page, limit: 4, offset: 40 }));
    expect(past).toMatchObject({ total: 9, rows: [] });
  });

  it('finds text anywhere in a card (back, options, answer, id) but not in its kind', async () => {
    const { api } = start();
    const keys = async (text: string) => value(await api['browse:search']({ ...page, text })).rows.map((r) => `${r.noteKey}/${r.ord}`);
    expect(await keys('clusterip')).toEqual(['tipo/0']);
    expect(await keys('KUBECTL GET')).toEqual(['listar/0']);
    expect(await keys('mínima')).toEqual(['que-es/0', 'que-es/1']);
    // Accents and case do not decide a match: typed without them, or in capitals.
    expect(await keys('MINIMA')).toEqual(['que-es/0', 'que-es/1']);
    expect(await keys('Qué Service')).toEqual(['tipo/0']);
    expect(await keys('red-1')).toEqual(['red-1/0']);
    expect(await keys('basic')).toEqual([]);
    expect(await keys('100%')).toEqual(['red-0/0', 'red-1/0', 'red-2/0']);
    expect(await keys('1_0')).toEqual([]);
  });

  it('filters by deck, by whole tag and by state, and combines the filters', async () => {
    const { api } = start();
    expect(value(await api['browse:search']({ ...page, deckId: 'redes' })).total).toBe(3);
    const basico = value(await api['browse:search']({ ...page, tag: 'basico' }));
    expect(basico.rows.map((r) => r.noteKey)).toEqual(['que-es', 'que-es']);
    expect(value(await api['browse:search']({ ...page, tag: 'basico', deckId: 'redes' })).total).toBe(0);
    expect(value(await api['browse:search']({ ...page, tag: 'redes', text: 'red 2' })).rows.map((r) => r.noteKey)).toEqual(['red-2']);
    expect(value(await api['browse:search']({ ...page, state: 'new' })).total).toBe(9);
    expect(value(await api['browse:search']({ ...page, state: 'review' })).total).toBe(0);
  });

  it('finds a tag with spaces whole, and none of its words alone', async () => {
    const { api } = start();
    const found = value(await api['browse:search']({ ...page, tag: 'ciclo de vida' }));
    expect(found.rows.map((r) => [r.noteKey, r.tags])).toEqual([['listar', ['ciclo de vida']]]);
    expect(value(await api['browse:search']({ ...page, tag: 'ciclo' })).total).toBe(0);
  });

  it('shows a suspended card as suspended, finds it with that filter, and back as new once unsuspended', async () => {
    const { api } = start();
    const [first] = value(await api['browse:search']({ ...page, deckId: 'redes', limit: 1 })).rows;
    value(await api['review:suspend']({ cardId: first!.cardId, suspended: true }));
    const suspended = value(await api['browse:search']({ ...page, state: 'suspended' }));
    expect(suspended.rows.map((r) => [r.cardId, r.state])).toEqual([[first!.cardId, 'suspended']]);
    expect(value(await api['browse:search']({ ...page, state: 'new' })).total).toBe(8);
    value(await api['review:suspend']({ cardId: first!.cardId, suspended: false }));
    expect(value(await api['browse:search']({ ...page, state: 'suspended' })).total).toBe(0);
  });

  it('shows an answered card with its interval, EF, due label, review count and lapses', async () => {
    const { api } = start();
    const next = value(await api['review:next']({ locale: 'es', deckId: 'redes' }));
    value(await api['review:answer']({ cardId: next.card!.cardId, token: next.card!.token, q: 5, durationMs: 1000 }));
    const row = value(await api['browse:search']({ ...page, state: 'review' })).rows[0]!;
    expect(row).toMatchObject({ cardId: next.card!.cardId, state: 'review', intervalDays: 1, ef: 2.6, reviews: 1, lapses: 0, due: 'en 1 d' });
    const en = value(await api['browse:search']({ ...page, state: 'review', locale: 'en' })).rows[0]!;
    expect(en.due).toBe('in 1 d');
    const buried = value(await api['review:next']({ locale: 'es', deckId: 'redes' })).card!;
    value(await api['review:bury']({ cardId: buried.cardId }));
    expect(value(await api['browse:search']({ ...page, state: 'buried' })).rows.map((r) => r.cardId)).toEqual([buried.cardId]);
  });

  it('searches the edited text of a card, not the deck text it replaced, and marks it edited', async () => {
    const { api } = start();
    value(await api['notes:edit']({ deckId: 'redes', key: 'red-0', content: { front: 'Qué hace kube-proxy', back: 'Reglas de red.' } }));
    const hit = value(await api['browse:search']({ ...page, text: 'kube-proxy' }));
    expect(hit.rows.map((r) => [r.noteKey, r.summary, r.edited])).toEqual([['red-0', 'Qué hace kube-proxy', true]]);
    expect(value(await api['browse:search']({ ...page, text: 'Pregunta de red 0' })).total).toBe(0);
  });

  it('refuses a page size out of range, naming the field', async () => {
    const { api } = start();
    const result = await api['browse:search']({ ...page, limit: 0 });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (!result.ok) expect(result.error.message).toContain('limit');
  });
});

describe('search after a deck update', () => {
  it('finds the newer deck text and no longer the old one', async () => {
    const decksDir = tempDir();
    const write = (version: number, front: string) =>
      fs.writeFileSync(path.join(decksDir, 'd.yaml'), `id: d\ntitle: D\nlang: es\ndescription: D.\nversion: ${version}\ncards:\n  - id: uno\n    kind: basic\n    front: ${front}\n    back: B\n`);
    write(1, 'Texto viejo');
    const first = testBackend({ decksDir });
    first.close();
    write(2, 'Texto nuevo');
    const second = testBackend({ dataDir: first.dataDir, decksDir });
    open.push(second);
    const total = async (text: string) => value(await second.api['browse:search']({ ...page, text })).total;
    expect(await total('nuevo')).toBe(1);
    expect(await total('viejo')).toBe(0);
  });
});

describe('upgrading a collection made before Browse', () => {
  it('makes its cards searchable, by the deck text or by the learner\'s edit', async () => {
    const dataDir = tempDir();
    const v1 = openDatabase({ file: path.join(dataDir, 'repaso.db'), migrations: MIGRATIONS.slice(0, 1) });
    v1.exec(`
      INSERT INTO decks (id, title, created_at, updated_at) VALUES ('viejo', 'Viejo', 0, 0);
      INSERT INTO notes (id, deck_id, key, kind, content, user_content, tags, position, created_at, updated_at) VALUES
        (1, 'viejo', 'uno', 'basic', '{"kind":"basic","front":"Texto del mazo","back":"B"}', NULL, 'pods redes', 0, 0, 0),
        (2, 'viejo', 'dos', 'basic', '{"kind":"basic","front":"Otro del mazo","back":"B"}', '{"kind":"basic","front":"Texto mío","back":"B"}', '', 1, 0, 0);
      INSERT INTO cards (note_id, ord, deck_id, position, kind) VALUES (1, 0, 'viejo', 0, 'basic'), (2, 0, 'viejo', 1, 'basic');`);
    v1.close();
    const b = testBackend({ dataDir, decksDir: undefined });
    open.push(b);
    const keys = async (text: string) => value(await b.api['browse:search']({ ...page, text })).rows.map((r) => r.noteKey);
    expect(await keys('texto')).toEqual(['uno', 'dos']);
    expect(await keys('mío')).toEqual(['dos']);
    expect(await keys('Otro del mazo')).toEqual([]);
    // Tags were joined by spaces then: the upgrade turns them into lists of their words.
    expect(value(await b.api['browse:search']({ ...page, tag: 'redes' })).rows.map((r) => [r.noteKey, r.tags])).toEqual([['uno', ['pods', 'redes']]]);
  });
});

describe('browse:tags', () => {
  it('lists every tag once, sorted', async () => {
    const { api } = start();
    expect(value(await api['browse:tags']())).toEqual(['basico', 'basico-0', 'basico-1', 'basico-2', 'ciclo de vida', 'pods', 'redes', 'servicios']);
  });
});
