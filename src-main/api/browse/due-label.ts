/** When a card is due, as Browse shows it: in review days from today, localized. Pure. */
import { formatInterval, today, type Locale, type SchedulingContext } from '../../srs';

const WORDS: Readonly<Record<Locale, { today: string; in: (s: string) => string; ago: (s: string) => string }>> = {
  es: { today: 'hoy', in: (s) => `en ${s}`, ago: (s) => `hace ${s}` },
  en: { today: 'today', in: (s) => `in ${s}`, ago: (s) => `${s} ago` },
};

/** "hoy", "en 6 d", "hace 3 d" ("today", "in 6 d", "3 d ago"); "" for a card never answered. */
export function dueLabel(due: number | null, ctx: SchedulingContext, locale: Locale): string {
  if (due === null) return '';
  const days = ctx.calendar.dayOf(due) - today(ctx);
  const w = WORDS[locale];
  if (days === 0) return w.today;
  const span = formatInterval({ days: Math.abs(days) }, locale);
  return days > 0 ? w.in(span) : w.ago(span);
}
