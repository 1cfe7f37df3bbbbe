import { describe, expect, it } from 'vitest';
import { civilDay, reviewCalendar } from '../../../src-main/srs';
import { dueForecast } from '../../../src-main/stats';

const madrid = reviewCalendar({ timeZone: 'Europe/Madrid', dayStartHour: 4 });
const dayStart = (y: number, m: number, d: number) => madrid.startOf(civilDay(y, m, d));

describe('dueForecast', () => {
  it('counts due cards per review day from today, overdue cards on today', () => {
    const today = civilDay(2026, 3, 10);
    const rows = [
      { due: dayStart(2026, 3, 1), cards: 4 }, // nine days overdue
      { due: dayStart(2026, 3, 9), cards: 1 }, // due yesterday
      { due: dayStart(2026, 3, 10), cards: 2 },
      { due: dayStart(2026, 3, 12), cards: 3 },
    ];
    expect(dueForecast(rows, madrid, today, 4)).toEqual([
      { date: '2026-03-10', due: 7 },
      { date: '2026-03-11', due: 0 },
      { date: '2026-03-12', due: 3 },
      { date: '2026-03-13', due: 0 },
    ]);
  });

  it('leaves out cards due after the window', () => {
    const today = civilDay(2026, 3, 10);
    const forecast = dueForecast([{ due: dayStart(2026, 4, 9), cards: 5 }, { due: dayStart(2026, 4, 8), cards: 1 }], madrid, today, 30);
    expect(forecast).toHaveLength(30);
    expect(forecast.at(-1)).toEqual({ date: '2026-04-08', due: 1 });
    expect(forecast.reduce((n, d) => n + d.due, 0)).toBe(1);
  });

  it('puts a due date on its review day across a change of summer time', () => {
    const today = civilDay(2026, 10, 24);
    const rows = [dayStart(2026, 10, 25), dayStart(2026, 10, 26), dayStart(2026, 10, 27)].map((due) => ({ due, cards: 1 }));
    expect(dueForecast(rows, madrid, today, 4).map((d) => d.due)).toEqual([0, 1, 1, 1]);
  });

  it('counts a card due during today (an FSRS or mid-day due time) on today', () => {
    const today = civilDay(2026, 3, 10);
    const forecast = dueForecast([{ due: dayStart(2026, 3, 11) - 60_000, cards: 1 }], madrid, today, 2);
    expect(forecast.map((d) => d.due)).toEqual([1, 0]);
  });
});
