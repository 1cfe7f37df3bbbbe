import {
  FAILED_INTERVAL_DAYS,
  FIRST_INTERVAL_DAYS,
  MIN_EF,
  PASSING_QUALITY,
  SECOND_INTERVAL_DAYS,
} from './constants';
import { dueAfterDays, type SchedulingContext } from './context';
import type { Quality } from './grades';
import { withSessionRule, type NextStates, type Scheduler } from './scheduler';
import type { CardState } from './state';

/*
 * SuperMemo SM-2 in the "literal" reading of Wozniak's 1987 text (DESIGN.md §4), a deliberate
 * choice over Anki's SM-2 variant:
 *  - q >= 3: EF' = EF + (0.1 − (5−q)(0.08 + (5−q)·0.02)), floored at 1.3, no ceiling; n grows;
 *    I(1) = 1, I(2) = 6, I(n) = ceil(I(n−1) × EF') — the interval uses the EF just updated;
 *  - q < 3: n restarts at 0 and the interval at 1 day; EF is left unchanged;
 *  - items graded below 4 are repeated in the same session until graded >= 4, without touching
 *    EF or the schedule again (scheduler.ts, shared with FSRS).
 * EF is integer thousandths so every step is exact: with float EF, 5,5,5,5,5,5 gives
 * 1, 6, 17, 50, 151, 469 instead of the exact 1, 6, 17, 50, 150, 465.
 */

/** SM-2's EF change for a passing quality, thousandths: q5 +100, q4 0, q3 −140. */
export function efDelta(q: Quality): number {
  const miss = 5 - q;
  return 100 - miss * (80 + miss * 20);
}

/** EF after an answer of quality q, thousandths: changed only when q >= 3, floored at MIN_EF. */
export function nextEf(ef: number, q: Quality): number {
  if (q < PASSING_QUALITY) return ef;
  return Math.max(MIN_EF, ef + efDelta(q));
}

/** ceil(days × ef / 1000) in exact integer arithmetic, days. */
export function multiplyInterval(days: number, ef: number): number {
  return Math.floor((days * ef + 999) / 1000);
}

/**
 * The interval after a successful repetition that makes n = `reps`, days.
 * `previousDays` is I(n−1) and `ef` the already updated EF'.
 */
export function passingInterval(reps: number, previousDays: number, ef: number): number {
  if (reps <= 1) return FIRST_INTERVAL_DAYS;
  if (reps === 2) return SECOND_INTERVAL_DAYS;
  // An imported state could carry n >= 3 with no interval; never schedule 0 days.
  return Math.max(FIRST_INTERVAL_DAYS, multiplyInterval(previousDays, ef));
}

/** SM-2's scheduling answer (without the session rule): the pure arithmetic of §4. */
export function sm2Answer(state: CardState, q: Quality, ctx: SchedulingContext): CardState {
  const passed = q >= PASSING_QUALITY;
  const ef = nextEf(state.ef, q);
  const reps = passed ? state.reps + 1 : 0;
  const intervalDays = passed ? passingInterval(reps, state.intervalDays, ef) : FAILED_INTERVAL_DAYS;
  return {
    ...state,
    phase: 'review',
    reps,
    ef,
    intervalDays,
    due: dueAfterDays(intervalDays, ctx),
    lapses: state.lapses + (!passed && state.phase === 'review' ? 1 : 0),
    // FSRS's memory state is only valid as of an FSRS answer; dropping it makes a later switch
    // to FSRS derive it afresh from this interval and EF (fsrs.ts).
    stability: null,
    difficulty: null,
  };
}

/** The default scheduler: SM-2 with the same-session rule. */
export const sm2Scheduler: Scheduler = withSessionRule('sm2', sm2Answer);

/** SM-2's `nextStates(state, ctx)` (DESIGN.md §4): every button's outcome at once. */
export function nextStates(state: CardState, ctx: SchedulingContext): NextStates {
  return sm2Scheduler.nextStates(state, ctx);
}

/** SM-2's outcome for one quality 0..5. */
export function gradeToState(state: CardState, q: Quality, ctx: SchedulingContext): CardState {
  return sm2Scheduler.gradeToState(state, q, ctx);
}
