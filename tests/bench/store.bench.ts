import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openStore } from '../../src-main/store';
import type { DeckInput } from '../../src-main/store/repos/decks';
import { measure, printSection } from './harness';

export function benchStore(): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'repaso-bench-'));
  const file = path.join(dir, 'repaso.db');
  const deck = (id: string, n: number): DeckInput => ({
    id,
    title: id,
    description: '',
    lang: 'es',
    version: 1,
    origin: 'user',
    notes: Array.from({ length: n }, (_, i) => ({
      key: `c${i}`,
      kind: 'basic' as const,
      content: { kind: 'basic', front: `Pregunta ${i}`, back: `Respuesta ${i}` },
      tags: ['bench'],
      ords: [0],
    })),
  });

  const rows = [
    measure('open (new file, migrate)', 5, (i) => openStore({ file: path.join(dir, `open-${i}.db`) }).close()),
  ];
  const store = openStore({ file });
  rows.push(measure('insert 100,000 cards (one deck, one transaction)', 1, (i) => store.decks.sync(deck(`big-${i + 1}`, 100_000), Date.now())));
  rows.push(measure('read 100,000 cards of a deck', 10, () => store.cards.listByDeck('big-0')));
  rows.push(measure('list decks with counts', 10, () => store.decks.list()));
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
  printSection('store', rows);
}
