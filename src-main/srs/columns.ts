import { stateProblems, type CardState, type Phase } from './state';

/*
 * The one mapping between CardState and SQLite columns (STYLE: persistence at the edge).
 * Every field is one column of a plain SQLite type; booleans are 0/1, instants are INTEGER ms
 * since epoch, ef is INTEGER thousandths, stability/difficulty are REAL or NULL.
 *
 *   phase TEXT NOT NULL CHECK (phase IN ('new','review')),
 *   reps INTEGER NOT NULL, ef INTEGER NOT NULL, interval_days INTEGER NOT NULL,
 *   due INTEGER, lapses INTEGER NOT NULL, redrill INTEGER NOT NULL,
 *   last_review INTEGER, stability REAL, difficulty REAL
 */

export interface CardStateColumns {
  phase: string;
  reps: number;
  ef: number;
  interval_days: number;
  due: number | null;
  lapses: number;
  redrill: number;
  last_review: number | null;
  stability: number | null;
  difficulty: number | null;
}

/** Column names in a stable order, for building INSERT/UPDATE statements. */
export const STATE_COLUMNS: readonly (keyof CardStateColumns)[] = [
  'phase',
  'reps',
  'ef',
  'interval_days',
  'due',
  'lapses',
  'redrill',
  'last_review',
  'stability',
  'difficulty',
];

export class StateColumnsError extends Error {
  override readonly name = 'StateColumnsError';
  constructor(readonly problems: readonly string[]) {
    super(`invalid card state: ${problems.join('; ')}`);
  }
}

export function stateToColumns(s: CardState): CardStateColumns {
  return {
    phase: s.phase,
    reps: s.reps,
    ef: s.ef,
    interval_days: s.intervalDays,
    due: s.due,
    lapses: s.lapses,
    redrill: s.redrill ? 1 : 0,
    last_review: s.lastReview,
    stability: s.stability,
    difficulty: s.difficulty,
  };
}

/**
 * The CardState a row holds. Throws StateColumnsError naming each bad field, so a damaged row
 * is reported rather than scheduled. (better-sqlite3 returns INTEGER as number by default.)
 */
export function stateFromColumns(row: CardStateColumns): CardState {
  const state: CardState = {
    phase: row.phase as Phase,
    reps: row.reps,
    ef: row.ef,
    intervalDays: row.interval_days,
    due: row.due,
    lapses: row.lapses,
    redrill: row.redrill === 1,
    lastReview: row.last_review,
    stability: row.stability,
    difficulty: row.difficulty,
  };
  const problems = stateProblems(state);
  if (row.redrill !== 0 && row.redrill !== 1) problems.push('redrill: not 0 or 1');
  if (problems.length > 0) throw new StateColumnsError(problems);
  return state;
}

const STATE_KEYS = ['phase', 'reps', 'ef', 'intervalDays', 'due', 'lapses', 'redrill', 'lastReview', 'stability', 'difficulty'] as const;

/**
 * A CardState from untrusted data — a JSON column of the review log (`state_before`), an
 * imported deck with scheduling state — checked field by field. Unknown keys are refused so a
 * typo does not silently reset a field. Throws StateColumnsError.
 */
export function parseCardState(value: unknown): CardState {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new StateColumnsError(['state: not an object']);
  }
  const record = value as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of Object.keys(record)) {
    if (!(STATE_KEYS as readonly string[]).includes(key)) problems.push(`${key}: unknown field`);
  }
  for (const key of STATE_KEYS) if (!(key in record)) problems.push(`${key}: missing`);
  if (problems.length > 0) throw new StateColumnsError(problems);
  const state = Object.fromEntries(STATE_KEYS.map((k) => [k, record[k]])) as unknown as CardState;
  const invalid = stateProblems(state);
  if (invalid.length > 0) throw new StateColumnsError(invalid);
  return state;
}
