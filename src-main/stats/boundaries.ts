import type { DayCalendar } from '../srs/calendar';

/**
 * The start instants of `count + 1` consecutive review days from `first`: the edges of `count`
 * days. Asking the calendar once per day, rather than once per row, keeps a year of rows cheap
 * (each calendar lookup goes through Intl).
 */
export function dayEdges(calendar: DayCalendar, first: number, count: number): number[] {
  return Array.from({ length: count + 1 }, (_, i) => calendar.startOf(first + i));
}

/** The day index (0..edges.length - 2) holding `instant`, or -1 outside the edges. */
export function dayIndex(edges: readonly number[], instant: number): number {
  if (instant < edges[0]! || instant >= edges[edges.length - 1]!) return -1;
  let lo = 0;
  let hi = edges.length - 1;
  // Invariant: edges[lo] <= instant < edges[hi].
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (edges[mid]! <= instant) lo = mid;
    else hi = mid;
  }
  return lo;
}
