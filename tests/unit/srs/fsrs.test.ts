import { default_w } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import {
  defaultsForTesting,
  fsrsScheduler,
  HOUR_MS,
  memoryFromSm2,
  newCardState,
  ratingOf,
  sm2Scheduler,
  stateProblems,
  toFsrsCard,
  type CardState,
  type Quality,
  type Scheduler,
} from '../../../src-main/srs';
import { answerOnDueDays } from './helpers';

const ctx = defaultsForTesting();
const fsrs = fsrsScheduler();

/** Answers `grades` on due days, switching scheduler per answer as `plan` says. */
function mixedHistory(plan: [Scheduler, Quality][]): CardState[] {
  const out: CardState[] = [];
  let state = newCardState();
  let now = ctx.now;
  for (const [scheduler, q] of plan) {
    state = scheduler.gradeToState(state, q, { ...ctx, now });
    out.push(state);
    now = state.due! + 8 * HOUR_MS;
  }
  return out;
}

describe('the FSRS scheduler', () => {
  it('maps qualities to FSRS ratings: 0–2 Again, 3 Hard, 4 Good, 5 Easy', () => {
    expect([0, 1, 2, 3, 4, 5].map((q) => ratingOf(q as Quality))).toEqual([1, 1, 1, 2, 3, 4]);
  });

  it('schedules whole review days, later for better grades', () => {
    const next = fsrs.nextStates(newCardState(), ctx);
    const days = [next.again, next.hard, next.good, next.easy].map((s) => s.intervalDays);
    expect(days[0]).toBeGreaterThanOrEqual(1);
    for (let i = 1; i < 4; i++) expect(days[i]).toBeGreaterThanOrEqual(days[i - 1]!);
    for (const s of [next.again, next.hard, next.good, next.easy]) {
      expect(s.due).toBe(ctx.calendar.startOf(ctx.calendar.dayOf(ctx.now) + s.intervalDays));
      expect(s.stability).toBeGreaterThan(0);
    }
  });

  it('grows intervals for a card answered Good on each due day', () => {
    const states = answerOnDueDays([4, 4, 4, 4, 4], ctx, fsrs);
    const days = states.map((s) => s.intervalDays);
    for (let i = 1; i < days.length; i++) expect(days[i]).toBeGreaterThan(days[i - 1]!);
    expect(states.at(-1)).toMatchObject({ reps: 5, lapses: 0, ef: 2500 });
  });

  it('follows the same-session rule as SM-2', () => {
    const hard = fsrs.gradeToState(newCardState(), 3, ctx);
    expect(hard.redrill).toBe(true);
    const repeat = fsrs.gradeToState(hard, 4, { ...ctx, now: ctx.now + 600_000 });
    expect({ ...repeat, redrill: true, lastReview: hard.lastReview }).toEqual(hard);
  });

  it('is reproducible: the same state and moment always give the same outcome', () => {
    const card = answerOnDueDays([4, 3, 4], ctx, fsrs).at(-1)!;
    const now = { ...ctx, now: card.due! };
    expect(fsrsScheduler().nextStates(card, now)).toEqual(fsrs.nextStates(card, now));
  });
});

describe('switching a deck between SM-2 and FSRS', () => {
  it('derives FSRS memory from SM-2 with stability equal to the interval at 90% retention', () => {
    const memory = memoryFromSm2(2500, 15, default_w);
    expect(memory.stability).toBeCloseTo(15, 6);
    expect(memory.difficulty).toBeGreaterThanOrEqual(1);
    expect(memory.difficulty).toBeLessThanOrEqual(10);
    // An easier card (higher EF) is less difficult.
    expect(memoryFromSm2(3000, 15, default_w).difficulty).toBeLessThan(memoryFromSm2(1500, 15, default_w).difficulty);
  });

  it('gives an SM-2 card switched to FSRS the memory derived from its interval and EF', () => {
    const sm2Card = answerOnDueDays([5, 5, 4], ctx).at(-1)!;
    expect(sm2Card).toMatchObject({ intervalDays: 17, stability: null }); // ceil(6 × 2.7);
    const card = toFsrsCard(sm2Card, sm2Card.due!, default_w);
    expect(card.stability).toBeCloseTo(17, 6);
    expect(card.reps).toBe(3);
    expect(card.last_review?.getTime()).toBe(sm2Card.lastReview);
  });

  it('continues an SM-2 history under FSRS without losing counts, and back under SM-2 from the FSRS interval', () => {
    const states = mixedHistory([
      [sm2Scheduler, 5],
      [sm2Scheduler, 5],
      [sm2Scheduler, 2],
      [sm2Scheduler, 4],
      [fsrs, 4],
      [fsrs, 1],
      [fsrs, 4],
      [sm2Scheduler, 4],
      [sm2Scheduler, 5],
    ]);
    for (const s of states) expect(stateProblems(s)).toEqual([]);
    const [, , , , firstFsrs, fsrsFail, lastFsrs, backToSm2, sm2Again] = states;
    // FSRS keeps SM-2's bookkeeping: n continues, lapses count, EF follows SM-2's rule.
    expect(firstFsrs).toMatchObject({ reps: 2, lapses: 1, ef: 2700 });
    expect(firstFsrs!.stability).not.toBeNull();
    expect(fsrsFail).toMatchObject({ reps: 0, lapses: 2, ef: 2700 });
    expect(lastFsrs!.reps).toBe(1);
    // Back on SM-2: n = 2 gives 6 days whatever FSRS scheduled; then I(3) = ceil(6 × EF').
    expect(backToSm2).toMatchObject({ reps: 2, intervalDays: 6, stability: null, difficulty: null });
    expect(sm2Again).toMatchObject({ reps: 3, ef: 2800, intervalDays: Math.ceil((6 * 2800) / 1000) });
  });

  it('continues SM-2 from the last FSRS interval once n is past 2', () => {
    const states = mixedHistory([[fsrs, 4], [fsrs, 4], [fsrs, 4], [sm2Scheduler, 4]]);
    const fsrsInterval = states[2]!.intervalDays;
    expect(states[3]).toMatchObject({ reps: 4, intervalDays: Math.ceil((fsrsInterval * 2500) / 1000) });
  });

  it('re-derives FSRS memory after SM-2 answers rather than reusing a stale one', () => {
    const states = mixedHistory([[fsrs, 4], [fsrs, 4], [sm2Scheduler, 5], [sm2Scheduler, 5]]);
    const sm2Card = states.at(-1)!;
    const card = toFsrsCard(sm2Card, sm2Card.due!, default_w);
    expect(card.stability).toBeCloseTo(sm2Card.intervalDays, 6);
  });
});

describe('schedulerFor', () => {
  it('gives SM-2 by default and FSRS when a deck asks for it, one instance per settings', async () => {
    const { schedulerFor, nextStates } = await import('../../../src-main/srs');
    expect(schedulerFor().id).toBe('sm2');
    expect(schedulerFor({ kind: 'sm2' })).toBe(sm2Scheduler);
    const a = schedulerFor({ kind: 'fsrs', settings: { requestRetention: 0.85 } });
    expect(a.id).toBe('fsrs');
    expect(schedulerFor({ kind: 'fsrs', settings: { requestRetention: 0.85 } })).toBe(a);
    expect(schedulerFor({ kind: 'fsrs' })).not.toBe(a);
    expect(nextStates(newCardState(), ctx)).toEqual(sm2Scheduler.nextStates(newCardState(), ctx));
  });

  it('schedules longer intervals for a lower requested retention', () => {
    const card = answerOnDueDays([4, 4, 4], ctx, fsrs).at(-1)!;
    const now = { ...ctx, now: card.due! };
    const relaxed = fsrsScheduler({ requestRetention: 0.8 }).nextStates(card, now).good.intervalDays;
    const strict = fsrsScheduler({ requestRetention: 0.95 }).nextStates(card, now).good.intervalDays;
    expect(relaxed).toBeGreaterThan(strict);
  });
});
