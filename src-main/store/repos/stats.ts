/**
 * The Stats screen's reads: sums, never rows one by one. Answers come from `review_tally` (the
 * review log summed per deck and 15-minute slot by triggers, migration 002) and `review_totals`
 * (the same summed per deck over all time), cards from the
 * `cards_stats` covering index. Folding them into review days, classes and rates is
 * src-main/stats' job.
 */
import type { CardGroupRow, DeckTallyRow, DueRow, SlotRow } from '../../stats';
import type { Db } from '../database';
import { STATS_SLOT_MS } from '../migrations/002-stats-indexes';

export { STATS_SLOT_MS };

export function createStatsRepo(db: Db) {
  const decksStmt = db.prepare('SELECT id, title FROM decks ORDER BY position, title');
  const slotsStmt = db
    .prepare('SELECT slot, sum(answers), sum(duration_ms) FROM review_tally INDEXED BY review_tally_slot WHERE slot >= @since GROUP BY slot')
    .raw(true);
  const deckSlotsStmt = db
    .prepare('SELECT slot, answers, duration_ms FROM review_tally WHERE deck_id = @deckId AND slot >= @since')
    .raw(true);
  const totalsStmt = db.prepare('SELECT deck_id, answers, duration_ms, reviews, passed FROM review_totals').raw(true);
  const recentStmt = db
    .prepare(
      `SELECT deck_id, sum(reviews), sum(passed) FROM review_tally INDEXED BY review_tally_slot
      WHERE slot >= @recent GROUP BY deck_id`,
    )
    .raw(true);
  // Plain columns in index order: one pass over cards_stats, no sorter; the classes are made in JS.
  const cardGroupsStmt = db
    .prepare(
      `SELECT deck_id, phase, suspended, reps, interval_days, count(*), sum(ef) FROM cards INDEXED BY cards_stats
      WHERE retired = 0 GROUP BY deck_id, phase, suspended, reps, interval_days`,
    )
    .raw(true);
  // One deck at a time: a range of the queue's covering index (deck_id, due, …), in due order.
  const dueStmt = db
    .prepare(
      `SELECT due, count(*) FROM cards INDEXED BY cards_deck_due
      WHERE phase = 'review' AND deck_id = @deckId AND due < @before AND retired = 0 AND suspended = 0 GROUP BY due`,
    )
    .raw(true);

  return {
    /** Every deck in display order. */
    decks(): { id: string; title: string }[] {
      return decksStmt.all() as { id: string; title: string }[];
    },
    /** Answer sums per slot from `since` (a slot number) on, all decks or one. */
    slots(since: number, deckId: string | null): SlotRow[] {
      const rows = (deckId === null ? slotsStmt.all({ since }) : deckSlotsStmt.all({ since, deckId })) as [number, number, number][];
      return rows.map(([slot, answers, durationMs]) => ({ slot, answers, durationMs }));
    },
    /** Per-deck answer sums, all time and from slot `recent` on; decks never answered are missing. */
    tallies(recent: number): DeckTallyRow[] {
      const recentByDeck = new Map((recentStmt.all({ recent }) as [string, number, number][]).map((r) => [r[0], r]));
      return (totalsStmt.all() as [string, number, number, number, number][]).map((r) => ({
        deckId: r[0],
        answers: r[1],
        durationMs: r[2],
        reviews: r[3],
        passed: r[4],
        recentReviews: recentByDeck.get(r[0])?.[1] ?? 0,
        recentPassed: recentByDeck.get(r[0])?.[2] ?? 0,
      }));
    },
    /** Live cards grouped by deck and the columns that decide their class. */
    cardGroups(): CardGroupRow[] {
      return (cardGroupsStmt.all() as [string, 'new' | 'review', number, number, number, number, number][]).map((r) => ({
        deckId: r[0],
        phase: r[1],
        suspended: r[2] === 1,
        reps: r[3],
        intervalDays: r[4],
        cards: r[5],
        efSum: r[6],
      }));
    },
    /** Live, unsuspended review cards of these decks due before `before` (ms), counted per due instant. */
    dueBefore(before: number, deckIds: readonly string[]): DueRow[] {
      const rows: DueRow[] = [];
      for (const deckId of deckIds) {
        for (const [due, cards] of dueStmt.all({ before, deckId }) as [number, number][]) rows.push({ due, cards });
      }
      return rows;
    },
  };
}

export type StatsRepo = ReturnType<typeof createStatsRepo>;
