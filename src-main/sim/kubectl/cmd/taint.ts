/**
 * kubectl taint NODE KEY[=VALUE]:EFFECT... (kubectl/pkg/cmd/taint): adds, removes (`KEY-`,
 * `KEY:EFFECT-`) or, with --overwrite, replaces node taints; the scheduler then keeps pods that do
 * not tolerate them off the node. Honoured: `nodes NAME...`, -l, --all, --overwrite, --dry-run, -o.
 * Accepted without effect: --field-manager, --validate, --template, --show-managed-fields,
 * --allow-missing-template-keys. Not simulated: NoExecute evicting pods already running.
 */
import type { KObject } from '../../api/types';
import { deepCopy } from '../../cluster/objects';
import { CliError, UsageError } from '../errors';
import { dryRunStrategy } from '../dry-run';
import type { Verb } from '../invocation';
import { objectPrinter } from '../print-flags';
import { resolveType } from '../resource-args';
import { collectTargets } from './targets';
import { conflicts, parseTaints, reorganize, TaintSpecError, type Taint } from './taint-spec';

function splitArgs(args: readonly string[]): { resources: string[]; taints: string[] } {
  const resources: string[] = [];
  const taints: string[] = [];
  for (const s of args) {
    const isTaint = s.includes('=') || s.includes(':') || s.endsWith('-');
    if (isTaint) taints.push(s);
    else if (taints.length) throw new CliError(`all resources must be specified before taint changes: ${s}`);
    else resources.push(s);
  }
  return { resources, taints };
}

export const taint: Verb = {
  path: 'taint',
  run(inv) {
    const f = inv.flags;
    const dryRun = dryRunStrategy(inv);
    const { resources, taints } = splitArgs(inv.args);
    if (resources.length < 1) throw new CliError('one or more resources must be specified as <resource> <name>');
    if (taints.length < 1) throw new CliError('at least one taint update is required');
    let parsed: { add: Taint[]; remove: Taint[] };
    try {
      parsed = parseTaints(taints);
    } catch (e) {
      if (e instanceof TaintSpecError) throw new UsageError('taint', e.message);
      throw e;
    }
    const type = resources[0]!.toLowerCase();
    if (resolveType(type).kind !== 'Node') throw new CliError(`invalid resource type ${type}, only node types are supported`);
    const clash = conflicts(parsed.add, parsed.remove);
    if (clash.length) throw new CliError(`can not both modify and remove the following taint(s) in the same command: ${clash.join(', ')}`);
    const selector = f.string('selector');
    const all = f.bool('all');
    if (all && selector) throw new CliError("setting 'all' parameter with a non empty selector is prohibited");
    if (!all && !selector && resources.length < 2) throw new CliError("at least one resource name must be specified since 'all' parameter is not set");
    const output = f.string('output');
    objectPrinter(output, 'tainted', dryRun); // refuses a bad -o before anything changes
    const targets = collectTargets(inv, '', selector || all ? ['nodes'] : ['nodes', ...resources.slice(1)]);
    for (const node of targets.objects) {
      const copy = deepCopy(node) as KObject;
      const spec = (copy.spec ?? {}) as { taints?: Taint[] };
      let result;
      try {
        result = reorganize(node.metadata.name, spec.taints ?? [], parsed.add, parsed.remove, f.bool('overwrite'));
      } catch (e) {
        throw new CliError(e instanceof Error ? e.message : String(e));
      }
      // An empty list is dropped (omitempty), as the patch kubectl sends leaves no `taints: []`.
      if (result.taints.length) spec.taints = result.taints;
      else delete spec.taints;
      copy.spec = spec;
      const written = dryRun === 'client' ? copy : inv.env.cluster.update(copy, { dryRun: dryRun === 'server' });
      inv.out.out(objectPrinter(output, result.operation, dryRun)([written]));
    }
    targets.finish();
  },
};
