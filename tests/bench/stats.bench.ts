/**
 * The Stats screen at scale: 100,000 cards in 10 decks and 1,000,000 review-log rows spread
 * over three years (reviews at a few times of day, as people review; ~10 % failed), then
 * stats:summary for all decks and for one. Aim (the task's): under 100 ms.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHandlers, type Services } from '../../src-main/api/handlers';
import { seededRandom } from '../../src-main/cards';
import { newCardState, type CardState } from '../../src-main/srs';
import { openStore } from '../../src-main/store';
import type { DeckInput } from '../../src-main/store/repos/decks';
import type { HistoryEntry } from '../../src-main/store/repos/review';
import { measure, printSection } from './harness';

const SCALE = Number(process.env.REPASO_BENCH_SCALE ?? 1);
const DECKS = 10;
const CARDS_PER_DECK = Math.round(10_000 * SCALE);
const LOG_ROWS = Math.round(1_000_000 * SCALE);
const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 26, 9, 30);
const HISTORY_DAYS = 3 * 365;

function deck(d: number): DeckInput {
  return {
    id: `bench-${d}`,
    title: `Bench ${d}`,
    description: '',
    lang: 'es',
    version: 1,
    origin: 'user',
    notes: Array.from({ length: CARDS_PER_DECK }, (_, i) => ({ key: `n${i}`, kind: 'basic' as const, content: { kind: 'basic', front: `P${i}`, back: `R${i}` }, tags: [], ords: [0] })),
  };
}

/** `count` answers on random days of the last three years, at one of a few times of day. */
function history(cardId: number, count: number, random: () => number): HistoryEntry {
  const days = Array.from({ length: count }, () => Math.floor(random() * HISTORY_DAYS)).sort((a, b) => b - a);
  let state: CardState = newCardState();
  const records: HistoryEntry['records'] = days.map((daysAgo, k) => {
    const at = NOW - daysAgo * DAY - [0, 2, 9, 11][Math.floor(random() * 4)]! * 3_600_000 - Math.floor(random() * 40) * 60_000;
    const q = random() < 0.1 ? 1 : 4;
    const interval = q < 3 ? 1 : Math.min(365, Math.max(1, state.intervalDays * 2));
    const after: CardState = { ...state, phase: 'review', reps: q < 3 ? 0 : state.reps + 1, intervalDays: interval, due: NOW + Math.floor(random() * 60 - 10) * DAY, lastReview: at };
    const record = { at, q, kind: k === 0 ? ('new' as const) : ('review' as const), scheduler: 'sm2' as const, durationMs: 3000 + Math.floor(random() * 8000), before: state, after };
    state = after;
    return record;
  });
  return { cardId, state, records };
}

export function benchStats(): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'repaso-bench-stats-'));
  const store = openStore({ file: path.join(dir, 'repaso.db') });
  const setupStart = Date.now();
  for (let d = 0; d < DECKS; d++) store.decks.sync(deck(d), NOW - 4 * 365 * DAY);
  const random = seededRandom(7);
  const cards = DECKS * CARDS_PER_DECK;
  const reviewed = Math.round(cards * 0.9);
  const perCard = LOG_ROWS / reviewed;
  let rows = 0;
  let batch: HistoryEntry[] = [];
  for (let id = 1; id <= reviewed; id++) {
    const count = Math.floor(perCard * id) - Math.floor(perCard * (id - 1));
    if (count === 0) continue;
    batch.push(history(id, count, random));
    rows += count;
    if (batch.length === 5000) {
      store.review.importHistory(batch);
      batch = [];
    }
  }
  store.review.importHistory(batch);
  const setupMs = Date.now() - setupStart;

  const services: Services = {
    store,
    info: { version: 'bench', mode: 'test', dataDir: dir, databaseFile: store.file, systemLocale: 'es-ES' },
    now: () => NOW,
    timeZone: 'Europe/Madrid',
  };
  const handlers = createHandlers(services);
  const figures = [
    measure('stats:summary, all decks (365-day heatmap, forecast, retention, per deck)', 30, () => handlers['stats:summary']({ locale: 'es' }), 100),
    measure('stats:summary, one deck', 30, () => handlers['stats:summary']({ locale: 'es', deckId: 'bench-3' }), 100),
  ];
  const tallyRows = store.stats.slots(0, null).length;
  store.close();
  if (process.env.REPASO_BENCH_DEBUG) console.log('kept', dir);
  else fs.rmSync(dir, { recursive: true, force: true });
  printSection(
    `stats (${cards.toLocaleString('en')} cards, ${rows.toLocaleString('en')} log rows over ${HISTORY_DAYS} days, ${tallyRows.toLocaleString('en')} tally slots; setup ${(setupMs / 1000).toFixed(1)} s)`,
    figures,
  );
}
