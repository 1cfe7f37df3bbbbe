/**
 * kubectl wait (kubectl/pkg/cmd/wait): checks each object against --for and, while it does not
 * hold, advances the virtual clock until it does or --timeout passes. Objects are waited on one
 * after the other against one shared deadline, as kubectl's single context does. Honoured:
 * TYPE/NAME, TYPE NAME, -l, --all, -A, -n, -f, --for (create, delete, condition=, jsonpath=),
 * --timeout (0: check once; negative: a week), -o. Accepted without effect: --field-selector
 * (passed to the list), --local, -R, --template, --show-managed-fields,
 * --allow-missing-template-keys.
 */
import type { KObject } from '../../api/types';
import type { ResourceType } from '../../api/registry';
import { formatStatusError, isStatusError } from '../../api/errors';
import { resourceForKind } from '../../api/registry';
import { CliError, ExitError, RESOURCES_REQUIRED } from '../errors';
import { namespaceOf, type Invocation, type Verb } from '../invocation';
import { readManifests } from '../manifests';
import { objectPrinter } from '../print-flags';
import { parseResourceArgs, resolveType } from '../resource-args';
import { parseWaitCondition, type WaitCondition } from './wait-conditions';

const WEEK_MS = 168 * 3600 * 1000;
/** How often the simulated watch looks again; kubectl reacts to watch events, so only the clock's final reading depends on it. */
const STEP_MS = 1000;

interface Target {
  rt: ResourceType;
  namespace: string | undefined;
  name: string;
  /** The object when the wait began (absent for --for=create on a missing object). */
  initial?: KObject;
}

function collect(inv: Invocation, cond: WaitCondition, errors: string[]): Target[] {
  const f = inv.flags;
  const cluster = inv.env.cluster;
  const ns = namespaceOf(inv);
  const targets: Target[] = [];
  const named: Array<{ rt: ResourceType; name: string; namespace?: string }> = [];
  for (const m of readManifests(inv, f.list('filename'))) {
    const rt = resourceForKind(m.kind, m.apiVersion) ?? resolveType(m.kind);
    named.push({ rt, name: m.metadata.name, namespace: m.metadata.namespace });
  }
  const { types, named: byName } = parseResourceArgs(inv.args);
  named.push(...byName);
  const selector = f.string('selector');
  const all = f.bool('all');
  if (types.length && !selector && !all && !f.changed('field-selector')) throw new CliError('resource(s) were provided, but no name was specified');
  for (const rt of types) {
    const scope = rt.namespaced && !f.bool('all-namespaces') ? ns : undefined;
    for (const obj of cluster.list(rt, scope, { labelSelector: selector || undefined, fieldSelector: f.string('field-selector') || undefined })) {
      targets.push({ rt, namespace: obj.metadata.namespace, name: obj.metadata.name, initial: obj });
    }
  }
  for (const { rt, name, namespace } of named) {
    const where = rt.namespaced ? namespace ?? ns : undefined;
    try {
      targets.push({ rt, namespace: where, name, initial: cluster.get(rt, where, name) });
    } catch (e) {
      if (!isStatusError(e) || e.reason !== 'NotFound') throw e;
      // --for=delete ignores NotFound (already gone); --for=create waits for the object to appear.
      if (cond.kind === 'create') targets.push({ rt, namespace: where, name });
      else if (cond.kind !== 'delete') errors.push(formatStatusError(e));
    }
  }
  return targets;
}

/** The object as the watch sees it now: for delete, a new object under the same name does not count. */
function current(inv: Invocation, t: Target, cond: WaitCondition): KObject | undefined {
  const obj = inv.env.cluster.tryGet(t.rt, t.namespace, t.name);
  if (cond.kind === 'delete' && obj && t.initial && obj.metadata.uid !== t.initial.metadata.uid) return undefined;
  return obj;
}

/** Advances the clock one step, or straight to the deadline when nothing in the cluster is due to change. */
function step(inv: Invocation, deadline: number): void {
  const cluster = inv.env.cluster;
  const idle = (cluster as { timers?: { nextDue(): number | undefined } }).timers?.nextDue() === undefined;
  cluster.advance(idle ? deadline - cluster.now() : Math.min(STEP_MS, deadline - cluster.now()));
}

export const wait: Verb = {
  path: 'wait',
  run(inv) {
    const f = inv.flags;
    if (inv.args.length === 0 && f.list('filename').length === 0) throw new CliError(RESOURCES_REQUIRED);
    const printer = objectPrinter(f.string('output'), 'condition met', 'none');
    const cond = parseWaitCondition(f.string('for'));
    const timeout = f.duration('timeout');
    const errors: string[] = [];
    const targets = collect(inv, cond, errors);
    if (targets.length === 0 && errors.length === 0 && cond.kind !== 'delete') throw new CliError('no matching resources found');
    const cluster = inv.env.cluster;
    const deadline = cluster.now() + (timeout < 0 ? WEEK_MS : timeout);
    for (const t of targets) {
      let last = t.initial;
      for (;;) {
        const obj = current(inv, t, cond);
        if (obj) last = obj;
        const r = cond.check(obj);
        if ('error' in r) {
          errors.push(r.error);
          break;
        }
        if (r.met) {
          if (last) inv.out.out(printer([last]));
          break;
        }
        if (cluster.now() >= deadline) {
          errors.push(`timed out waiting for the condition on ${t.rt.name}/${t.name}`);
          break;
        }
        step(inv, deadline);
      }
    }
    // Errors come back through the builder's ContinueOnError visitor: one alone is a plain
    // `error: ...`; several are an Aggregate, printed one per line.
    if (errors.length === 1) throw new ExitError(1, '', errors[0]!.startsWith('Error from server') ? `${errors[0]}\n` : `error: ${errors[0]}\n`);
    if (errors.length > 1) throw new ExitError(1, '', errors.map((e) => `${e}\n`).join(''));
  },
};
