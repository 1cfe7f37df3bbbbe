import { reviewCalendar, type DayCalendar } from './calendar';

/**
 * Everything a scheduling decision depends on besides the card, in one value: the scheduler
 * never reads the clock or settings itself (Anki's `StateContext`, ts-fsrs's explicit `now`).
 */
export interface SchedulingContext {
  /** The current instant, ms since epoch. */
  readonly now: number;
  /** Review-day boundaries (configured zone and day-start hour). */
  readonly calendar: DayCalendar;
}

/** The review day `now` falls in. */
export function today(ctx: SchedulingContext): number {
  return ctx.calendar.dayOf(ctx.now);
}

/** When the current review day started, ms since epoch. */
export function startOfToday(ctx: SchedulingContext): number {
  return ctx.calendar.startOf(today(ctx));
}

/** When the next review day starts, ms since epoch (buried cards come back then). */
export function startOfTomorrow(ctx: SchedulingContext): number {
  return ctx.calendar.startOf(today(ctx) + 1);
}

/**
 * The due instant of an interval of `days` days answered now: the start of the review day
 * `days` days after today, so the card shows from the day-start hour, not at the answer's hour.
 */
export function dueAfterDays(days: number, ctx: SchedulingContext): number {
  return ctx.calendar.startOf(today(ctx) + days);
}

/**
 * A context for tests: 2026-03-10 12:00 in Europe/Madrid, day starting at 04:00,
 * with any field overridden.
 */
export function defaultsForTesting(overrides: Partial<SchedulingContext> = {}): SchedulingContext {
  return {
    now: Date.UTC(2026, 2, 10, 11, 0, 0),
    calendar: reviewCalendar({ timeZone: 'Europe/Madrid', dayStartHour: 4 }),
    ...overrides,
  };
}
