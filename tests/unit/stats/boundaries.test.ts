import { describe, expect, it } from 'vitest';
import { civilDay, reviewCalendar } from '../../../src-main/srs';
import { dayEdges, dayIndex } from '../../../src-main/stats';

describe('day edges', () => {
  const madrid = reviewCalendar({ timeZone: 'Europe/Madrid', dayStartHour: 4 });
  const first = civilDay(2026, 10, 23);
  const edges = dayEdges(madrid, first, 3);

  it('are the review days’ starts, a 25-hour day included', () => {
    expect(edges).toEqual([Date.UTC(2026, 9, 23, 2), Date.UTC(2026, 9, 24, 2), Date.UTC(2026, 9, 25, 3), Date.UTC(2026, 9, 26, 3)]);
  });

  it('find the day of an instant: start inclusive, end exclusive, -1 outside', () => {
    expect(dayIndex(edges, edges[0]!)).toBe(0);
    expect(dayIndex(edges, edges[1]! - 1)).toBe(0);
    expect(dayIndex(edges, edges[1]!)).toBe(1);
    expect(dayIndex(edges, edges[3]! - 1)).toBe(2);
    expect(dayIndex(edges, edges[0]! - 1)).toBe(-1);
    expect(dayIndex(edges, edges[3]!)).toBe(-1);
  });

  it('agree with the calendar on every quarter hour of the three days', () => {
    for (let at = edges[0]!; at < edges[3]!; at += 15 * 60_000) expect(dayIndex(edges, at)).toBe(madrid.dayOf(at) - first);
  });
});
