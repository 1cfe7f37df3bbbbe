import { describe, expect, it } from 'vitest';
import {
  buttonLabels,
  defaultsForTesting,
  formatInterval,
  HOUR_MS,
  MINUTE_MS,
  newCardState,
  shownAgainIn,
  sm2Scheduler,
  type CardState,
} from '../../../src-main/srs';

describe('formatInterval', () => {
  const cases: [Parameters<typeof formatInterval>[0], string, string][] = [
    [{ ms: 20_000 }, '<1 min', '<1 min'],
    [{ ms: 10 * MINUTE_MS }, '10 min', '10 min'],
    [{ ms: 90 * MINUTE_MS }, '1.5 h', '1,5 h'],
    [{ days: 1 }, '1 d', '1 d'],
    [{ days: 6 }, '6 d', '6 d'],
    [{ days: 29 }, '29 d', '29 d'],
    [{ days: 30 }, '1 mo', '1 mes'],
    [{ days: 63 }, '2.1 mo', '2,1 meses'],
    [{ days: 238 }, '7.9 mo', '7,9 meses'],
    [{ days: 365 }, '1 y', '1 año'],
    [{ days: 548 }, '1.5 y', '1,5 años'],
    [{ days: 465 * 3 }, '3.8 y', '3,8 años'],
    [{ ms: 6 * 24 * HOUR_MS }, '6 d', '6 d'],
  ];
  for (const [span, en, es] of cases) {
    it(`labels ${JSON.stringify(span)} as "${en}" in English and "${es}" in Spanish`, () => {
      expect(formatInterval(span, 'en')).toBe(en);
      expect(formatInterval(span, 'es')).toBe(es);
    });
  }

  it('drops a trailing ".0" and uses the singular for exactly one month or year', () => {
    expect(formatInterval({ days: 60 }, 'es')).toBe('2 meses');
    expect(formatInterval({ days: 31 }, 'es')).toBe('1 mes');
    expect(formatInterval({ days: 730 }, 'en')).toBe('2 y');
  });
});

describe('button labels', () => {
  const ctx = defaultsForTesting();

  it('shows the re-drill wait for grades below 4 and the SM-2 intervals for the others', () => {
    expect(buttonLabels(sm2Scheduler.nextStates(newCardState(), ctx), ctx, 'es')).toEqual({
      again: '10 min',
      hard: '10 min',
      good: '1 d',
      easy: '1 d',
    });
  });

  it('shows the days until the due date of a well-known card', () => {
    const card: CardState = {
      ...newCardState(),
      phase: 'review',
      reps: 5,
      ef: 2600,
      intervalDays: 50,
      due: ctx.calendar.startOf(ctx.calendar.dayOf(ctx.now)),
      lastReview: ctx.now - 50 * 24 * HOUR_MS,
    };
    const labels = buttonLabels(sm2Scheduler.nextStates(card, ctx), ctx, 'en');
    // Good: ceil(50 × 2.6) = 130 days = 4.3 months; Easy: ceil(50 × 2.7) = 135 = 4.5 months.
    expect(labels).toEqual({ again: '10 min', hard: '10 min', good: '4.3 mo', easy: '4.5 mo' });
    expect(shownAgainIn(sm2Scheduler.nextStates(card, ctx).good, ctx)).toEqual({ days: 130 });
  });
});
