import { DEFAULT_NEW_PER_DAY, DEFAULT_REVIEWS_PER_DAY, REDRILL_DELAY_MS } from './constants';
import { startOfToday, startOfTomorrow, type SchedulingContext } from './context';
import { isRedrillActive } from './scheduler';
import type { CardState } from './state';

/*
 * The daily queue, pure over plain rows. The store feeds it only candidates (see QueueRow), so
 * it runs in O(k log k) over a few hundred rows, not over the whole collection.
 *
 * Order:
 *  1. re-drills whose wait (REDRILL_DELAY_MS after their last answer) is over, oldest first;
 *  2. due reviews, most overdue first, up to each deck's review limit;
 *  3. new cards, deck by deck (in the order `decks` lists them), by position, up to each
 *     deck's new limit;
 *  4. re-drills still waiting, soonest first: shown early rather than leaving the learner with
 *     nothing to do (SM-2 only asks for them "in the same session").
 * Siblings (cards sharing a note key) are buried for the day like Anki's "bury siblings": a
 * review or new card is skipped when a sibling was answered today or is already queued;
 * skipped cards do not use up a limit. Suspended cards never show; buried ones return at
 * `buriedUntil` (the start of the next review day, see `buryUntil`).
 */

export type CardId = string | number;
export type DeckId = string | number;

export interface QueueRow {
  readonly cardId: CardId;
  readonly deckId: DeckId;
  /** Cards of the same note (a reversed twin, the clozes of one text) share a note key. */
  readonly noteKey: string;
  /** Order of new cards within the deck (lower first). */
  readonly position: number;
  readonly state: CardState;
  readonly suspended: boolean;
  /** Hidden until this instant, ms since epoch; null when not buried. */
  readonly buriedUntil: number | null;
}

/** A deck's limits and what was already answered today (from the review log). */
export interface DeckDay {
  readonly deckId: DeckId;
  /** New cards per day (default 20). */
  readonly newPerDay?: number;
  /** Reviews per day (default 200). */
  readonly reviewsPerDay?: number;
  /** New cards answered for the first time today. */
  readonly newDoneToday: number;
  /** Review answers (not re-drills) given today. */
  readonly reviewsDoneToday: number;
}

export type QueueKind = 'redrill' | 'review' | 'new';

export interface QueueItem {
  readonly cardId: CardId;
  readonly deckId: DeckId;
  readonly kind: QueueKind;
  /** For re-drills: when the wait is over, ms since epoch (may be after `now`). */
  readonly readyAt?: number;
}

/** When a card buried now comes back: the start of the next review day, ms since epoch. */
export function buryUntil(ctx: SchedulingContext): number {
  return startOfTomorrow(ctx);
}

function byIdThen(a: CardId, b: CardId): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const sa = String(a);
  const sb = String(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

interface Remaining {
  newLeft: number;
  reviewsLeft: number;
}

function remainingByDeck(decks: readonly DeckDay[]): Map<DeckId, Remaining> {
  const m = new Map<DeckId, Remaining>();
  for (const d of decks) {
    m.set(d.deckId, {
      newLeft: Math.max(0, (d.newPerDay ?? DEFAULT_NEW_PER_DAY) - d.newDoneToday),
      reviewsLeft: Math.max(0, (d.reviewsPerDay ?? DEFAULT_REVIEWS_PER_DAY) - d.reviewsDoneToday),
    });
  }
  return m;
}

/**
 * Today's queue, in the order cards should be shown.
 * `rows` must hold every candidate — cards due before the next review day starts, new cards
 * (at least each deck's remaining new limit plus a margin for buried siblings), cards with a
 * pending re-drill — and every card answered today (for sibling burying). Rows of decks not in
 * `decks` get the default limits with nothing done today.
 */
export function buildQueue(
  rows: readonly QueueRow[],
  decks: readonly DeckDay[],
  ctx: SchedulingContext,
): QueueItem[] {
  const dayStart = startOfToday(ctx);
  const tomorrow = startOfTomorrow(ctx);
  const remaining = remainingByDeck(decks);
  const deckRank = new Map<DeckId, number>(decks.map((d, i) => [d.deckId, i]));
  const remainingOf = (deckId: DeckId): Remaining => {
    let r = remaining.get(deckId);
    if (!r) {
      r = { newLeft: DEFAULT_NEW_PER_DAY, reviewsLeft: DEFAULT_REVIEWS_PER_DAY };
      remaining.set(deckId, r);
    }
    return r;
  };

  // Notes that already had a card today: answered today, or queued below.
  const takenNotes = new Map<string, CardId>();
  const redrills: { row: QueueRow; readyAt: number }[] = [];
  const reviews: QueueRow[] = [];
  const fresh: QueueRow[] = [];

  for (const row of rows) {
    const s = row.state;
    if (s.lastReview !== null && s.lastReview >= dayStart && !takenNotes.has(row.noteKey)) {
      takenNotes.set(row.noteKey, row.cardId);
    }
    if (row.suspended || (row.buriedUntil !== null && row.buriedUntil > ctx.now)) continue;
    if (isRedrillActive(s, ctx)) {
      redrills.push({ row, readyAt: s.lastReview! + REDRILL_DELAY_MS });
    } else if (s.phase === 'new') {
      fresh.push(row);
    } else if (s.due !== null && s.due < tomorrow) {
      reviews.push(row);
    }
  }

  const queue: QueueItem[] = [];
  const siblingTaken = (row: QueueRow): boolean => {
    const holder = takenNotes.get(row.noteKey);
    return holder !== undefined && holder !== row.cardId;
  };
  const take = (row: QueueRow, kind: QueueKind): void => {
    if (!takenNotes.has(row.noteKey)) takenNotes.set(row.noteKey, row.cardId);
    queue.push({ cardId: row.cardId, deckId: row.deckId, kind });
  };

  redrills.sort((a, b) => a.readyAt - b.readyAt || byIdThen(a.row.cardId, b.row.cardId));
  const ready = redrills.filter((r) => r.readyAt <= ctx.now);
  const waiting = redrills.filter((r) => r.readyAt > ctx.now);
  for (const r of ready) queue.push({ cardId: r.row.cardId, deckId: r.row.deckId, kind: 'redrill', readyAt: r.readyAt });

  reviews.sort((a, b) => a.state.due! - b.state.due! || byIdThen(a.cardId, b.cardId));
  for (const row of reviews) {
    const left = remainingOf(row.deckId);
    if (left.reviewsLeft === 0 || siblingTaken(row)) continue;
    left.reviewsLeft -= 1;
    take(row, 'review');
  }

  const rank = (deckId: DeckId): number => deckRank.get(deckId) ?? decks.length;
  fresh.sort(
    (a, b) =>
      rank(a.deckId) - rank(b.deckId) ||
      byIdThen(a.deckId, b.deckId) ||
      a.position - b.position ||
      byIdThen(a.cardId, b.cardId),
  );
  for (const row of fresh) {
    const left = remainingOf(row.deckId);
    if (left.newLeft === 0 || siblingTaken(row)) continue;
    left.newLeft -= 1;
    take(row, 'new');
  }

  for (const r of waiting) queue.push({ cardId: r.row.cardId, deckId: r.row.deckId, kind: 'redrill', readyAt: r.readyAt });
  return queue;
}

/**
 * The day's cap on new cards across all decks (Settings), applied over `buildQueue`'s result:
 * `left` new cards are kept, taken one deck at a time in turn (the order `decks` lists them),
 * so a cap smaller than the decks' own limits spreads over every deck instead of going to the
 * first ones. The queue keeps its order; the new cards not kept wait for another day.
 */
export function capNewCards(items: readonly QueueItem[], deckOrder: readonly DeckId[], left: number): QueueItem[] {
  const byDeck = new Map<DeckId, QueueItem[]>();
  for (const item of items) {
    if (item.kind !== 'new') continue;
    const list = byDeck.get(item.deckId) ?? [];
    list.push(item);
    byDeck.set(item.deckId, list);
  }
  const total = [...byDeck.values()].reduce((n, l) => n + l.length, 0);
  if (total <= left) return [...items];
  const order = [...deckOrder.filter((d) => byDeck.has(d)), ...[...byDeck.keys()].filter((d) => !deckOrder.includes(d))];
  const kept = new Set<QueueItem>();
  for (let round = 0; kept.size < Math.max(0, left); round++) {
    for (const deckId of order) {
      const item = byDeck.get(deckId)![round];
      if (item && kept.size < left) kept.add(item);
    }
  }
  return items.filter((item) => item.kind !== 'new' || kept.has(item));
}

export interface DeckCounts {
  readonly deckId: DeckId;
  /** Reviews due today that the limits let through. */
  readonly due: number;
  /** New cards still available today under the limit. */
  readonly new: number;
  /** Cards with a pending same-session re-drill (Anki's "learning"). */
  readonly learning: number;
}

export interface DayCounts {
  /** One entry per deck in `decks`, then any other deck that has cards in the queue. */
  readonly decks: readonly DeckCounts[];
  readonly total: { readonly due: number; readonly new: number; readonly learning: number };
}

/** The Today screen's counts: exactly what `buildQueue` would show, tallied per deck. */
export function dayCounts(rows: readonly QueueRow[], decks: readonly DeckDay[], ctx: SchedulingContext): DayCounts {
  const counts = new Map<DeckId, { due: number; new: number; learning: number }>();
  for (const d of decks) counts.set(d.deckId, { due: 0, new: 0, learning: 0 });
  const total = { due: 0, new: 0, learning: 0 };
  for (const item of buildQueue(rows, decks, ctx)) {
    let c = counts.get(item.deckId);
    if (!c) {
      c = { due: 0, new: 0, learning: 0 };
      counts.set(item.deckId, c);
    }
    const field = item.kind === 'redrill' ? 'learning' : item.kind === 'review' ? 'due' : 'new';
    c[field] += 1;
    total[field] += 1;
  }
  return { decks: [...counts].map(([deckId, c]) => ({ deckId, ...c })), total };
}
