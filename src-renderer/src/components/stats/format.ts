/** Numbers, shares, durations and dates of the Stats screen, formatted for the UI language (Intl). */
import type { Language } from '../../../../src-main/api/types';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => F): F {
  let f = cache.get(key) as F | undefined;
  if (!f) cache.set(key, (f = make()));
  return f;
}

export function formatCount(language: Language, n: number): string {
  return cached(`n|${language}`, () => new Intl.NumberFormat(language)).format(n);
}

/** A share 0..1 as a percentage with at most one decimal ("87,5 %"); an em dash when unknown. */
export function formatShare(language: Language, share: number | null): string {
  if (share === null) return '—';
  return cached(`p|${language}`, () => new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 })).format(share);
}

/** An easiness factor (2.5) with two decimals; an em dash when unknown. */
export function formatEase(language: Language, ease: number | null): string {
  if (ease === null) return '—';
  return cached(`e|${language}`, () => new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 })).format(ease);
}

/** Time spent: seconds under a minute, whole minutes under an hour, else hours with one decimal. */
export function formatDuration(language: Language, ms: number): string {
  const unit = (u: 'second' | 'minute' | 'hour', digits: number) =>
    cached(`u|${u}|${digits}|${language}`, () => new Intl.NumberFormat(language, { style: 'unit', unit: u, unitDisplay: 'short', maximumFractionDigits: digits }));
  if (ms < 60_000) return unit('second', 0).format(Math.round(ms / 1000));
  if (ms < 3_600_000) return unit('minute', 0).format(Math.round(ms / 60_000));
  return unit('hour', 1).format(ms / 3_600_000);
}

/** A YYYY-MM-DD date in full: "Tue, Mar 10, 2026" / "mar, 10 mar 2026". */
export function formatDate(language: Language, date: string): string {
  return cached(`d|${language}`, () => new Intl.DateTimeFormat(language, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })).format(
    Date.parse(`${date}T00:00:00Z`),
  );
}

/** A short date for axis labels: "Mar 10" / "10 mar". */
export function formatShortDate(language: Language, date: string): string {
  return cached(`s|${language}`, () => new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', timeZone: 'UTC' })).format(Date.parse(`${date}T00:00:00Z`));
}

/** A month's short name: "Mar" / "mar". */
export function formatMonth(language: Language, date: string): string {
  return cached(`m|${language}`, () => new Intl.DateTimeFormat(language, { month: 'short', timeZone: 'UTC' })).format(Date.parse(`${date}T00:00:00Z`));
}

/** A weekday's short name, 0 Sunday … 6 Saturday. */
export function formatWeekday(language: Language, weekday: number): string {
  // 2026-03-01 was a Sunday.
  return cached(`w|${language}`, () => new Intl.DateTimeFormat(language, { weekday: 'short', timeZone: 'UTC' })).format(Date.UTC(2026, 2, 1 + weekday));
}

/** The first day of the week shown in the heatmap: Monday in Spanish, Sunday in (US) English. */
export function firstWeekday(language: Language): number {
  return language === 'es' ? 1 : 0;
}
