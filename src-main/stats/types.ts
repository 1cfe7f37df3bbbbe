/** What the Stats screen shows: plain data computed by this library from rows the store reads. */

/** One review day's activity: a heatmap cell. */
export interface DayActivity {
  /** The local date the review day starts on, YYYY-MM-DD. */
  date: string;
  /** Every answer given that review day (new cards, reviews and same-day re-drills). */
  answers: number;
  /** Time spent answering, ms (each answer's time is capped at an hour by the API). */
  durationMs: number;
}

/** Cards due on one review day of the forecast. */
export interface ForecastDay {
  date: string;
  /** Review cards due that day; on the first day (today) also every overdue card. */
  due: number;
}

/**
 * Retention as Anki's "true retention": of the answers to scheduled reviews — cards seen on an
 * earlier day and due again, i.e. review-log rows of kind `review`; not first sightings
 * (`new`) and not same-day re-drills (`redrill`), which measure learning rather than memory —
 * the share graded q >= 3 (SM-2's passing grade: Hard, Good or Easy).
 */
export interface Retention {
  /** Answers to scheduled reviews in the period. */
  reviews: number;
  /** Of those, graded q >= 3. */
  passed: number;
  /** passed / reviews, 0..1; null when there was no review to measure. */
  rate: number | null;
}

/**
 * Live (not retired) cards by state. Every card is in exactly one of new, learning, young,
 * mature or suspended, so they add up to `total`:
 * - new: never answered;
 * - learning: answered, but the last answer failed (q < 3, SM-2's n back at 0) or it never
 *   passed yet — its interval starts over at one day;
 * - young: passed, interval under 21 days; mature: interval of 21 days or more (Anki's line);
 * - suspended: suspended, whatever its state.
 */
export interface CardCounts {
  total: number;
  new: number;
  learning: number;
  young: number;
  mature: number;
  suspended: number;
}

export interface StatsFigures {
  cards: CardCounts;
  /** Mean easiness factor of the answered, unsuspended cards (2.5 = SM-2's start); null if none. */
  averageEase: number | null;
  retention: { last30Days: Retention; allTime: Retention };
  /** Every answer ever given, and the time spent on them, ms. */
  answers: number;
  durationMs: number;
}

export interface DeckStats extends StatsFigures {
  id: string;
  title: string;
}

export interface StatsSummary {
  /** The current review day's date, YYYY-MM-DD. */
  today: string;
  /** The deck the figures are filtered to; null for all decks. */
  deckId: string | null;
  /** One entry per review day, oldest first, ending today. */
  heatmap: DayActivity[];
  /** The next 30 review days, today first; overdue cards are counted on today. */
  forecast: ForecastDay[];
  /** The figures for the whole collection, or for the filtered deck. */
  totals: StatsFigures;
  /** Review days with at least one answer among the heatmap's days. */
  activeDays: number;
  /** Every deck, in the decks' order, whatever the filter. */
  decks: DeckStats[];
}
