/**
 * kubectl cordon / uncordon NODE (kubectl/pkg/cmd/drain: RunCordonOrUncordon): sets or clears
 * spec.unschedulable, so the scheduler places no new pod on the node (../../controllers/scheduler).
 * Honoured: NODE names, -l, --dry-run (client: nothing is written; server: validated, not stored).
 * Drain cordons through `cordonNodes` too.
 */
import type { KObject } from '../../api/types';
import { deepCopy } from '../../cluster/objects';
import { UsageError } from '../errors';
import { dryRunStrategy, type DryRun } from '../dry-run';
import type { Invocation, Verb } from '../invocation';
import { objectPrinter } from '../print-flags';
import { collectTargets } from './targets';

/** The nodes named by the arguments (`node2`, `node/node2`) or chosen by -l; NotFound errors come from `finish()`. */
export function selectNodes(inv: Invocation, usagePath: string): { nodes: KObject[]; finish(): void } {
  const selector = inv.flags.string('selector');
  if (inv.args.length === 0 && !selector) throw new UsageError(usagePath, `USAGE: ${usagePath} NODE [flags]`);
  // kubectl resolves the arguments with ResourceTypeOrNameArgs(true, "node", ...): bare words are node names.
  const resourceArgs = inv.args.some((a) => a.includes('/')) ? inv.args : ['nodes', ...inv.args];
  const targets = collectTargets(inv, '', resourceArgs);
  return { nodes: targets.objects.filter((o) => o.kind === 'Node'), finish: targets.finish };
}

/** Sets spec.unschedulable on each node, printing `node/NAME cordoned` or `already cordoned`. */
export function cordonNodes(inv: Invocation, nodes: readonly KObject[], desired: boolean, dryRun: DryRun): KObject[] {
  const word = desired ? 'cordoned' : 'uncordoned';
  const result: KObject[] = [];
  for (const node of nodes) {
    const current = Boolean((node.spec as { unschedulable?: boolean } | undefined)?.unschedulable);
    if (current === desired) {
      inv.out.out(objectPrinter('', `already ${word}`, dryRun)([node]));
      result.push(node);
      continue;
    }
    let updated = node;
    if (dryRun !== 'client') {
      const copy = deepCopy(node) as KObject;
      const spec = (copy.spec ?? {}) as { unschedulable?: boolean };
      // The patch kubectl sends: `{"spec":{"unschedulable":true}}`, or null to clear the field.
      if (desired) spec.unschedulable = true;
      else delete spec.unschedulable;
      copy.spec = spec;
      updated = inv.env.cluster.update(copy, { dryRun: dryRun === 'server' });
    }
    inv.out.out(objectPrinter('', word, dryRun)([updated]));
    result.push(updated);
  }
  return result;
}

function cordonVerb(path: 'cordon' | 'uncordon'): Verb {
  return {
    path,
    run(inv) {
      const dryRun = dryRunStrategy(inv);
      const { nodes, finish } = selectNodes(inv, path);
      cordonNodes(inv, nodes, path === 'cordon', dryRun);
      finish();
    },
  };
}

export const cordon = cordonVerb('cordon');
export const uncordon = cordonVerb('uncordon');
