/**
 * The scheduling context of a request: now, the machine's time zone (a backend option, so tests
 * can fix it) and the day-start hour from the settings. Calendars cache day boundaries, so one
 * is kept per (zone, hour).
 */
import { reviewCalendar, type DayCalendar, type SchedulingContext } from '../../srs';

const calendars = new Map<string, DayCalendar>();

export function calendarFor(timeZone: string, dayStartHour: number): DayCalendar {
  const key = `${timeZone}|${dayStartHour}`;
  let calendar = calendars.get(key);
  if (!calendar) {
    calendar = reviewCalendar({ timeZone, dayStartHour });
    calendars.set(key, calendar);
  }
  return calendar;
}

export function schedulingContext(now: number, timeZone: string, dayStartHour: number): SchedulingContext {
  return { now, calendar: calendarFor(timeZone, dayStartHour) };
}

/** The zone this machine's clock shows, e.g. "Europe/Madrid". */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
