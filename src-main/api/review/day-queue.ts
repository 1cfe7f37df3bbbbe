/**
 * Today's queue over the store: select only the candidate rows in SQL (due reviews and new
 * cards up to each deck's remaining limit plus a margin, and the cards answered today), then
 * let srs `buildQueue` order them. A margin can fall short when siblings are skipped; the deck
 * is then fetched again with twice the margin, so the result is exactly what `buildQueue`
 * would give over every card.
 */
import {
  buildQueue,
  capNewCards,
  newCardState,
  startOfToday,
  startOfTomorrow,
  type DeckDay,
  type QueueItem,
  type CardState,
  type QueueRow,
  type SchedulingContext,
} from '../../srs';
import type { DeckLimits, QueueCandidate, ReviewRepo } from '../../store/repos/review';

/** Extra candidates fetched beyond a deck's remaining limit, for siblings the queue skips. */
const SIBLING_MARGIN = 16;

export interface DayQueue {
  items: QueueItem[];
  /** The candidates by card id (what the queue needs of each; read the card shown in full). */
  rows: Map<number, QueueCandidate>;
  decks: DeckLimits[];
  /** Per deck: reviews, new cards and re-drills in the queue. */
  counts: Map<string, { due: number; new: number; learning: number }>;
  total: { due: number; new: number; learning: number };
}

/**
 * The part of a card's state `buildQueue` reads — phase, due, redrill, lastReview — over a new
 * card's defaults. The other fields are not loaded for candidates (see QueueCandidate);
 * tests/unit/api/queue-view.test.ts checks the queue is the same as over full states.
 */
export function queueState(c: Pick<QueueCandidate, 'phase' | 'due' | 'redrill' | 'lastReview'>): CardState {
  return { ...newCardState(), phase: c.phase, due: c.due, redrill: c.redrill, lastReview: c.lastReview };
}

function queueRow(row: QueueCandidate): QueueRow {
  return {
    cardId: row.id,
    deckId: row.deckId,
    // Siblings are the cards of one note; note ids are unique across decks.
    noteKey: String(row.noteId),
    position: row.position,
    state: queueState(row),
    suspended: row.suspended,
    buriedUntil: row.buriedUntil,
  };
}

/**
 * The queue for all decks, or for one when `deckId` is given. `newPerDayAll` caps the new cards
 * of the day across every deck (those already answered today in any deck count against it).
 */
export function dayQueue(review: ReviewRepo, ctx: SchedulingContext, deckId?: string, newPerDayAll = Infinity): DayQueue {
  const dayStart = startOfToday(ctx);
  const tomorrow = startOfTomorrow(ctx);
  const allDecks = review.decks(dayStart);
  const newLeftAll = Math.max(0, newPerDayAll - allDecks.reduce((n, d) => n + d.newDoneToday, 0));
  const decks = allDecks.filter((d) => deckId === undefined || d.id === deckId);
  const deckDays: DeckDay[] = decks.map((d) => ({
    deckId: d.id,
    newPerDay: d.newPerDay,
    reviewsPerDay: d.reviewsPerDay,
    newDoneToday: d.newDoneToday,
    reviewsDoneToday: d.reviewsDoneToday,
  }));
  const answered = review.answeredSince(dayStart).filter((r) => deckId === undefined || r.deckId === deckId);
  // No deck can show more new cards than the cap across decks leaves (capNewCards takes each
  // deck's first ones), so no more are fetched.
  const left = new Map(
    decks.map((d) => [d.id, { review: Math.max(0, d.reviewsPerDay - d.reviewsDoneToday), new: Math.min(newLeftAll, Math.max(0, d.newPerDay - d.newDoneToday)) }]),
  );
  const limit = new Map([...left].map(([id, l]) => [id, { review: l.review + SIBLING_MARGIN, new: l.new + SIBLING_MARGIN }]));

  for (;;) {
    const rows = new Map<number, QueueCandidate>();
    for (const r of answered) rows.set(r.id, r);
    const fetched = new Map<string, { review: number; new: number }>();
    for (const d of decks) {
      const l = limit.get(d.id)!;
      const due = left.get(d.id)!.review > 0 ? review.dueCards(d.id, tomorrow, ctx.now, l.review) : [];
      const fresh = left.get(d.id)!.new > 0 ? review.newCards(d.id, ctx.now, l.new) : [];
      for (const r of due) rows.set(r.id, r);
      for (const r of fresh) rows.set(r.id, r);
      fetched.set(d.id, { review: due.length, new: fresh.length });
    }
    const uncapped = buildQueue([...rows.values()].map(queueRow), deckDays, ctx);

    // Whether to fetch more candidates is judged before the cap across decks: the cap only drops.
    const { counts } = tally(uncapped, decks);

    let again = false;
    for (const d of decks) {
      const c = counts.get(d.id)!;
      const l = limit.get(d.id)!;
      const f = fetched.get(d.id)!;
      const want = left.get(d.id)!;
      if (c.due < want.review && f.review === l.review) {
        l.review *= 2;
        again = true;
      }
      if (c.new < want.new && f.new === l.new) {
        l.new *= 2;
        again = true;
      }
    }
    if (!again) return capped(uncapped, rows, decks, newLeftAll);
  }
}

/** The day's queue once the cap on new cards across decks is applied, and its counts. */
function capped(uncapped: QueueItem[], rows: Map<number, QueueCandidate>, decks: DeckLimits[], newLeftAll: number): DayQueue {
  const items = capNewCards(uncapped, decks.map((d) => d.id), newLeftAll);
  return { items, rows, decks, ...tally(items, decks) };
}

function tally(items: readonly QueueItem[], decks: readonly DeckLimits[]): Pick<DayQueue, 'counts' | 'total'> {
  const counts = new Map(decks.map((d) => [d.id, { due: 0, new: 0, learning: 0 }]));
  const total = { due: 0, new: 0, learning: 0 };
  for (const item of items) {
    const field = item.kind === 'redrill' ? 'learning' : item.kind === 'review' ? 'due' : 'new';
    const c = counts.get(String(item.deckId));
    if (c) c[field] += 1;
    total[field] += 1;
  }
  return { counts, total };
}
