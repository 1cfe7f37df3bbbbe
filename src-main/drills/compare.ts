/**
 * Comparing the learner's copy with the canonical answer's copy: every object the answer
 * created, changed or deleted must be in the same semantic state in the learner's copy; what
 * else the learner changed is a side effect. The result is data (findings); feedback.ts words it.
 */
import type { Cluster } from '../sim/cluster/cluster';
import { relevantChanges, type Change, type ChangeType, type Scope } from './changes';
import { diffFields, normalizeObject, type FieldDiff } from './normalize';

/** An object as findings name it. */
export interface Ref {
  kind: string;
  name: string;
  namespace?: string;
}

export type Finding =
  /** The answer creates or keeps the object; the learner's copy has none anywhere. */
  | { kind: 'missing'; ref: Ref; deletedByLearner: boolean }
  /** The learner made the object in another namespace. */
  | { kind: 'wrong-namespace'; ref: Ref; actualNamespace: string }
  /** The learner made an object of another kind under the expected name (a deployment for a service). */
  | { kind: 'wrong-resource'; ref: Ref; actual: Ref }
  /** The answer deletes the object; it is still there. */
  | { kind: 'not-deleted'; ref: Ref }
  /** Both copies have the object, with different fields. */
  | { kind: 'fields'; ref: Ref; diffs: FieldDiff[] }
  /** A change the answer does not make. */
  | { kind: 'side-effect'; ref: Ref; change: ChangeType }
  /** The printed output differs (whitespace-normalized). */
  | { kind: 'output'; expectedLines: number; actualLines: number; firstDifferentLine: number }
  /** The kubeconfig's current namespace is not the one the task leaves. */
  | { kind: 'context-namespace'; actual: string; expected: string }
  /** Another kubeconfig change (context, cluster, user) than the task's. */
  | { kind: 'kubeconfig' }
  /** kubectl refused the command. */
  | { kind: 'command-failed'; exitCode: number };

function refOfChange(c: Change): Ref {
  return { kind: c.kind, name: c.name, ...(c.namespace ? { namespace: c.namespace } : {}) };
}

/** At most this many differing fields are reported per object: the first ones say enough. */
export const MAX_FIELD_DIFFS = 4;

/**
 * @param expected the answer's relevant changes (relevantChanges of its copy, at `scope`)
 * @param learnerAll every change in the learner's copy (allChanges)
 */
export function compareState(
  expected: readonly Change[],
  learnerAll: readonly Change[],
  scope: Scope,
  learner: Cluster,
): Finding[] {
  const learnerChanges = relevantChanges(learnerAll, scope);
  const unclaimed = new Map(learnerChanges.map((c) => [c.key, c]));
  const findings: Finding[] = [];

  for (const e of expected) {
    const ref = refOfChange(e);
    const mine = unclaimed.get(e.key);
    unclaimed.delete(e.key);
    const actual = learner.store.get(e.resource, e.namespace, e.name);
    if (e.type === 'deleted') {
      if (actual && !actual.metadata.deletionTimestamp) findings.push({ kind: 'not-deleted', ref });
      continue;
    }
    if (!actual) {
      const elsewhere = [...unclaimed.values()].find((c) => c.type === 'created' && c.kind === e.kind && c.name === e.name);
      const otherKind = [...unclaimed.values()].find((c) => c.type === 'created' && c.kind !== e.kind && c.name === e.name);
      if (elsewhere) {
        unclaimed.delete(elsewhere.key);
        findings.push({ kind: 'wrong-namespace', ref, actualNamespace: elsewhere.namespace ?? '' });
      } else if (otherKind) {
        unclaimed.delete(otherKind.key);
        findings.push({ kind: 'wrong-resource', ref, actual: refOfChange(otherKind) });
      } else findings.push({ kind: 'missing', ref, deletedByLearner: mine?.type === 'deleted' });
      continue;
    }
    const have = normalizeObject(actual);
    const want = normalizeObject(e.after!);
    const diffs = tidyDiffs(diffFields(have, want), have, want);
    if (diffs.length > 0) findings.push({ kind: 'fields', ref, diffs: diffs.slice(0, MAX_FIELD_DIFFS) });
  }
  for (const c of unclaimed.values()) findings.push({ kind: 'side-effect', ref: refOfChange(c), change: c.type });
  return findings;
}

/**
 * One mistake often shows in several fields: another image also renames the container and
 * changes its pull policy; another port also changes the target port; a longer command line
 * shifts every argument. Keep the field that says it, in the words a learner used.
 */
export function tidyDiffs(diffs: FieldDiff[], actual: unknown, expected: unknown): FieldDiff[] {
  const paths = new Set(diffs.map((d) => d.path));
  const out: FieldDiff[] = [];
  const arrays = new Set<string>();
  for (const d of diffs) {
    const container = /^(.*containers\[\d+\])\.(name|imagePullPolicy)$/.exec(d.path);
    if (container && paths.has(`${container[1]}.image`)) continue;
    const target = /^(.*ports\[\d+\])\.targetPort$/.exec(d.path);
    if (target && paths.has(`${target[1]}.port`)) continue;
    const arg = /^(.*\.(?:command|args))\[\d+\]$/.exec(d.path);
    if (arg) {
      const path = arg[1]!;
      if (!arrays.has(path)) {
        arrays.add(path);
        out.push({ path, actual: valueAt(actual, path), expected: valueAt(expected, path) });
      }
      continue;
    }
    out.push(d);
  }
  return out;
}

/** The value at a diff path (`spec.template.spec.containers[0].command`). */
function valueAt(root: unknown, path: string): unknown {
  let v: unknown = root;
  for (const part of path.split('.')) {
    const m = /^([^[]+)((?:\[\d+\])*)$/.exec(part);
    if (!m) return undefined;
    v = (v as Record<string, unknown> | undefined)?.[m[1]!];
    for (const i of m[2]!.match(/\d+/g) ?? []) v = (v as unknown[] | undefined)?.[Number(i)];
  }
  return v;
}

/** kubectl's output as compared: trailing blanks and runs of spaces do not matter, line breaks do. */
export function normalizeOutput(text: string): string[] {
  const lines = text.split('\n').map((l) => l.trim().replace(/\s+/g, ' '));
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** An `output` finding, or none when the outputs match. */
export function compareOutput(actual: string, expected: string): Finding[] {
  const a = normalizeOutput(actual);
  const e = normalizeOutput(expected);
  let i = 0;
  while (i < a.length && i < e.length && a[i] === e[i]) i++;
  if (i === a.length && i === e.length) return [];
  return [{ kind: 'output', expectedLines: e.length, actualLines: a.length, firstDifferentLine: i + 1 }];
}
