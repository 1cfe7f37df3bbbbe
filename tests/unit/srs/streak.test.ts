import { describe, expect, it } from 'vitest';
import { isDayCleared, streak } from '../../../src-main/srs';

describe('streak', () => {
  const today = 20_500;

  it('counts consecutive cleared days ending today', () => {
    expect(streak([today, today - 1, today - 2, today - 4], today)).toBe(3);
  });

  it('does not break while today is not yet cleared', () => {
    expect(streak([today - 1, today - 2], today)).toBe(2);
  });

  it('is zero when neither today nor yesterday was cleared', () => {
    expect(streak([today - 2, today - 3], today)).toBe(0);
  });

  it('accepts days in any order and repeated', () => {
    expect(streak([today - 1, today, today - 1, today - 2], today)).toBe(3);
  });

  it('treats a day as cleared when no review or re-drill is left, new cards aside', () => {
    expect(isDayCleared({ due: 0, learning: 0 })).toBe(true);
    expect(isDayCleared({ due: 0, learning: 1 })).toBe(false);
    expect(isDayCleared({ due: 3, learning: 0 })).toBe(false);
  });
});
