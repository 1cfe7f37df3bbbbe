import type { DayCalendar } from '../srs/calendar';
import { dayEdges, dayIndex } from './boundaries';
import { isoDate } from './days';
import type { ForecastDay } from './types';

/** Review cards due at one instant (the store groups them by `due`). */
export interface DueRow {
  /** ms since epoch; SM-2 due dates are the start of a review day. */
  due: number;
  cards: number;
}

/**
 * Cards due on each of the `days` review days from `today`: a card overdue from an earlier day
 * is due today (that is when it will be shown), so it is counted on the first day. Cards due
 * after the window are left out.
 */
export function dueForecast(rows: readonly DueRow[], calendar: DayCalendar, today: number, days: number): ForecastDay[] {
  const result: ForecastDay[] = [];
  for (let i = 0; i < days; i++) result.push({ date: isoDate(today + i), due: 0 });
  const edges = dayEdges(calendar, today, days);
  for (const row of rows) {
    // Before today's start: overdue, shown today.
    const index = row.due < edges[0]! ? 0 : dayIndex(edges, row.due);
    if (index < 0) continue;
    result[index]!.due += row.cards;
  }
  return result;
}
