import { REDRILL_DONE_QUALITY } from './constants';
import { today, type SchedulingContext } from './context';
import { assertQuality, BUTTON_QUALITY, type Quality } from './grades';
import type { CardState } from './state';

export type SchedulerId = 'sm2' | 'fsrs';

/** The state each button would leave the card in. */
export interface NextStates {
  readonly again: CardState;
  readonly hard: CardState;
  readonly good: CardState;
  readonly easy: CardState;
}

/**
 * A scheduler: pure functions from a card's state and the context to the next state.
 * The review screen shows `nextStates` on its buttons and stores the one picked, so the
 * preview and the answer cannot disagree.
 */
export interface Scheduler {
  readonly id: SchedulerId;
  /** Every button's outcome at once (Again q=1, Hard q=3, Good q=4, Easy q=5). */
  nextStates(state: CardState, ctx: SchedulingContext): NextStates;
  /** The outcome of one quality 0..5 (the 0–5 grid setting, and self-graded drills). */
  gradeToState(state: CardState, q: Quality, ctx: SchedulingContext): CardState;
}

/**
 * The part that differs between SM-2 and FSRS: the state after a *scheduling* answer, i.e. one
 * that is not a same-session re-drill. It sets phase, reps, ef, intervalDays, due, lapses,
 * stability and difficulty; the session rule sets `redrill` and `lastReview` around it.
 */
export type ScheduleAnswer = (state: CardState, q: Quality, ctx: SchedulingContext) => CardState;

/** True when the card owes a re-drill in the current review day (the same session). */
export function isRedrillActive(state: CardState, ctx: SchedulingContext): boolean {
  return state.redrill && state.lastReview !== null && ctx.calendar.dayOf(state.lastReview) === today(ctx);
}

/**
 * Wraps a ScheduleAnswer with SM-2's same-session rule, which both schedulers follow:
 * an answer below 4 leaves the card to be re-drilled today until it is graded 4 or more, and
 * those repeats change neither EF nor the schedule (only `redrill` and `lastReview`).
 */
export function withSessionRule(id: SchedulerId, scheduleAnswer: ScheduleAnswer): Scheduler {
  function gradeToState(state: CardState, q: Quality, ctx: SchedulingContext): CardState {
    assertQuality(q);
    const redrill = q < REDRILL_DONE_QUALITY;
    if (isRedrillActive(state, ctx)) return { ...state, redrill, lastReview: ctx.now };
    return { ...scheduleAnswer(state, q, ctx), redrill, lastReview: ctx.now };
  }
  return {
    id,
    gradeToState,
    nextStates(state, ctx) {
      return {
        again: gradeToState(state, BUTTON_QUALITY.again, ctx),
        hard: gradeToState(state, BUTTON_QUALITY.hard, ctx),
        good: gradeToState(state, BUTTON_QUALITY.good, ctx),
        easy: gradeToState(state, BUTTON_QUALITY.easy, ctx),
      };
    },
  };
}
