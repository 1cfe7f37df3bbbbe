import { describe, expect, it } from 'vitest';
import {
  defaultsForTesting,
  efDelta,
  HOUR_MS,
  INITIAL_EF,
  MIN_EF,
  multiplyInterval,
  newCardState,
  nextEf,
  sm2Scheduler,
  type Quality,
} from '../../../src-main/srs';
import { answerOnDueDays } from './helpers';

// DESIGN.md §4, copied as data: grades → interval after each answer, final EF.
const REFERENCE_VECTORS: { grades: Quality[]; intervals: number[]; ef: number }[] = [
  { grades: [5, 5, 5, 5, 5, 5], intervals: [1, 6, 17, 50, 150, 465], ef: 3100 },
  { grades: [4, 4, 4, 4, 4, 4], intervals: [1, 6, 15, 38, 95, 238], ef: 2500 },
  { grades: [5, 4, 3, 2, 4, 4, 5], intervals: [1, 6, 15, 1, 1, 6, 16], ef: 2560 },
  { grades: [3, 3, 3, 3, 3, 3, 3, 3, 3, 3], intervals: [1, 6, 13, 26, 47, 79, 121, 167, 218, 284], ef: 1300 },
  { grades: [4, 4, 4, 0, 0, 5, 5, 5], intervals: [1, 6, 15, 1, 1, 1, 6, 17], ef: 2800 },
];

describe('SM-2 (literal reading, exact integer EF)', () => {
  for (const v of REFERENCE_VECTORS) {
    it(`gives the reference intervals ${v.intervals.join(', ')} [${v.ef / 1000}] for grades ${v.grades.join(',')}`, () => {
      const states = answerOnDueDays(v.grades);
      expect(states.map((s) => s.intervalDays)).toEqual(v.intervals);
      expect(states.at(-1)!.ef).toBe(v.ef);
    });
  }

  it('makes each reference interval the number of review days until the card is due', () => {
    const ctx = defaultsForTesting();
    let now = ctx.now;
    let state = newCardState();
    for (const q of [5, 5, 5, 5, 5] as Quality[]) {
      const next = sm2Scheduler.gradeToState(state, q, { ...ctx, now });
      expect(ctx.calendar.dayOf(next.due!) - ctx.calendar.dayOf(now)).toBe(next.intervalDays);
      expect(next.due).toBe(ctx.calendar.startOf(ctx.calendar.dayOf(next.due!)));
      state = next;
      now = next.due! + 8 * HOUR_MS;
    }
  });

  it('changes EF by +0.10, 0 and -0.14 for q 5, 4 and 3', () => {
    expect([efDelta(5), efDelta(4), efDelta(3)]).toEqual([100, 0, -140]);
  });

  it('leaves EF unchanged when q is below 3', () => {
    for (const q of [0, 1, 2] as Quality[]) expect(nextEf(2360, q)).toBe(2360);
  });

  it('never lets EF fall below 1.3', () => {
    expect(nextEf(MIN_EF + 100, 3)).toBe(MIN_EF);
  });

  it('multiplies intervals exactly where floating point would round up wrongly', () => {
    // 50 × 3.0 = 150 exactly; 2.5 plus 0.1 five times in floats is 3.0000000000000004 → ceil 151.
    let floatEf = 2.5;
    for (let i = 0; i < 5; i++) floatEf += 0.1;
    expect(Math.ceil(50 * floatEf)).toBe(151);
    expect(multiplyInterval(50, 3000)).toBe(150);
    expect(multiplyInterval(150, 3100)).toBe(465);
    expect(multiplyInterval(6, 2460)).toBe(15);
  });

  it('starts a new card with EF 2.5 and restarts n and the interval after a failure', () => {
    const [, , third, failed] = answerOnDueDays([4, 4, 4, 1]);
    expect(third!.reps).toBe(3);
    expect(failed).toMatchObject({ reps: 0, intervalDays: 1, ef: INITIAL_EF, lapses: 1 });
  });

  it('does not count a failed first answer of a new card as a lapse', () => {
    const [first] = answerOnDueDays([0]);
    expect(first).toMatchObject({ phase: 'review', reps: 0, intervalDays: 1, lapses: 0 });
  });
});

describe('the same-session rule', () => {
  const ctx = defaultsForTesting();
  const later = (minutes: number) => ({ ...ctx, now: ctx.now + minutes * 60_000 });

  it('keeps a card graded below 4 in the session until it is graded 4 or more', () => {
    const hard = sm2Scheduler.gradeToState(newCardState(), 3, ctx);
    expect(hard.redrill).toBe(true);
    const again = sm2Scheduler.gradeToState(hard, 1, later(10));
    expect(again.redrill).toBe(true);
    const good = sm2Scheduler.gradeToState(again, 4, later(20));
    expect(good.redrill).toBe(false);
  });

  it('changes neither EF nor the schedule on the repeats', () => {
    const first = sm2Scheduler.gradeToState(newCardState(), 3, ctx);
    const { redrill: _r, lastReview: _l, ...schedule } = first;
    for (const q of [0, 1, 2, 3, 4, 5] as Quality[]) {
      const repeat = sm2Scheduler.gradeToState(first, q, later(15));
      expect(repeat).toMatchObject(schedule);
      expect(repeat.lastReview).toBe(later(15).now);
    }
  });

  it('does not re-drill a card graded 4 or 5', () => {
    for (const q of [4, 5] as Quality[]) expect(sm2Scheduler.gradeToState(newCardState(), q, ctx).redrill).toBe(false);
  });

  it('lets a re-drill lapse when the review day ends, so the next answer schedules again', () => {
    const failed = sm2Scheduler.gradeToState(newCardState(), 1, ctx);
    const nextDay = { ...ctx, now: failed.due! + HOUR_MS };
    const answered = sm2Scheduler.gradeToState(failed, 4, nextDay);
    expect(answered).toMatchObject({ reps: 1, intervalDays: 1, redrill: false });
    expect(answered.due).toBe(ctx.calendar.startOf(ctx.calendar.dayOf(nextDay.now) + 1));
  });

  it('refuses a quality outside 0..5', () => {
    expect(() => sm2Scheduler.gradeToState(newCardState(), 6 as Quality, ctx)).toThrow(RangeError);
    expect(() => sm2Scheduler.gradeToState(newCardState(), 2.5 as Quality, ctx)).toThrow(RangeError);
  });
});
