/**
 * A card's scheduling state as a deck file writes it (`schedule:` entries) and back. EF is written
 * as the decimal an SM-2 reader knows (2.5) and stored as integer thousandths (2500): three
 * decimals round-trip exactly. Instants are RFC 3339 strings with milliseconds, so they do too.
 * The same-session re-drill flag is not exported: it only binds on the day it was set.
 */
import { newCardState, type CardState } from '../srs';
import type { ScheduleEntry } from '../decks/schema';

export interface CardSchedule {
  ord: number;
  state: CardState;
  suspended: boolean;
}

/** The entry for one card, or null when there is nothing to say (a new, unsuspended card). */
export function scheduleEntry(card: CardSchedule): ScheduleEntry | null {
  const { state, suspended } = card;
  if (state.phase === 'new' && !suspended) return null;
  const entry: ScheduleEntry = { card: card.ord };
  if (state.phase === 'review' && state.due !== null && state.lastReview !== null) {
    entry.due = new Date(state.due).toISOString();
    entry.lastReview = new Date(state.lastReview).toISOString();
    entry.interval = state.intervalDays;
    entry.ef = state.ef / 1000;
    entry.reps = state.reps;
    entry.lapses = state.lapses;
    if (state.stability !== null && state.difficulty !== null) {
      entry.stability = state.stability;
      entry.difficulty = state.difficulty;
    }
  } else if (state.lapses > 0) {
    entry.lapses = state.lapses;
  }
  if (suspended) entry.suspended = true;
  return entry;
}

/** The state an entry describes (already validated by scheduleEntrySchema). */
export function stateOfEntry(entry: ScheduleEntry): CardSchedule {
  const fresh = newCardState();
  const suspended = entry.suspended ?? false;
  if (entry.due === undefined) {
    return { ord: entry.card, state: { ...fresh, lapses: entry.lapses ?? 0 }, suspended };
  }
  return {
    ord: entry.card,
    suspended,
    state: {
      phase: 'review',
      reps: entry.reps ?? 0,
      ef: entry.ef === undefined ? fresh.ef : Math.round(entry.ef * 1000),
      intervalDays: entry.interval ?? 1,
      due: Date.parse(entry.due),
      lapses: entry.lapses ?? 0,
      redrill: false,
      lastReview: entry.lastReview === undefined ? null : Date.parse(entry.lastReview),
      stability: entry.stability ?? null,
      difficulty: entry.difficulty ?? null,
    },
  };
}
