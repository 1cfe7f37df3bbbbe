/**
 * Values the drill API methods return (src-main/api/contract.ts `drill:*`). Plain data: they
 * cross IPC and HTTP as JSON. Sentences in them are already in the interface language.
 */
import type { CheckMode } from '../decks/schema';

/** How the learner answers: a free terminal, a command to complete, or a choice (read the output). */
export type DrillKind = 'write' | 'complete' | 'read';

export interface DrillSummary {
  cardId: number;
  /** The card id in the deck file. */
  key: string;
  prompt: string;
  scenario: string;
  check: CheckMode;
  kind: DrillKind;
}

export interface DrillDeck {
  deckId: string;
  title: string;
  drills: DrillSummary[];
}

export interface DrillStart {
  sessionId: string;
  cardId: number;
  deckId: string;
  deckTitle: string;
  prompt: string;
  kind: DrillKind;
  check: CheckMode;
  scenario: string;
  /** The partly written command of a complete-the-command drill (the cursor goes at its end). */
  template?: string;
  hasHint: boolean;
  /** The kubeconfig namespace commands run in without -n. */
  namespace: string;
  /** Files in the working directory (`apply -f`). */
  files: string[];
  /** The card's scheduling state token: record the grade with `review:answer`. */
  token: string;
  /** A read-the-output drill: what is shown and the options to choose from. */
  choice?: { shown: string; showing: 'output' | 'command'; options: string[] };
}

export type DrillSessionStatus = 'open' | 'solved' | 'revealed' | 'failed';

export interface DrillVerdict {
  /**
   * `neutral`: not an attempt (a reading command on the way), nothing judged; `progress`: part
   * of the task is done and nothing is wrong yet (messages say what is left; not an attempt).
   */
  status: 'pass' | 'fail' | 'progress' | 'neutral';
  /** What differs, one sentence each, in the requested language. */
  messages: string[];
}

/** Shown once a drill is over. */
export interface DrillSolution {
  answer: string;
  accept: string[];
  /** What the answer prints on a fresh copy of the scenario. */
  output: string;
}

export interface DrillRunResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  verdict: DrillVerdict;
  status: DrillSessionStatus;
  wrongAttempts: number;
  /** The suggested SM-2 quality once the drill is over (1, 3, 4 or 5), else null. */
  grade: number | null;
  solution: DrillSolution | null;
}

export interface DrillCompletion {
  /** The line with the completion applied. */
  line: string;
  /** Every candidate (shown under the prompt when there are several). */
  candidates: string[];
}
