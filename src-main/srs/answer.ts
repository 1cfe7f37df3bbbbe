import type { SchedulingContext } from './context';
import { assertQuality, type Quality } from './grades';
import { isRedrillActive, type Scheduler, type SchedulerId } from './scheduler';
import { statesEqual, type CardState } from './state';

/** What an answer was: a new card's first answer, a scheduled review, or a same-session re-drill. */
export type ReviewKind = 'new' | 'review' | 'redrill';

/**
 * One answer, as the review log keeps it. It carries the whole prior state, so undo restores
 * the card exactly, and the whole new state, so the store can refuse an undo if the card has
 * changed since.
 */
export interface ReviewRecord {
  /** When the answer was given, ms since epoch. */
  readonly at: number;
  readonly q: Quality;
  readonly kind: ReviewKind;
  readonly scheduler: SchedulerId;
  /** Time the learner took, ms (0 when unknown). */
  readonly durationMs: number;
  readonly before: CardState;
  readonly after: CardState;
}

export interface Answered {
  readonly state: CardState;
  readonly record: ReviewRecord;
}

/** The kind an answer to this card would be now. */
export function reviewKind(state: CardState, ctx: SchedulingContext): ReviewKind {
  if (state.phase === 'new') return 'new';
  return isRedrillActive(state, ctx) ? 'redrill' : 'review';
}

/**
 * Answers a card: the new state plus the log record. `after` is exactly what the scheduler's
 * preview (`nextStates`/`gradeToState`) gave for the same state, q and context.
 */
export function answer(
  scheduler: Scheduler,
  state: CardState,
  q: Quality,
  ctx: SchedulingContext,
  durationMs = 0,
): Answered {
  assertQuality(q);
  if (!Number.isFinite(durationMs) || durationMs < 0) throw new RangeError(`durationMs must be >= 0, got ${durationMs}`);
  const after = scheduler.gradeToState(state, q, ctx);
  return {
    state: after,
    record: {
      at: ctx.now,
      q,
      kind: reviewKind(state, ctx),
      scheduler: scheduler.id,
      durationMs: Math.round(durationMs),
      before: state,
      after,
    },
  };
}

/** True when an answer computed from `answeredFrom` may be applied to the card now in `current`. */
export function isCurrent(current: CardState, answeredFrom: CardState): boolean {
  return statesEqual(current, answeredFrom);
}

/** True when `record` is still the card's last change, so undoing it is safe. */
export function canUndo(current: CardState, record: ReviewRecord): boolean {
  return statesEqual(current, record.after);
}

/** The state before the answer, exactly (a fresh copy). */
export function undo(record: ReviewRecord): CardState {
  return { ...record.before };
}
