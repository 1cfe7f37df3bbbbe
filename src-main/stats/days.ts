import { DAY_MS } from '../srs/constants';

/**
 * Review-day numbers (src-main/srs/calendar.ts) are civil day numbers: day N starts on the local
 * date N days after 1970-01-01. These turn them into dates without a clock or a time zone.
 */

/** The date of a review day, YYYY-MM-DD. */
export function isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The day of the week of a review day's date: 0 Sunday … 6 Saturday. */
export function weekday(day: number): number {
  // 1970-01-01 was a Thursday.
  return (((day + 4) % 7) + 7) % 7;
}
