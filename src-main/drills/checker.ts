/**
 * The drill checker. The canonical answer runs once on its own copy of the scenario; after each
 * learner command the learner's copy (which accumulates every command so far) is compared with
 * it: by state (the objects the answer created, changed or deleted), by printed output, or both.
 *
 * Reading commands are free: on a state task they never count as an attempt, and on an output
 * task only a command of the answer's own kind (`get` for a `get` task) counts, so a learner may
 * look around (`get pods` to find a name) before answering.
 */
import type { CommandResult, Simulator } from '../sim';
import { runShell } from '../sim/bash';
import type { CheckMode } from '../decks/schema';
import { canonicalEqual, canonicalJson } from '../sim/cluster/objects';
import { allChanges, relevantChanges, scopeOf, type Change, type Scope } from './changes';
import { compareOutput, compareState, type Finding } from './compare';
import { commandPathOf, isReadOnly } from './command';

export interface DrillTask {
  /** The canonical command. */
  answer: string;
  check: CheckMode;
}

/** What the canonical answer does to its copy of the scenario, computed once per drill. */
export interface Expected {
  result: CommandResult;
  /** The answer's relevant changes (see changes.ts). */
  changes: Change[];
  scope: Scope;
  /** The check in force: a `state` task whose answer changes nothing is checked by output. */
  mode: CheckMode;
  answerPath: string | null;
  /** The kubeconfig namespace after the answer, when the answer changes it (`config set-context`). */
  contextNamespace?: string;
  /** The kubeconfig after the answer (canonical JSON), when the answer changes it (`config use-context`). */
  kubeconfig?: string;
}

export function prepareExpected(base: Simulator, task: DrillTask): Expected {
  const copy = base.clone();
  const result = runShell(copy, task.answer);
  const all = allChanges(base.cluster, copy.cluster);
  const scope = scopeOf(all);
  const changes = relevantChanges(all, scope);
  const contextNamespace = copy.namespace !== base.namespace ? copy.namespace : undefined;
  const kubeconfig = canonicalEqual(copy.kubeconfig, base.kubeconfig) ? undefined : canonicalJson(copy.kubeconfig);
  const changesNothing = changes.length === 0 && contextNamespace === undefined && kubeconfig === undefined;
  const mode = task.check === 'state' && changesNothing ? 'output' : task.check;
  return {
    result,
    changes,
    scope,
    mode,
    answerPath: commandPathOf(task.answer),
    ...(contextNamespace ? { contextNamespace } : {}),
    ...(kubeconfig ? { kubeconfig } : {}),
  };
}

export type Verdict =
  /** The task is done. */
  | { status: 'pass' }
  /** An attempt that does not do the task; the findings say why. */
  | { status: 'fail'; findings: Finding[] }
  /** Part of the task done and nothing wrong so far (the rest is missing): not counted as an attempt. */
  | { status: 'progress'; findings: Finding[] }
  /** Not an attempt (a reading command on the way): nothing to grade. */
  | { status: 'neutral' };

/**
 * Judges the learner's copy after `line` ran on it and printed `result`.
 * @param base the scenario's untouched copy both sides started from
 */
export function checkAttempt(base: Simulator, expected: Expected, learner: Simulator, line: string, result: CommandResult): Verdict {
  const reading = isReadOnly(line);
  const sameCommand = commandPathOf(line) === expected.answerPath;
  // A command kubectl refuses never does the task, even when a broken answer fails the same way.
  const refused = isRefusal(result);
  const outputFindings = (): Finding[] => {
    const f = compareOutput(result.stdout + result.stderr, expected.result.stdout + expected.result.stderr);
    if (f.length === 0 && (result.exitCode === 0) !== (expected.result.exitCode === 0)) {
      return [{ kind: 'command-failed', exitCode: result.exitCode }];
    }
    return f;
  };
  const stateFindings = (): Finding[] => {
    const findings = compareState(expected.changes, allChanges(base.cluster, learner.cluster), expected.scope, learner.cluster);
    const wanted = expected.contextNamespace ?? base.namespace;
    if (learner.namespace !== wanted) findings.unshift({ kind: 'context-namespace', actual: learner.namespace, expected: wanted });
    else if (expected.kubeconfig !== undefined ? canonicalJson(learner.kubeconfig) !== expected.kubeconfig : !canonicalEqual(learner.kubeconfig, base.kubeconfig)) findings.unshift({ kind: 'kubeconfig' });
    return findings;
  };

  switch (expected.mode) {
    case 'output': {
      const findings = refused ? [{ kind: 'command-failed' as const, exitCode: result.exitCode }] : outputFindings();
      if (findings.length === 0) return { status: 'pass' };
      return sameCommand || !reading ? { status: 'fail', findings: withFailure(findings, result) } : { status: 'neutral' };
    }
    case 'state': {
      if (reading) return { status: 'neutral' };
      const findings = stateFindings();
      if (findings.length === 0) return { status: 'pass' };
      if (!isRefusal(result) && isPartOfTheTask(findings, expected)) return { status: 'progress', findings };
      return { status: 'fail', findings: withFailure(findings, result) };
    }
    case 'both': {
      const findings = [...(refused ? [{ kind: 'command-failed' as const, exitCode: result.exitCode }] : outputFindings()), ...stateFindings()];
      if (findings.length === 0) return { status: 'pass' };
      return sameCommand || !reading ? { status: 'fail', findings: withFailure(findings, result) } : { status: 'neutral' };
    }
  }
}

/**
 * kubectl refused the command: a non-zero exit with an error on stderr. Some commands rightly
 * exit 1 with only an answer or a warning (`auth can-i` prints "no", and warns about a
 * cluster-scoped resource): those are answers, not refusals.
 */
export function isRefusal(result: CommandResult): boolean {
  if (result.exitCode === 0) return false;
  return result.stderr.split('\n').some((l) => l.trim() !== '' && !l.startsWith('Warning:'));
}

/**
 * Some of the answer's changes are there and the others are simply not made yet: a learner
 * deleting two pods one at a time is on the way, not wrong.
 */
function isPartOfTheTask(findings: readonly Finding[], expected: Expected): boolean {
  const undone = findings.every((f) => (f.kind === 'missing' && !f.deletedByLearner) || f.kind === 'not-deleted');
  return undone && findings.length < expected.changes.length;
}

/** Puts kubectl's refusal first when the command failed. */
function withFailure(findings: Finding[], result: CommandResult): Finding[] {
  if (!isRefusal(result) || findings.some((f) => f.kind === 'command-failed')) return findings;
  return [{ kind: 'command-failed', exitCode: result.exitCode }, ...findings];
}
