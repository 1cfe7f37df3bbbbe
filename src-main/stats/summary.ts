import type { DayCalendar } from '../srs/calendar';
import { addDeckCards, averageEase, cardsByDeck, emptyDeckCards, type CardGroupRow, type DeckCards } from './cards';
import { isoDate } from './days';
import { dueForecast, type DueRow } from './forecast';
import { activityByDay, type SlotRow } from './heatmap';
import { retention } from './retention';
import type { DeckStats, StatsFigures, StatsSummary } from './types';

/** Days in the forecast. */
export const FORECAST_DAYS = 30;
/** The recent retention's window, review days (today included). */
export const RECENT_RETENTION_DAYS = 30;

/** One deck's answer sums: all time, and since the recent retention period began. */
export interface DeckTallyRow {
  deckId: string;
  answers: number;
  durationMs: number;
  reviews: number;
  passed: number;
  recentReviews: number;
  recentPassed: number;
}

export interface StatsRows {
  /** Every deck, in display order. */
  decks: readonly { id: string; title: string }[];
  /** Per-deck answer sums (decks never answered may be missing). */
  tallies: readonly DeckTallyRow[];
  /** Per-deck card groups (see CardGroupRow). */
  cardGroups: readonly CardGroupRow[];
  /** Slot sums for the heatmap, already limited to the filtered deck. */
  slots: readonly SlotRow[];
  /** Due instants of review cards before the forecast's end, already limited to the filtered deck. */
  due: readonly DueRow[];
}

export interface StatsParams {
  calendar: DayCalendar;
  /** ms since epoch. */
  now: number;
  /** Heatmap length, review days. */
  days: number;
  /** The store's slot length, ms. */
  slotMs: number;
  deckId: string | null;
}

/** The first slot of the recent-retention window: the store sums reviews from there on. */
export function recentSinceSlot(calendar: DayCalendar, now: number, slotMs: number): number {
  return heatmapSinceSlot(calendar, now, RECENT_RETENTION_DAYS, slotMs);
}

/** The instant the forecast window ends (exclusive): the store reads due cards before it. */
export function forecastEnd(calendar: DayCalendar, now: number): number {
  return calendar.startOf(calendar.dayOf(now) + FORECAST_DAYS);
}

/** The first slot the heatmap covers. */
export function heatmapSinceSlot(calendar: DayCalendar, now: number, days: number, slotMs: number): number {
  return Math.floor(calendar.startOf(calendar.dayOf(now) - days + 1) / slotMs);
}

const NO_TALLY: Omit<DeckTallyRow, 'deckId'> = { answers: 0, durationMs: 0, reviews: 0, passed: 0, recentReviews: 0, recentPassed: 0 };

function figures(cards: DeckCards, tally: Omit<DeckTallyRow, 'deckId'>): StatsFigures {
  return {
    cards: cards.counts,
    averageEase: averageEase(cards),
    retention: {
      last30Days: retention(tally.recentReviews, tally.recentPassed),
      allTime: retention(tally.reviews, tally.passed),
    },
    answers: tally.answers,
    durationMs: tally.durationMs,
  };
}

function addTally(a: Omit<DeckTallyRow, 'deckId'>, b: Omit<DeckTallyRow, 'deckId'>): Omit<DeckTallyRow, 'deckId'> {
  return {
    answers: a.answers + b.answers,
    durationMs: a.durationMs + b.durationMs,
    reviews: a.reviews + b.reviews,
    passed: a.passed + b.passed,
    recentReviews: a.recentReviews + b.recentReviews,
    recentPassed: a.recentPassed + b.recentPassed,
  };
}

/** Everything the Stats screen shows, from the store's rows. */
export function statsSummary(rows: StatsRows, params: StatsParams): StatsSummary {
  const { calendar, now, days, slotMs, deckId } = params;
  const today = calendar.dayOf(now);
  const cards = cardsByDeck(rows.cardGroups);
  const tallies = new Map(rows.tallies.map((t) => [t.deckId, t]));

  let totalCards = emptyDeckCards();
  let totalTally = NO_TALLY;
  const decks: DeckStats[] = rows.decks.map((deck) => {
    const deckCards = cards.get(deck.id) ?? emptyDeckCards();
    const tally = tallies.get(deck.id) ?? NO_TALLY;
    if (deckId === null || deckId === deck.id) {
      totalCards = addDeckCards(totalCards, deckCards);
      totalTally = addTally(totalTally, tally);
    }
    return { id: deck.id, title: deck.title, ...figures(deckCards, tally) };
  });

  const heatmap = activityByDay(rows.slots, calendar, today, days, slotMs);
  return {
    today: isoDate(today),
    deckId,
    heatmap,
    forecast: dueForecast(rows.due, calendar, today, FORECAST_DAYS),
    totals: figures(totalCards, totalTally),
    activeDays: heatmap.filter((d) => d.answers > 0).length,
    decks,
  };
}
