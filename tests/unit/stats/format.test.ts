import { describe, expect, it } from 'vitest';
import { firstWeekday, formatDate, formatDuration, formatEase, formatShare } from '../../../src-renderer/src/components/stats/format';

// Intl separates numbers from units with a no-break space in Spanish; compare with plain spaces.
const plain = (s: string) => s.replace(/\u00a0|\u202f/g, ' ');

describe('stats formatting', () => {
  it('writes shares as percentages with at most one decimal, per language, and a dash when unknown', () => {
    expect(plain(formatShare('es', 0.898))).toBe('89,8 %');
    expect(formatShare('en', 0.898)).toBe('89.8%');
    expect(formatShare('en', 1)).toBe('100%');
    expect(formatShare('es', null)).toBe('—');
  });

  it('writes the ease with two decimals', () => {
    expect(formatEase('es', 2.5)).toBe('2,50');
    expect(formatEase('en', 2.456)).toBe('2.46');
    expect(formatEase('en', null)).toBe('—');
  });

  it('writes time spent in seconds, minutes or hours by its size', () => {
    expect(plain(formatDuration('en', 42_000))).toBe('42 sec');
    expect(plain(formatDuration('en', 34 * 60_000))).toBe('34 min');
    expect(plain(formatDuration('es', 3.25 * 3_600_000))).toBe('3,3 h');
  });

  it('writes a review day’s date without shifting it by the time zone', () => {
    expect(formatDate('en', '2026-03-10')).toBe('Tue, Mar 10, 2026');
    expect(formatDate('es', '2026-03-10')).toBe('mar, 10 mar 2026');
  });

  it('starts the week on Monday in Spanish and on Sunday in English', () => {
    expect(firstWeekday('es')).toBe(1);
    expect(firstWeekday('en')).toBe(0);
  });
});
