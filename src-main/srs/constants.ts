/**
 * Named constants of Repaso's scheduling. Units are in the names or the doc comments.
 * EF values are integer thousandths (2500 = 2.5) so SM-2's arithmetic is exact.
 */

/** SM-2's starting easiness factor, thousandths (2.5). */
export const INITIAL_EF = 2500;
/** SM-2's floor for the easiness factor, thousandths (1.3). There is no ceiling. */
export const MIN_EF = 1300;
/** Interval after the first successful repetition (n = 1), days. */
export const FIRST_INTERVAL_DAYS = 1;
/** Interval after the second successful repetition (n = 2), days. */
export const SECOND_INTERVAL_DAYS = 6;
/** Interval after a failed repetition (q < 3), days. */
export const FAILED_INTERVAL_DAYS = 1;
/** Lowest quality that counts as a successful recall (SM-2: q >= 3). */
export const PASSING_QUALITY = 3;
/** Lowest quality that ends the same-session re-drill (SM-2: repeat until q >= 4). */
export const REDRILL_DONE_QUALITY = 4;
/**
 * How long a re-drilled card waits before it is offered again in the session, ms.
 * SM-2 only says "in the same session"; 10 minutes is Anki's default learning step, and
 * the queue shows waiting re-drills early when nothing else is left.
 */
export const REDRILL_DELAY_MS = 10 * 60 * 1000;

/** Default hour (local time, 0–23) at which a review day starts. */
export const DEFAULT_DAY_START_HOUR = 4;
/** Default daily limit of new cards per deck. */
export const DEFAULT_NEW_PER_DAY = 20;
/** Default daily limit of reviews per deck. */
export const DEFAULT_REVIEWS_PER_DAY = 200;

export const MINUTE_MS = 60 * 1000;
export const HOUR_MS = 60 * MINUTE_MS;
/** A calendar day of 24 hours, ms. Real local days may be 23 or 25 hours long (DST). */
export const DAY_MS = 24 * HOUR_MS;
