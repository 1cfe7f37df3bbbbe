/**
 * One learner working on one drill: a private copy of the scenario that accumulates every
 * command, the canonical answer's result to compare with, and the record the grade comes from.
 * Pure apart from the simulator: time comes in as arguments.
 */
import type { CommandResult, Simulator } from '../sim';
import { createShell, type Shell } from '../sim/bash';
import { checkAttempt, isRefusal, prepareExpected, type DrillTask, type Expected, type Verdict } from './checker';
import { complete, type Completion } from './complete';
import { isReadOnly } from './command';
import { drillGrade, MAX_WRONG_ATTEMPTS, type DrillOutcome } from './grade';

export type DrillStatus = 'open' | DrillOutcome;

export interface RunOutcome {
  result: CommandResult;
  verdict: Verdict;
  status: DrillStatus;
  /** The suggested quality once the drill is over. */
  grade: number | null;
}

export class DrillSession {
  private learner: Simulator;
  /** The learner's terminal: kubectl plus pipes, redirects and variables that last from line to line. */
  private shell: Shell;
  readonly expected: Expected;
  wrongAttempts = 0;
  /** Wrong attempts that changed the cluster or that kubectl refused: only these can fail the drill. */
  private failingAttempts = 0;
  hintUsed = false;
  status: DrillStatus = 'open';
  private finishedAt: number | null = null;

  /**
   * @param base the scenario's cluster, never run on here (both sides are copies compared with it)
   * @param startedAt ms since epoch
   */
  constructor(
    private readonly base: Simulator,
    readonly task: DrillTask,
    readonly startedAt: number,
    /** The answer's result on this same scenario, when already known (it depends on nothing else). */
    expected?: Expected,
  ) {
    this.expected = expected ?? prepareExpected(base, task);
    this.learner = base.clone();
    this.shell = createShell(this.learner);
  }

  /** Runs a learner command on their copy and judges it. After the drill is over, it still runs (practice), ungraded. */
  run(line: string, now: number): RunOutcome {
    const result = this.shell.run(line);
    if (this.status !== 'open') return { result, verdict: { status: 'neutral' }, status: this.status, grade: this.grade() };
    const verdict = checkAttempt(this.base, this.expected, this.learner, line, result);
    if (verdict.status === 'pass') this.finish('solved', now);
    else if (verdict.status === 'fail') {
      this.wrongAttempts++;
      // A reading command with the wrong output lowers the grade but never fails the drill.
      if (isRefusal(result) || !isReadOnly(line)) this.failingAttempts++;
      if (this.failingAttempts >= MAX_WRONG_ATTEMPTS) this.finish('failed', now);
    }
    return { result, verdict, status: this.status, grade: this.grade() };
  }

  /** Marks the hint as used (it lowers the grade to 3 at best). */
  useHint(): void {
    if (this.status === 'open') this.hintUsed = true;
  }

  /** Gives up: the answer is shown and the grade is 1. */
  reveal(now: number): void {
    if (this.status === 'open') this.finish('revealed', now);
  }

  /** A read-the-output drill answered right (a choice has no second attempt). */
  solveByChoice(now: number): void {
    if (this.status === 'open') this.finish('solved', now);
  }

  /** A read-the-output drill answered wrong. */
  failByChoice(now: number): void {
    if (this.status !== 'open') return;
    this.wrongAttempts++;
    this.finish('failed', now);
  }

  /** Starts over from the scenario's copy (attempts so far still count). */
  reset(): void {
    this.learner = this.base.clone();
    this.shell = createShell(this.learner);
  }

  complete(line: string): Completion {
    return complete(line, this.learner);
  }

  grade(): number | null {
    if (this.status === 'open' || this.finishedAt === null) return null;
    return drillGrade({ outcome: this.status, wrongAttempts: this.wrongAttempts, hintUsed: this.hintUsed, elapsedMs: this.finishedAt - this.startedAt });
  }

  private finish(outcome: DrillOutcome, now: number): void {
    this.status = outcome;
    this.finishedAt = now;
  }
}
