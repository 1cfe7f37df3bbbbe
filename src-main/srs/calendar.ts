import { DAY_MS, DEFAULT_DAY_START_HOUR, HOUR_MS } from './constants';

/**
 * Review days. A review day starts at a configured local hour (default 04:00), so an answer
 * at 01:00 still belongs to "yesterday". Days are numbered by the local calendar date on which
 * they start, counted in days since 1970-01-01 (a "civil day number"), so day N+1 is always the
 * next local date whatever the DST change in between.
 *
 * Local time comes from Intl.DateTimeFormat with an explicit IANA zone: no Node API and no
 * dependence on the host's zone, so tests can run any zone anywhere.
 */
export interface DayCalendar {
  /** The review day containing `instant` (ms since epoch). */
  dayOf(instant: number): number;
  /** When review day `day` starts, ms since epoch. */
  startOf(day: number): number;
}

export interface CalendarSettings {
  /** IANA time zone, e.g. "Europe/Madrid"; the app passes the system's resolved zone. */
  readonly timeZone: string;
  /** Local hour 0..23 at which a review day starts. */
  readonly dayStartHour?: number;
}

export class CalendarError extends Error {
  override readonly name = 'CalendarError';
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        era: 'short',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      throw new CalendarError(`unknown time zone "${timeZone}"`);
    }
    formatters.set(timeZone, f);
  }
  return f;
}

/**
 * The zone's offset from UTC at `instant`, ms (Madrid in summer: +7,200,000).
 * Read from the local wall time Intl prints for the instant, to the second.
 */
export function zoneOffsetMs(instant: number, timeZone: string): number {
  if (timeZone === 'UTC') return 0;
  const whole = instant - (((instant % 1000) + 1000) % 1000);
  const parts = formatterFor(timeZone).formatToParts(whole);
  let year = 0;
  let month = 0;
  let day = 0;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let bc = false;
  for (const p of parts) {
    switch (p.type) {
      case 'year': year = Number(p.value); break;
      case 'month': month = Number(p.value); break;
      case 'day': day = Number(p.value); break;
      case 'hour': hour = Number(p.value); break;
      case 'minute': minute = Number(p.value); break;
      case 'second': second = Number(p.value); break;
      case 'era': bc = p.value === 'BC' || p.value === 'B'; break;
      default: break;
    }
  }
  const wall = Date.UTC(bc ? 1 - year : year, month - 1, day, hour, minute, second);
  return wall - whole;
}

/**
 * The instant at which the local wall time `wallMs` (a local date-time written as if it were
 * UTC) occurs. Ambiguous times (autumn: the hour happens twice) take the earlier instant;
 * times skipped by a spring-forward gap move forward by the gap, as Temporal's "compatible"
 * disambiguation does (02:30 in a 02:00→03:00 gap becomes 03:30).
 */
export function instantOfWallTime(wallMs: number, timeZone: string): number {
  // Zone transitions are far more than a day apart, so the offsets a day either side are the
  // only two candidates.
  const before = zoneOffsetMs(wallMs - DAY_MS, timeZone);
  const after = zoneOffsetMs(wallMs + DAY_MS, timeZone);
  const early = wallMs - before;
  if (zoneOffsetMs(early, timeZone) === before) return early;
  const late = wallMs - after;
  if (zoneOffsetMs(late, timeZone) === after) return late;
  // A gap: the wall time never happens; `early` is it shifted forward by the gap's length.
  return early;
}

/** A DayCalendar for an IANA zone and a day-start hour. Throws CalendarError on bad settings. */
export function reviewCalendar(settings: CalendarSettings): DayCalendar {
  const { timeZone } = settings;
  const dayStartHour = settings.dayStartHour ?? DEFAULT_DAY_START_HOUR;
  if (!Number.isInteger(dayStartHour) || dayStartHour < 0 || dayStartHour > 23) {
    throw new CalendarError(`day start hour must be an integer 0..23, got ${dayStartHour}`);
  }
  formatterFor(timeZone); // fail now, not on first use
  const startShift = dayStartHour * HOUR_MS;

  // Intl lookups cost ~15 µs each, and the scheduler asks about the same few days again and
  // again, so remember day starts and the last day found. Caching is invisible to callers: the
  // answers are the same, only faster.
  const starts = new Map<number, number>();
  const startOf = (day: number): number => {
    let start = starts.get(day);
    if (start === undefined) {
      if (starts.size >= 4096) starts.clear();
      start = instantOfWallTime(day * DAY_MS + startShift, timeZone);
      starts.set(day, start);
    }
    return start;
  };
  let lastDay = 0;
  let lastStart = Infinity;
  let lastEnd = -Infinity;
  const dayOf = (instant: number): number => {
    if (instant >= lastStart && instant < lastEnd) return lastDay;
    const wall = instant + zoneOffsetMs(instant, timeZone);
    const day = Math.floor((wall - startShift) / DAY_MS);
    lastDay = day;
    lastStart = startOf(day);
    lastEnd = startOf(day + 1);
    return day;
  };
  return { dayOf, startOf };
}

/** The civil day number of a local date (for tests and for feeding day numbers to `streak`). */
export function civilDay(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}
