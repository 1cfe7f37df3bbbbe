import { DAY_MS, HOUR_MS, MINUTE_MS, REDRILL_DELAY_MS } from './constants';
import { today, type SchedulingContext } from './context';
import type { Button } from './grades';
import { isRedrillActive, type NextStates } from './scheduler';
import type { CardState } from './state';

/** A span to show on a button: whole review days, or a duration within the session. */
export type IntervalSpan = { readonly days: number } | { readonly ms: number };

export type Locale = 'es' | 'en';

interface Units {
  readonly lessThanMinute: string;
  readonly minutes: string;
  readonly hours: string;
  readonly days: string;
  readonly month: string;
  readonly months: string;
  readonly year: string;
  readonly years: string;
}

const UNITS: Readonly<Record<Locale, Units>> = {
  en: { lessThanMinute: '<1 min', minutes: 'min', hours: 'h', days: 'd', month: 'mo', months: 'mo', year: 'y', years: 'y' },
  es: { lessThanMinute: '<1 min', minutes: 'min', hours: 'h', days: 'd', month: 'mes', months: 'meses', year: 'año', years: 'años' },
};

/* Anki's button units: a month is 30 days and a year 365; months and years keep one decimal. */
const DAYS_PER_MONTH = 30;
const DAYS_PER_YEAR = 365;

const numberFormats = new Map<Locale, Intl.NumberFormat>();

function oneDecimal(value: number, locale: Locale): string {
  let f = numberFormats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, useGrouping: false });
    numberFormats.set(locale, f);
  }
  return f.format(value);
}

function withUnit(value: number, one: string, many: string, locale: Locale): string {
  const rounded = Math.round(value * 10) / 10;
  return `${oneDecimal(rounded, locale)} ${rounded === 1 ? one : many}`;
}

function formatDays(days: number, locale: Locale): string {
  const u = UNITS[locale];
  if (days < DAYS_PER_MONTH) return `${Math.max(1, Math.round(days))} ${u.days}`;
  if (days < DAYS_PER_YEAR) return withUnit(days / DAYS_PER_MONTH, u.month, u.months, locale);
  return withUnit(days / DAYS_PER_YEAR, u.year, u.years, locale);
}

/**
 * A button label like Anki's, localized: "10 min", "3 h", "6 d", "2.1 mo" / "2,1 meses",
 * "1.5 y" / "1,5 años". Days under a month are whole; months and years keep one decimal.
 */
export function formatInterval(span: IntervalSpan, locale: Locale): string {
  const u = UNITS[locale];
  if ('days' in span) return formatDays(span.days, locale);
  const ms = Math.max(0, span.ms);
  if (ms < MINUTE_MS) return u.lessThanMinute;
  if (ms < HOUR_MS) return `${Math.round(ms / MINUTE_MS)} ${u.minutes}`;
  if (ms < DAY_MS) return `${oneDecimal(Math.round((ms / HOUR_MS) * 10) / 10, locale)} ${u.hours}`;
  return formatDays(ms / DAY_MS, locale);
}

/**
 * When the learner will see the card again after moving to `next` now: the re-drill wait if
 * the answer leaves a re-drill pending, else the review days until it is due.
 */
export function shownAgainIn(next: CardState, ctx: SchedulingContext): IntervalSpan {
  if (isRedrillActive(next, ctx)) return { ms: REDRILL_DELAY_MS };
  if (next.due === null) return { days: 0 };
  return { days: ctx.calendar.dayOf(next.due) - today(ctx) };
}

/** The four button labels for a preview from `nextStates`. */
export function buttonLabels(next: NextStates, ctx: SchedulingContext, locale: Locale): Record<Button, string> {
  return {
    again: formatInterval(shownAgainIn(next.again, ctx), locale),
    hard: formatInterval(shownAgainIn(next.hard, ctx), locale),
    good: formatInterval(shownAgainIn(next.good, ctx), locale),
    easy: formatInterval(shownAgainIn(next.easy, ctx), locale),
  };
}
