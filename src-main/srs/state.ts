import { INITIAL_EF, MIN_EF } from './constants';

/**
 * `new`: never answered. `review`: answered at least once and scheduled by day.
 * A card being re-drilled in today's session is a `review` card with `redrill` set.
 */
export type Phase = 'new' | 'review';

/**
 * The scheduling state of one card: plain data, every field a SQLite column (see columns.ts).
 * The same shape serves SM-2 and FSRS, so a deck can switch scheduler and keep its cards.
 */
export interface CardState {
  readonly phase: Phase;
  /** SM-2's n: successful (q >= 3) answers in a row; 0 after a failure. */
  readonly reps: number;
  /** Easiness factor, integer thousandths (2500 = 2.5), never below MIN_EF. */
  readonly ef: number;
  /** The interval last scheduled, whole days; 0 while new. SM-2's I(n). */
  readonly intervalDays: number;
  /** When the card is next due, ms since epoch (the start of a review day); null while new. */
  readonly due: number | null;
  /** Times a `review` card was answered with q < 3. */
  readonly lapses: number;
  /**
   * SM-2's same-session rule: the last answer was graded below 4, so the card comes back
   * in the session until it is graded 4 or more. Only binding on the review day of
   * `lastReview`; a re-drill left over from an earlier day is ignored.
   */
  readonly redrill: boolean;
  /** When the card was last answered (any answer, re-drills too), ms since epoch; null while new. */
  readonly lastReview: number | null;
  /** FSRS stability, days; null unless the last scheduling answer was made by FSRS. */
  readonly stability: number | null;
  /** FSRS difficulty, 1..10; null unless the last scheduling answer was made by FSRS. */
  readonly difficulty: number | null;
}

/** The state of a card that has never been answered. */
export function newCardState(): CardState {
  return {
    phase: 'new',
    reps: 0,
    ef: INITIAL_EF,
    intervalDays: 0,
    due: null,
    lapses: 0,
    redrill: false,
    lastReview: null,
    stability: null,
    difficulty: null,
  };
}

const FIELDS: readonly (keyof CardState)[] = [
  'phase',
  'reps',
  'ef',
  'intervalDays',
  'due',
  'lapses',
  'redrill',
  'lastReview',
  'stability',
  'difficulty',
];

/** Field-by-field equality: how the store detects a stale answer (optimistic check). */
export function statesEqual(a: CardState, b: CardState): boolean {
  return FIELDS.every((f) => Object.is(a[f], b[f]));
}

function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
}

function isInstantOrNull(v: unknown): boolean {
  return v === null || (typeof v === 'number' && Number.isSafeInteger(v));
}

/**
 * Problems that make a value not a consistent CardState, as messages naming the field;
 * empty when it is one. Used at the edge (store rows, imports), never on the hot path.
 */
export function stateProblems(s: CardState): string[] {
  const problems: string[] = [];
  if (s.phase !== 'new' && s.phase !== 'review') problems.push(`phase: unknown value ${String(s.phase)}`);
  if (!isCount(s.reps)) problems.push('reps: not a non-negative integer');
  if (!Number.isSafeInteger(s.ef) || s.ef < MIN_EF) problems.push(`ef: not an integer >= ${MIN_EF}`);
  if (!isCount(s.intervalDays)) problems.push('intervalDays: not a non-negative integer');
  if (!isInstantOrNull(s.due)) problems.push('due: not an integer instant or null');
  if (!isCount(s.lapses)) problems.push('lapses: not a non-negative integer');
  if (typeof s.redrill !== 'boolean') problems.push('redrill: not a boolean');
  if (!isInstantOrNull(s.lastReview)) problems.push('lastReview: not an integer instant or null');
  if (s.stability !== null && !(typeof s.stability === 'number' && s.stability > 0)) {
    problems.push('stability: not a positive number or null');
  }
  if (s.difficulty !== null && !(typeof s.difficulty === 'number' && s.difficulty >= 1 && s.difficulty <= 10)) {
    problems.push('difficulty: not a number 1..10 or null');
  }
  if ((s.stability === null) !== (s.difficulty === null)) problems.push('stability/difficulty: one set without the other');
  if (s.phase === 'new') {
    if (s.due !== null || s.lastReview !== null || s.redrill || s.reps !== 0 || s.intervalDays !== 0) {
      problems.push('phase: a new card has no due date, review time, re-drill, reps or interval');
    }
  } else if (s.due === null || s.lastReview === null || s.intervalDays < 1) {
    problems.push('phase: a review card needs a due date, a review time and an interval >= 1');
  }
  return problems;
}
