import { describe, expect, it } from 'vitest';
import { heatLevel, heatmapLayout, weekdayOf } from '../../../src-renderer/src/components/stats/heatmap-layout';

/** `n` consecutive days from a date, with the given answer counts (0 when not given). */
function days(from: string, n: number, answers: number[] = []): { date: string; answers: number }[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  return Array.from({ length: n }, (_, i) => ({ date: new Date(start + i * 86_400_000).toISOString().slice(0, 10), answers: answers[i] ?? 0 }));
}

describe('heatmap layout', () => {
  it('reads the weekday from the date alone', () => {
    expect(weekdayOf('2026-03-10')).toBe(2); // a Tuesday
    expect(weekdayOf('2026-03-15')).toBe(0);
  });

  it('starts the first column on the week’s first day, so a Tuesday sits in row 1 of a Monday week', () => {
    const layout = heatmapLayout(days('2026-03-10', 7), 1);
    expect(layout.cells.map((c) => [c.day.date, c.column, c.row])).toEqual([
      ['2026-03-10', 0, 1],
      ['2026-03-11', 0, 2],
      ['2026-03-12', 0, 3],
      ['2026-03-13', 0, 4],
      ['2026-03-14', 0, 5],
      ['2026-03-15', 0, 6],
      ['2026-03-16', 1, 0],
    ]);
    expect(layout.columns).toBe(2);
    // With Sunday first, the same Sunday opens the second column.
    expect(heatmapLayout(days('2026-03-10', 7), 0).cells.find((c) => c.day.date === '2026-03-15')).toMatchObject({ column: 1, row: 0 });
  });

  it('spans 53 columns for a year that starts mid-week', () => {
    expect(heatmapLayout(days('2025-11-27', 365), 1).columns).toBe(53);
  });

  it('labels each column in which a month begins with that month', () => {
    // Thursday 2026-01-29 opens column 0, where February 1 (a Sunday) begins too; March 1 is in column 4.
    expect(heatmapLayout(days('2026-01-29', 40), 1).months).toEqual([
      { column: 0, date: '2026-02-01' },
      { column: 4, date: '2026-03-01' },
    ]);
  });

  it('drops the label of a sliver of a month at the left edge, which would run into the next', () => {
    // Tuesday 2026-01-20 opens column 0; February begins in column 1.
    expect(heatmapLayout(days('2026-01-20', 20), 1).months).toEqual([{ column: 1, date: '2026-02-01' }]);
  });

  it('scales colours to the busiest day, and shows a single answer', () => {
    expect(heatLevel(0, 40)).toBe(0);
    expect(heatLevel(1, 40)).toBe(1);
    expect(heatLevel(10, 40)).toBe(1);
    expect(heatLevel(11, 40)).toBe(2);
    expect(heatLevel(30, 40)).toBe(3);
    expect(heatLevel(40, 40)).toBe(4);
    expect(heatmapLayout(days('2026-03-10', 3, [0, 4, 1]), 1).cells.map((c) => c.level)).toEqual([0, 4, 1]);
  });
});
