/**
 * 100 cards answered over 30 simulated days through the API, on a real SQLite file, with the
 * clock injected and review days counted in Europe/Madrid (the window crosses the end of
 * summer time on 2026-10-25). Every due date, EF, interval and repetition count is compared
 * with a reference computed here from DESIGN.md §4, without calling src-main/srs.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir, testBackend, value, type TestBackend } from '../helpers/backend';

const CARDS = 100;
const DAYS = 30;
const NEW_PER_DAY = 20;

let open: TestBackend | null = null;
afterEach(() => {
  open?.close();
  open = null;
});

function writeBigDeck(): string {
  const dir = tempDir('repaso-decks-');
  const cards = Array.from(
    { length: CARDS },
    (_, i) => `  - id: c${String(i).padStart(3, '0')}\n    kind: basic\n    front: Pregunta ${i}\n    back: Respuesta ${i}\n`,
  ).join('');
  fs.writeFileSync(path.join(dir, 'cien.yaml'), `id: cien\ntitle: Cien\nlang: es\ndescription: Cien tarjetas.\nversion: 1\ncards:\n${cards}`);
  return dir;
}

/* ---- The reference: Madrid's offset from the EU rule, SM-2 from the 1987 text. ---- */

const DAY = 86_400_000;

/** Days since 1970-01-01 of a calendar date. */
function dateNumber(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d) / DAY;
}

function lastSunday(year: number, month: number): number {
  const last = dateNumber(year, month + 1, 0);
  const weekday = new Date(last * DAY).getUTCDay();
  return last - weekday;
}

/** Madrid is UTC+2 from the last Sunday of March to the last Sunday of October, else UTC+1 (at 04:00 both switches are done). */
function madridOffsetHours(date: number): number {
  const year = new Date(date * DAY).getUTCFullYear();
  return date >= lastSunday(year, 3) && date < lastSunday(year, 10) ? 2 : 1;
}

/** 04:00 Madrid time on a date, ms since epoch: when that review day starts. */
function dayStart(date: number): number {
  return date * DAY + (4 - madridOffsetHours(date)) * 3_600_000;
}

/** hh:mm Madrid time on a date, ms since epoch. */
function madridTime(date: number, hours: number, minutes = 0): number {
  return date * DAY + (hours - madridOffsetHours(date)) * 3_600_000 + minutes * 60_000;
}

interface RefCard {
  n: number;
  ef: number;
  interval: number;
  /** Date number on which it is due; null while new. */
  dueDate: number | null;
  /** Graded below 4 today: comes back today until graded 4 or more. */
  redrillOn: number | null;
}

function refAnswer(card: RefCard, q: number, date: number): void {
  if (card.redrillOn === date) {
    if (q >= 4) card.redrillOn = null;
    return;
  }
  if (q >= 3) {
    card.n += 1;
    card.ef = Math.max(1300, card.ef + 100 - (5 - q) * (80 + (5 - q) * 20));
    card.interval = card.n === 1 ? 1 : card.n === 2 ? 6 : Math.floor((card.interval * card.ef + 999) / 1000);
  } else {
    card.n = 0;
    card.interval = 1;
  }
  card.dueDate = date + card.interval;
  card.redrillOn = q < 4 ? date : null;
}

/** A fixed, varied grade per (card, day, attempt); re-drills pass by the third try. */
function gradeFor(card: number, date: number, attempt: number): number {
  const h = ((card * 2654435761) ^ (date * 40503) ^ (attempt * 9973)) >>> 0;
  if (attempt >= 2) return 4 + (h % 2);
  const grades = attempt === 0 ? [0, 1, 2, 3, 3, 4, 4, 4, 5, 5] : [2, 3, 4, 5];
  return grades[h % grades.length]!;
}

interface DbCard {
  key: string;
  id: number;
  phase: string;
  reps: number;
  ef: number;
  interval_days: number;
  due: number | null;
  redrill: number;
}

function readCards(file: string): DbCard[] {
  const db = new Database(file, { readonly: true });
  const rows = db
    .prepare('SELECT n.key, c.id, c.phase, c.reps, c.ef, c.interval_days, c.due, c.redrill FROM cards c JOIN notes n ON n.id = c.note_id ORDER BY n.position')
    .all() as DbCard[];
  db.close();
  return rows;
}

describe('a month of daily reviews through the API', () => {
  it('schedules 100 cards over 30 days exactly as an independent SM-2 reference, across a DST change', async () => {
    const decksDir = writeBigDeck();
    let clock = madridTime(dateNumber(2026, 10, 10), 10);
    open = testBackend({ decksDir, timeZone: 'Europe/Madrid', now: () => clock });
    const { api } = open;
    const file = path.join(open.dataDir, 'repaso.db');

    const keys = readCards(file).map((c) => c.key);
    const ref = new Map<string, RefCard>(keys.map((k) => [k, { n: 0, ef: 2500, interval: 0, dueDate: null, redrillOn: null }]));
    const idToKey = new Map(readCards(file).map((c) => [c.id, c.key]));
    let answers = 0;

    for (let d = 0; d < DAYS; d++) {
      const date = dateNumber(2026, 10, 10) + d;
      clock = madridTime(date, 10);
      // What the reference says today holds: due reviews, then the next new cards in deck order.
      const due = keys.filter((k) => ref.get(k)!.dueDate !== null && ref.get(k)!.dueDate! <= date);
      const fresh = keys.filter((k) => ref.get(k)!.dueDate === null).slice(0, NEW_PER_DAY);
      const summary = value(await api['today:summary']({ locale: 'es' }));
      expect(summary.total).toEqual({ due: due.length, new: fresh.length, learning: 0 });

      const firstShown = new Set<string>();
      const attempts = new Map<string, number>();
      for (let guard = 0; ; guard++) {
        expect(guard).toBeLessThan(1000);
        const next = value(await api['review:next']({ locale: 'es' }));
        if (!next.card) break;
        const key = idToKey.get(next.card.cardId)!;
        const attempt = attempts.get(key) ?? 0;
        attempts.set(key, attempt + 1);
        if (attempt === 0) firstShown.add(key);
        else expect(next.card.queueKind).toBe('redrill');
        const q = gradeFor(keys.indexOf(key), date, attempt);
        value(await api['review:answer']({ cardId: next.card.cardId, token: next.card.token, q, durationMs: 4000 }));
        refAnswer(ref.get(key)!, q, date);
        answers += 1;
        clock += 8_000;
      }
      expect([...firstShown].sort()).toEqual([...due, ...fresh].sort());

      for (const row of readCards(file)) {
        const r = ref.get(row.key)!;
        const expected = {
          phase: r.dueDate === null ? 'new' : 'review',
          reps: r.n,
          ef: r.ef,
          interval_days: r.interval,
          due: r.dueDate === null ? null : dayStart(r.dueDate),
          redrill: 0,
        };
        expect({ key: row.key, phase: row.phase, reps: row.reps, ef: row.ef, interval_days: row.interval_days, due: row.due, redrill: row.redrill }).toEqual({
          key: row.key,
          ...expected,
        });
      }
    }

    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT count(*) FROM review_log').pluck().get()).toBe(answers);
    db.close();
    // Every card has been seen, and the grades produced lapses and long intervals alike.
    const final = [...ref.values()];
    expect(final.every((c) => c.dueDate !== null)).toBe(true);
    expect(Math.max(...final.map((c) => c.interval))).toBeGreaterThan(20);
    expect(final.some((c) => c.ef < 2500) && final.some((c) => c.ef > 2500)).toBe(true);
  });
});
