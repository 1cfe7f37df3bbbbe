import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openStore } from '../../src-main/store';
import type { DeckInput } from '../../src-main/store/repos/decks';
import { measure, printSection } from './harness';

/** Browse over 100,000 cards in 10 decks: a page with each filter, its total counted in the same call. */
export function benchBrowse(): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'repaso-bench-browse-'));
  const store = openStore({ file: path.join(dir, 'repaso.db') });
  const deck = (d: number, n: number): DeckInput => ({
    id: `deck-${d}`,
    title: `Deck ${d}`,
    description: '',
    lang: 'es',
    version: 1,
    origin: 'user',
    notes: Array.from({ length: n }, (_, i) => ({
      key: `c${i}`,
      kind: 'basic' as const,
      content: { kind: 'basic', front: `¿Qué hace el objeto número ${i} del mazo ${d}?`, back: `Respuesta ${i}: replica pods` },
      tags: i % 10 === 0 ? ['rbac', 'k8s'] : ['k8s'],
      ords: [0],
    })),
  });
  for (let d = 0; d < 10; d++) store.decks.sync(deck(d, 10_000), Date.now());
  const now = Date.now();
  const page = { limit: 50, offset: 0 };
  const rows = [
    measure('first page, no filter (100,000 cards)', 20, () => store.browse.search({}, page, now)),
    measure('page 1,000 (offset 49,950), no filter', 20, () => store.browse.search({}, { limit: 50, offset: 49_950 }, now)),
    measure('one deck (10,000 cards)', 20, () => store.browse.search({ deckId: 'deck-3' }, page, now)),
    measure('state new', 20, () => store.browse.search({ state: 'new' }, page, now)),
    measure('state suspended (none)', 20, () => store.browse.search({ state: 'suspended' }, page, now)),
    measure('tag rbac (10,000)', 20, () => store.browse.search({ tag: 'rbac' }, page, now)),
    measure('text "número 4242 " (rare)', 20, () => store.browse.search({ text: 'número 4242 ' }, page, now)),
    measure('text "pods" (every card, only in back)', 20, () => store.browse.search({ text: 'pods' }, page, now)),
    measure('text "front" (a field name: matches nothing)', 10, () => store.browse.search({ text: 'front' }, page, now)),
    measure('every tag', 10, () => store.browse.tags()),
  ];
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
  printSection('browse', rows);
}
