/**
 * Cron schedules as the CronJob controller reads them (robfig/cron, standard 5 fields):
 * minute hour day-of-month month day-of-week, with `*`, `a-b`, `a,b`, `*\/n`, names (jan, mon)
 * and the @hourly/@daily/@weekly/@monthly/@yearly macros. Times are UTC unless a zone is given
 * (only UTC is simulated).
 */

const MACROS: Record<string, string> = {
  '@yearly': '0 0 1 1 *',
  '@annually': '0 0 1 1 *',
  '@monthly': '0 0 1 * *',
  '@weekly': '0 0 * * 0',
  '@daily': '0 0 * * *',
  '@midnight': '0 0 * * *',
  '@hourly': '0 * * * *',
};
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

export interface CronSchedule {
  minutes: Set<number>;
  hours: Set<number>;
  days: Set<number>;
  months: Set<number>;
  weekdays: Set<number>;
  /** Day-of-month and day-of-week both restricted: either may match (cron's OR rule). */
  domRestricted: boolean;
  dowRestricted: boolean;
}

function field(text: string, min: number, max: number, names?: string[]): Set<number> {
  const out = new Set<number>();
  for (const part of text.split(',')) {
    const [range, stepText] = part.split('/');
    const step = stepText === undefined ? 1 : Number(stepText);
    if (!Number.isInteger(step) || step < 1) throw new Error(`invalid step in "${text}"`);
    const value = (v: string) => {
      const idx = names?.indexOf(v.toLowerCase()) ?? -1;
      const n = idx >= 0 ? idx + (min === 1 ? 1 : 0) : Number(v);
      if (!Number.isInteger(n) || n < min || n > max + (names === DAYS ? 1 : 0)) throw new Error(`value out of range in "${text}"`);
      return names === DAYS && n === 7 ? 0 : n;
    };
    let lo: number;
    let hi: number;
    if (range === '*' || range === '?') {
      lo = min;
      hi = max;
    } else if (range!.includes('-')) {
      const [a, b] = range!.split('-');
      lo = value(a!);
      hi = value(b!);
    } else {
      lo = value(range!);
      hi = stepText === undefined ? lo : max;
    }
    for (let v = lo; v <= hi; v += step) out.add(v);
  }
  return out;
}

/** Parses a schedule; throws on a malformed one (the API server refuses it at create). */
export function parseCron(schedule: string): CronSchedule {
  const text = MACROS[schedule.trim()] ?? schedule.trim().replace(/^TZ=\S+\s+|^CRON_TZ=\S+\s+/, '');
  const parts = text.split(/\s+/);
  if (parts.length !== 5) throw new Error(`expected exactly 5 fields, found ${parts.length}: ${schedule}`);
  const [mi, h, dom, mon, dow] = parts as [string, string, string, string, string];
  return {
    minutes: field(mi, 0, 59),
    hours: field(h, 0, 23),
    days: field(dom, 1, 31),
    months: field(mon, 1, 12, MONTHS),
    weekdays: field(dow, 0, 6, DAYS),
    domRestricted: !dom.startsWith('*') && dom !== '?',
    dowRestricted: !dow.startsWith('*') && dow !== '?',
  };
}

function matches(s: CronSchedule, d: Date): boolean {
  if (!s.minutes.has(d.getUTCMinutes()) || !s.hours.has(d.getUTCHours()) || !s.months.has(d.getUTCMonth() + 1)) return false;
  const dom = s.days.has(d.getUTCDate());
  const dow = s.weekdays.has(d.getUTCDay());
  if (s.domRestricted && s.dowRestricted) return dom || dow;
  return dom && dow;
}

/** The first scheduled time strictly after `after` (ms), within ~4 years, or undefined. */
export function nextRun(s: CronSchedule, after: number): number | undefined {
  let t = Math.floor(after / 60_000) * 60_000 + 60_000;
  const limit = after + 4 * 366 * 24 * 3600_000;
  while (t <= limit) {
    const d = new Date(t);
    if (!s.months.has(d.getUTCMonth() + 1)) {
      t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
      continue;
    }
    if (matches(s, d)) return t;
    if (!s.hours.has(d.getUTCHours())) {
      t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours() + 1);
      continue;
    }
    t += 60_000;
  }
  return undefined;
}
