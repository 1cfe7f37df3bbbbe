/**
 * The daily review at scale: 100,000 cards in 10 decks with 1,000,000 review-log rows, of which
 * ~2.5 % are due today (a backlog bigger than the daily limits), 5 % new and a few answered today.
 * Budgets (DESIGN.md §7): due-queue build < 10 ms, one answer < 1 ms.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Services } from '../../src-main/api/handlers/services';
import { schedulingContext } from '../../src-main/api/review/context';
import { dayQueue } from '../../src-main/api/review/day-queue';
import * as review from '../../src-main/api/review/session';
import { stateToken } from '../../src-main/api/review/token';
import { openStore } from '../../src-main/store';
import type { DeckInput } from '../../src-main/store/repos/decks';
import type { HistoryEntry } from '../../src-main/store/repos/review';
import { seededRandom } from '../../src-main/cards';
import { answer, newCardState, sm2Scheduler, startOfToday, type CardState } from '../../src-main/srs';
import { measure, printSection } from './harness';

/** REPASO_BENCH_SCALE=0.1 benches a tenth of the collection (a quick look while developing). */
const SCALE = Number(process.env.REPASO_BENCH_SCALE ?? 1);
const DECKS = 10;
const CARDS_PER_DECK = Math.round(10_000 * SCALE);
const LOG_ROWS = Math.round(1_000_000 * SCALE);
const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 26, 9, 30); // 10:30 in Madrid
const TIME_ZONE = 'Europe/Madrid';

function deck(d: number): DeckInput {
  return {
    id: `bench-${d}`,
    title: `Bench ${d}`,
    description: '',
    lang: 'es',
    version: 1,
    origin: 'user',
    notes: Array.from({ length: CARDS_PER_DECK }, (_, i) => ({
      key: `n${i}`,
      kind: 'basic' as const,
      content: { kind: 'basic', front: `Pregunta ${d}.${i} con \`kubectl get pods\``, back: `Respuesta ${i}` },
      tags: [],
      ords: [0],
    })),
  };
}

/**
 * A card's synthetic past: `count` passing answers spaced by their growing intervals, the last
 * one before now (or a minute ago when `answeredToday`), leaving the card due at `finalDue`.
 */
function history(cardId: number, count: number, finalDue: number, answeredToday: boolean, random: () => number): HistoryEntry {
  const intervals: number[] = [];
  for (let k = 0, days = 0; k < count; k++) {
    days = Math.min(365, Math.round(days * 1.8 + 1));
    intervals.push(days);
  }
  const lastAt = answeredToday ? NOW - 60_000 : Math.min(NOW - DAY, finalDue - intervals.at(-1)! * DAY);
  const times: number[] = [lastAt];
  for (let k = count - 2; k >= 0; k--) times.unshift(times[0]! - intervals[k]! * DAY);
  let state: CardState = newCardState();
  const records: HistoryEntry['records'] = [];
  for (let k = 0; k < count; k++) {
    const last = k === count - 1;
    const after: CardState = {
      ...state,
      phase: 'review',
      reps: state.reps + 1,
      intervalDays: intervals[k]!,
      due: last ? finalDue : times[k]! + intervals[k]! * DAY,
      lastReview: times[k]!,
      redrill: last && answeredToday && random() < 0.5,
    };
    records.push({ at: times[k]!, q: 4, kind: k === 0 ? 'new' : 'review', scheduler: 'sm2', durationMs: 4000, before: state, after });
    state = after;
  }
  return { cardId, state, records };
}

export function benchReview(): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'repaso-bench-review-'));
  const store = openStore({ file: path.join(dir, 'repaso.db') });
  const setupStart = Date.now();
  for (let d = 0; d < DECKS; d++) store.decks.sync(deck(d), NOW - 400 * DAY);

  // Seeded, so every run benches the same collection.
  const random = seededRandom(42);
  const cards = DECKS * CARDS_PER_DECK;
  const reviewed = Math.round(cards * 0.95);
  const perCard = LOG_ROWS / reviewed;
  let rows = 0;
  let batch: HistoryEntry[] = [];
  for (let id = 1; id <= reviewed; id++) {
    // ~2.5 % due by today (over-due by up to 5 days), the rest over the next 200 days.
    const due = random() < 0.025 ? NOW - Math.floor(random() * 5 * DAY) : NOW + Math.ceil(random() * 200) * DAY;
    const count = Math.min(LOG_ROWS - rows, Math.floor(perCard * id) - Math.floor(perCard * (id - 1)));
    if (count === 0) continue;
    batch.push(history(id, count, due, random() < 0.002, random));
    rows += count;
    if (batch.length === 5000) {
      store.review.importHistory(batch);
      batch = [];
    }
  }
  store.review.importHistory(batch);
  const setupMs = Date.now() - setupStart;
  if (process.env.REPASO_BENCH_DEBUG) console.log({ rows, setupMs });

  const services: Services = {
    store,
    info: { version: 'bench', mode: 'test', dataDir: dir, databaseFile: store.file, systemLocale: 'es-ES' },
    now: () => NOW,
    timeZone: TIME_ZONE,
  };
  const ctx = schedulingContext(NOW, TIME_ZONE, 4);
  const queue = dayQueue(store.review, ctx);
  if (process.env.REPASO_BENCH_DEBUG) {
    console.log({ items: queue.items.length, total: queue.total });
    const t = (name: string, fn: () => unknown) => {
      fn();
      const s0 = process.hrtime.bigint();
      for (let i = 0; i < 20; i++) fn();
      console.log(name, Number(process.hrtime.bigint() - s0) / 20e6, 'ms');
    };
    const dayStart = startOfToday(ctx);
    t('decks', () => store.review.decks(dayStart));
    t('answeredSince', () => store.review.answeredSince(dayStart));
    t('dueCards x10', () => { for (let d = 0; d < DECKS; d++) store.review.dueCards(`bench-${d}`, NOW + DAY, NOW, 216); });
    t('newCards x10', () => { for (let d = 0; d < DECKS; d++) store.review.newCards(`bench-${d}`, NOW, 36); });
  }
  const figures = [
    measure('due queue: all decks (SQL candidates + buildQueue)', 50, () => dayQueue(store.review, ctx), 10),
    measure('due queue: one deck', 50, () => dayQueue(store.review, ctx, 'bench-3'), 10),
    measure('review:next (queue + card + button labels)', 50, () => review.next(services, { locale: 'es' })),
    measure('today:summary', 20, () => review.todaySummary(services, { locale: 'es' })),
  ];

  // Answers: each run answers a different due card from the state it was shown in.
  const targets = queue.items.slice(0, 402).map((item) => store.review.card(Number(item.cardId))!);
  let next = 0;
  const answerRuns = Math.min(200, Math.floor(targets.length / 2) - 1);
  figures.push(
    measure(
      'one answer: store transaction (state + log row)',
      answerRuns,
      () => {
        const row = targets[next++]!;
        const answered = answer(sm2Scheduler, row.state, 4, ctx, 3000);
        if (store.review.applyAnswer(row.id, row.state, answered) !== 'applied') throw new Error('bench answer refused');
      },
      1,
    ),
  );
  figures.push(
    measure(
      'one answer: review:answer handler (token, lookup, transaction)',
      answerRuns,
      () => {
        const row = targets[next++]!;
        review.answer(services, { cardId: row.id, token: stateToken(row.state), q: 4, durationMs: 3000 });
      },
      1,
    ),
  );
  // What the answers no longer pay: the idle timer copies their log back between key presses.
  const checkpointStart = process.hrtime.bigint();
  const checkpoint = store.checkpoint();
  const checkpointMs = Number(process.hrtime.bigint() - checkpointStart) / 1e6;
  const answeredToday = store.review.answeredCount(startOfToday(ctx));
  store.close();
  if (process.env.REPASO_BENCH_DEBUG) console.log('kept', dir);
  else fs.rmSync(dir, { recursive: true, force: true });
  printSection(
    `review (${cards.toLocaleString('en')} cards, ${rows.toLocaleString('en')} log rows, ${queue.items.length} in today's queue, ${answeredToday} answers today; setup ${(setupMs / 1000).toFixed(1)} s; ` +
      `idle WAL checkpoint of the answers' ${checkpoint.log} frames: ${checkpointMs.toFixed(1)} ms, off the answer path)`,
    figures,
  );
}
