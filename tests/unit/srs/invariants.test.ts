import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../src-main/cards/seeded';
import {
  answer,
  BUTTON_QUALITY,
  BUTTONS,
  canUndo,
  defaultsForTesting,
  fsrsScheduler,
  HOUR_MS,
  isCurrent,
  MIN_EF,
  MINUTE_MS,
  newCardState,
  sm2Scheduler,
  stateProblems,
  undo,
  type CardState,
  type Quality,
  type Scheduler,
  type SchedulingContext,
} from '../../../src-main/srs';

/**
 * A seeded random walk: answers with random grades at random moments — sometimes minutes later
 * (re-drills), sometimes on the due day, sometimes late — and yields every (state, ctx) met.
 */
function* randomWalk(scheduler: Scheduler, seed: number, steps: number): Generator<{ state: CardState; ctx: SchedulingContext; q: Quality }> {
  const random = seededRandom(seed);
  const base = defaultsForTesting();
  let state = newCardState();
  let now = base.now;
  for (let i = 0; i < steps; i++) {
    const q = Math.floor(random() * 6) as Quality;
    const ctx = { ...base, now };
    yield { state, ctx, q };
    state = scheduler.gradeToState(state, q, ctx);
    const r = random();
    now =
      r < 0.3
        ? now + Math.floor(random() * 30) * MINUTE_MS
        : state.due! + Math.floor(random() * (r < 0.8 ? 20 : 24 * 30)) * HOUR_MS;
  }
}

const schedulers: Scheduler[] = [sm2Scheduler, fsrsScheduler()];

for (const scheduler of schedulers) {
  describe(`${scheduler.id} invariants over seeded random histories`, () => {
    it('never lets EF fall below 1.3 and always yields a consistent state', () => {
      for (let seed = 1; seed <= 40; seed++) {
        for (const { state } of randomWalk(scheduler, seed, 60)) {
          expect(state.ef).toBeGreaterThanOrEqual(MIN_EF);
          expect(stateProblems(state)).toEqual([]);
        }
      }
    });

    it('previews with nextStates exactly what answering that button gives', () => {
      for (let seed = 1; seed <= 15; seed++) {
        for (const { state, ctx } of randomWalk(scheduler, seed, 30)) {
          const preview = scheduler.nextStates(state, ctx);
          for (const button of BUTTONS) {
            expect(answer(scheduler, state, BUTTON_QUALITY[button], ctx).state).toEqual(preview[button]);
          }
        }
      }
    });

    it('restores the card exactly when an answer is undone', () => {
      for (let seed = 1; seed <= 15; seed++) {
        for (const { state, ctx, q } of randomWalk(scheduler, seed, 30)) {
          const answered = answer(scheduler, state, q, ctx, 4321);
          expect(canUndo(answered.state, answered.record)).toBe(true);
          expect(undo(answered.record)).toEqual(state);
        }
      }
    });

    it('always leaves the card due after the moment of the answer', () => {
      for (let seed = 1; seed <= 15; seed++) {
        for (const { state, ctx, q } of randomWalk(scheduler, seed, 30)) {
          const next = scheduler.gradeToState(state, q, ctx);
          expect(next.due!).toBeGreaterThan(ctx.now);
        }
      }
    });
  });
}

describe('answer records', () => {
  const ctx = defaultsForTesting();

  it('logs the time, grade, kind, duration and both states', () => {
    const { state, record } = answer(sm2Scheduler, newCardState(), 3, ctx, 2500.4);
    expect(record).toEqual({
      at: ctx.now,
      q: 3,
      kind: 'new',
      scheduler: 'sm2',
      durationMs: 2500,
      before: newCardState(),
      after: state,
    });
  });

  it('marks a repeat within the session as a re-drill and a later answer as a review', () => {
    const first = answer(sm2Scheduler, newCardState(), 1, ctx).state;
    expect(answer(sm2Scheduler, first, 4, { ...ctx, now: ctx.now + 10 * MINUTE_MS }).record.kind).toBe('redrill');
    expect(answer(sm2Scheduler, first, 4, { ...ctx, now: first.due! }).record.kind).toBe('review');
  });

  it('detects an answer computed from a stale state and an undo of an answer that is no longer the last', () => {
    const first = answer(sm2Scheduler, newCardState(), 4, ctx);
    const second = answer(sm2Scheduler, first.state, 4, { ...ctx, now: first.state.due! });
    expect(isCurrent(second.state, first.record.before)).toBe(false);
    expect(isCurrent(first.state, first.record.after)).toBe(true);
    expect(canUndo(second.state, first.record)).toBe(false);
  });

  it('refuses a negative duration', () => {
    expect(() => answer(sm2Scheduler, newCardState(), 4, ctx, -1)).toThrow(RangeError);
  });
});
