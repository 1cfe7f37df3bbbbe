/*
 * The streak: consecutive review days on which every due card was done.
 *
 * Input the store can keep cheaply: after each answer it asks whether anything due is left
 * today (`isDayCleared` on `dayCounts(...).total`) and, if not, records the review-day number
 * (one row per day, e.g. a `cleared_days(day INTEGER PRIMARY KEY)` table). A day on which
 * nothing was due and the app was not opened is not recorded, so it ends the streak.
 */

/** True when nothing due is left today: no due reviews and no pending re-drills (new cards are optional). */
export function isDayCleared(total: { readonly due: number; readonly learning: number }): boolean {
  return total.due === 0 && total.learning === 0;
}

/**
 * Length of the streak of cleared review days ending today — or yesterday, since today is not
 * over: a day not yet cleared does not break the streak until it ends.
 * @param clearedDays review-day numbers (DayCalendar.dayOf), any order, duplicates allowed
 * @param today the current review-day number
 */
export function streak(clearedDays: Iterable<number>, today: number): number {
  const days = new Set(clearedDays);
  let day = days.has(today) ? today : today - 1;
  let length = 0;
  while (days.has(day)) {
    length += 1;
    day -= 1;
  }
  return length;
}
