import { createEmptyCard, fsrs, generatorParameters, Rating, State, type Card, type Grade } from 'ts-fsrs';
import { PASSING_QUALITY } from './constants';
import { dueAfterDays, type SchedulingContext } from './context';
import type { Quality } from './grades';
import { nextEf } from './sm2';
import { withSessionRule, type Scheduler } from './scheduler';
import type { CardState } from './state';

/*
 * FSRS (via ts-fsrs) behind the same Scheduler interface, chosen per deck; SM-2 stays the default.
 *
 * Choices that keep FSRS interchangeable with SM-2 on the same CardState:
 *  - short-term (learning-step) scheduling is off: FSRS schedules whole days and the same-session
 *    re-drill of scheduler.ts plays the part of learning steps, for both schedulers alike;
 *  - due dates are moved to the start of the review day, as SM-2's are; no fuzz, so an answer is
 *    a pure function of the state and `now`;
 *  - FSRS answers keep SM-2's bookkeeping up to date (n, EF by SM-2's rule, lapses) and an SM-2
 *    answer clears stability/difficulty, so switching a deck either way continues from the
 *    card's current state:
 *      SM-2 → FSRS: a card without FSRS memory gets it from its interval and EF with the
 *        conversion of fsrs-rs (`memory_state_from_sm2`): the stability is the one whose
 *        forgetting curve reaches the retention SM-2 is assumed to achieve (0.9) after the
 *        interval — with 0.9 it is the interval itself — and the difficulty is the one for which
 *        FSRS's stability growth on a Good answer matches the EF;
 *      FSRS → SM-2: SM-2 continues with I(n) = ceil(I(n−1) × EF') from FSRS's last interval.
 */

export interface FsrsSettings {
  /** Recall probability FSRS schedules for, 0.7..0.99 (default 0.9). */
  readonly requestRetention?: number;
  /** Longest interval, days (default 36500). */
  readonly maximumInterval?: number;
  /** Model weights (default: ts-fsrs's FSRS-6 defaults). */
  readonly w?: readonly number[];
  /** The recall SM-2 is assumed to have achieved, used when converting an SM-2 card (default 0.9). */
  readonly sm2Retention?: number;
}

/** The FSRS rating of a quality: 0–2 Again, 3 Hard, 4 Good, 5 Easy. */
export function ratingOf(q: Quality): Grade {
  if (q < PASSING_QUALITY) return Rating.Again;
  if (q === 3) return Rating.Hard;
  return q === 4 ? Rating.Good : Rating.Easy;
}

const S_MIN = 0.001;

/**
 * FSRS memory (stability days, difficulty 1..10) equivalent to an SM-2 card, after fsrs-rs's
 * `memory_state_from_sm2`; `w` are FSRS-6 weights (w[20] is the decay).
 */
export function memoryFromSm2(
  efThousandths: number,
  intervalDays: number,
  w: readonly number[],
  sm2Retention = 0.9,
): { stability: number; difficulty: number } {
  const decay = -w[20]!;
  const factor = Math.pow(0.9, 1 / decay) - 1;
  const stability = (Math.max(intervalDays, S_MIN) * factor) / (Math.pow(sm2Retention, 1 / decay) - 1);
  const ef = efThousandths / 1000;
  const difficulty =
    11 - (ef - 1) / (Math.exp(w[8]!) * Math.pow(stability, -w[9]!) * Math.expm1((1 - sm2Retention) * w[10]!));
  return { stability, difficulty: Math.min(10, Math.max(1, difficulty)) };
}

/** The ts-fsrs Card for a CardState at `now` (converting an SM-2 card's memory if needed). */
export function toFsrsCard(
  state: CardState,
  now: number,
  w: readonly number[],
  sm2Retention = 0.9,
): Card {
  if (state.phase === 'new' || state.due === null || state.lastReview === null) return createEmptyCard(now);
  const memory =
    state.stability !== null && state.difficulty !== null
      ? { stability: state.stability, difficulty: state.difficulty }
      : memoryFromSm2(state.ef, state.intervalDays, w, sm2Retention);
  return {
    due: new Date(state.due),
    stability: memory.stability,
    difficulty: memory.difficulty,
    elapsed_days: 0,
    scheduled_days: state.intervalDays,
    learning_steps: 0,
    reps: state.reps,
    lapses: state.lapses,
    state: State.Review,
    last_review: new Date(state.lastReview),
  };
}

/** An FSRS scheduler with the given settings, following the same session rule as SM-2. */
export function fsrsScheduler(settings: FsrsSettings = {}): Scheduler {
  const params = generatorParameters({
    request_retention: settings.requestRetention ?? 0.9,
    maximum_interval: settings.maximumInterval ?? 36500,
    ...(settings.w ? { w: [...settings.w] } : {}),
    enable_fuzz: false,
    enable_short_term: false,
  });
  const engine = fsrs(params);
  const w = params.w;
  const sm2Retention = settings.sm2Retention ?? 0.9;

  return withSessionRule('fsrs', (state: CardState, q: Quality, ctx: SchedulingContext): CardState => {
    const passed = q >= PASSING_QUALITY;
    const next = engine.next(toFsrsCard(state, ctx.now, w, sm2Retention), ctx.now, ratingOf(q)).card;
    const intervalDays = Math.max(1, Math.round(next.scheduled_days));
    return {
      ...state,
      phase: 'review',
      reps: passed ? state.reps + 1 : 0,
      ef: nextEf(state.ef, q),
      intervalDays,
      due: dueAfterDays(intervalDays, ctx),
      lapses: state.lapses + (!passed && state.phase === 'review' ? 1 : 0),
      stability: next.stability,
      difficulty: next.difficulty,
    };
  });
}
