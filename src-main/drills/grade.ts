/**
 * The SM-2 quality a drill suggests (DESIGN.md §4): right at the first attempt without a hint
 * is 5, or 4 when it took long; right after wrong attempts or a hint is 3; revealed or failed
 * is 1. The learner may override it; this is only the suggestion.
 */

/** Longer than this (ms) from the drill's start to the right answer counts as slow. */
export const SLOW_DRILL_MS = 60_000;

/**
 * Wrong attempts after which the drill is failed and its answer shown. Only attempts that
 * changed the cluster or that kubectl refused count: reading never fails a drill.
 */
export const MAX_WRONG_ATTEMPTS = 3;

export type DrillOutcome = 'solved' | 'revealed' | 'failed';

export interface DrillRecord {
  outcome: DrillOutcome;
  /** Attempts that did not do the task (reading commands are not attempts). */
  wrongAttempts: number;
  hintUsed: boolean;
  /** From the drill's start to the right answer, ms. */
  elapsedMs: number;
}

export function drillGrade(r: DrillRecord): 1 | 3 | 4 | 5 {
  if (r.outcome !== 'solved') return 1;
  if (r.wrongAttempts > 0 || r.hintUsed) return 3;
  return r.elapsedMs > SLOW_DRILL_MS ? 4 : 5;
}
