import type { DayCalendar } from '../srs/calendar';
import { dayEdges, dayIndex } from './boundaries';
import { isoDate } from './days';
import type { DayActivity } from './types';

/** Answers summed over one slot of time (the store's review_tally, all or one deck). */
export interface SlotRow {
  /** Slot number: the slot starts at slot × slotMs, ms since epoch. */
  slot: number;
  answers: number;
  durationMs: number;
}

/**
 * Folds slot sums into review days: the `days` review days ending with `today`, oldest first,
 * every day present (zero when nothing was answered). Slots outside the window are left out.
 * Each slot is given to the review day its start falls in; slots never straddle a day boundary
 * (see the store's migration 002), so the sums are exact at the day-start hour and across DST.
 */
export function activityByDay(
  slots: readonly SlotRow[],
  calendar: DayCalendar,
  today: number,
  days: number,
  slotMs: number,
): DayActivity[] {
  const first = today - days + 1;
  const result: DayActivity[] = [];
  for (let day = first; day <= today; day++) result.push({ date: isoDate(day), answers: 0, durationMs: 0 });
  const edges = dayEdges(calendar, first, days);
  for (const row of slots) {
    const index = dayIndex(edges, row.slot * slotMs);
    if (index < 0) continue;
    const cell = result[index]!;
    cell.answers += row.answers;
    cell.durationMs += row.durationMs;
  }
  return result;
}
