import { describe, expect, it } from 'vitest';
import { civilDay, reviewCalendar } from '../../../src-main/srs';
import { activityByDay, type SlotRow } from '../../../src-main/stats';

const SLOT = 15 * 60_000;
const madrid = reviewCalendar({ timeZone: 'Europe/Madrid', dayStartHour: 4 });

/** A slot holding `answers` answers of 2 s each, starting at a UTC instant. */
function at(utc: number, answers = 1): SlotRow {
  if (utc % SLOT !== 0) throw new Error('test slots start on a slot boundary');
  return { slot: utc / SLOT, answers, durationMs: answers * 2000 };
}

describe('activityByDay', () => {
  it('gives one cell per review day, oldest first and ending today, zeros included', () => {
    const today = civilDay(2026, 3, 10);
    const cells = activityByDay([at(Date.UTC(2026, 2, 9, 9, 0), 3)], madrid, today, 3, SLOT);
    expect(cells).toEqual([
      { date: '2026-03-08', answers: 0, durationMs: 0 },
      { date: '2026-03-09', answers: 3, durationMs: 6000 },
      { date: '2026-03-10', answers: 0, durationMs: 0 },
    ]);
  });

  it('counts an answer before the day-start hour on the previous review day', () => {
    // Madrid is UTC+1 in March: 03:45 local = 02:45 UTC, 04:00 local = 03:00 UTC.
    const today = civilDay(2026, 3, 10);
    const cells = activityByDay([at(Date.UTC(2026, 2, 10, 2, 45), 2), at(Date.UTC(2026, 2, 10, 3, 0), 5)], madrid, today, 2, SLOT);
    expect(cells.map((c) => [c.date, c.answers])).toEqual([
      ['2026-03-09', 2],
      ['2026-03-10', 5],
    ]);
  });

  it('follows the configured day-start hour', () => {
    const midnight = reviewCalendar({ timeZone: 'Europe/Madrid', dayStartHour: 0 });
    const today = civilDay(2026, 3, 10);
    const cells = activityByDay([at(Date.UTC(2026, 2, 10, 2, 45), 2)], midnight, today, 2, SLOT);
    expect(cells.map((c) => c.answers)).toEqual([0, 2]);
  });

  it('keeps the 25-hour review day of the end of summer time whole', () => {
    // Madrid leaves summer time at 03:00 CEST on 2026-10-25 (01:00 UTC). The review day of the
    // 24th runs from 04:00 CEST on the 24th (02:00 UTC) to 04:00 CET on the 25th (03:00 UTC).
    const today = civilDay(2026, 10, 25);
    const slots = [
      at(Date.UTC(2026, 9, 24, 1, 45)), // 03:45 CEST on the 24th: still the 23rd's review day
      at(Date.UTC(2026, 9, 24, 2, 0)), // 04:00 CEST: the 24th begins
      at(Date.UTC(2026, 9, 25, 2, 45)), // 03:45 CET on the 25th: the 24th's 25th hour
      at(Date.UTC(2026, 9, 25, 3, 0)), // 04:00 CET: the 25th begins
    ];
    expect(activityByDay(slots, madrid, today, 3, SLOT).map((c) => [c.date, c.answers])).toEqual([
      ['2026-10-23', 1],
      ['2026-10-24', 2],
      ['2026-10-25', 1],
    ]);
  });

  it('keeps the 23-hour review day of the start of summer time whole', () => {
    // 02:00 CET jumps to 03:00 CEST on 2026-03-29 (01:00 UTC): the 28th's review day runs from
    // 03:00 UTC on the 28th to 02:00 UTC on the 29th.
    const today = civilDay(2026, 3, 29);
    const slots = [at(Date.UTC(2026, 2, 28, 2, 45)), at(Date.UTC(2026, 2, 28, 3, 0)), at(Date.UTC(2026, 2, 29, 1, 45)), at(Date.UTC(2026, 2, 29, 2, 0))];
    expect(activityByDay(slots, madrid, today, 3, SLOT).map((c) => [c.date, c.answers])).toEqual([
      ['2026-03-27', 1],
      ['2026-03-28', 2],
      ['2026-03-29', 1],
    ]);
  });

  it('splits days correctly in a zone with a 45-minute offset', () => {
    // Kathmandu is UTC+05:45: its 04:00 is 22:15 UTC the day before, a slot boundary.
    const kathmandu = reviewCalendar({ timeZone: 'Asia/Kathmandu', dayStartHour: 4 });
    const today = civilDay(2026, 6, 2);
    const slots = [at(Date.UTC(2026, 5, 1, 22, 0)), at(Date.UTC(2026, 5, 1, 22, 15))];
    expect(activityByDay(slots, kathmandu, today, 2, SLOT).map((c) => c.answers)).toEqual([1, 1]);
  });

  it('leaves out slots before the window and after today', () => {
    const today = civilDay(2026, 3, 10);
    const slots = [at(Date.UTC(2026, 2, 1, 9, 0), 7), at(Date.UTC(2026, 2, 10, 9, 0), 1), at(Date.UTC(2026, 2, 11, 9, 0), 9)];
    expect(activityByDay(slots, madrid, today, 7, SLOT).reduce((n, c) => n + c.answers, 0)).toBe(1);
  });
});
