/**
 * What the `set` commands share (kubectl/pkg/cmd/set): the objects come from the cluster or, with
 * --local, from -f files (decoded into their Go types, so empty struct fields reappear); each is
 * changed by the command's function, recorded with --record, sent (unless local or client dry run)
 * and printed as `kind/name <operation>` or with -o.
 */
import type { KObject } from '../../api/types';
import { deepCopy } from '../../cluster/objects';
import { withTypedDefaults } from '../../printers/serialize-typed';
import { CliError, RESOURCES_REQUIRED } from '../errors';
import { dryRunStrategy } from '../dry-run';
import { namespaceOf, type Invocation } from '../invocation';
import { readManifests } from '../manifests';
import { objectPrinter } from '../print-flags';
import { recordChangeCause } from '../record';
import { collectTargets } from './targets';

type Json = Record<string, unknown>;

/** The pod spec inside a workload (or the pod's own). */
export function podSpecOf(o: KObject): Json | undefined {
  const spec = o.spec as Json | undefined;
  if (!spec) return undefined;
  if (o.kind === 'Pod') return spec;
  if (o.kind === 'CronJob') return ((((spec.jobTemplate as Json)?.spec as Json)?.template as Json)?.spec as Json) ?? undefined;
  return ((spec.template as Json)?.spec as Json) ?? undefined;
}

/** Containers first, then init containers, as the set commands visit them; `-c` filters by name (`*` = all). */
export function containersOf(o: KObject, selector = '*'): Json[] {
  const ps = podSpecOf(o);
  const all = [...((ps?.containers as Json[]) ?? []), ...((ps?.initContainers as Json[]) ?? [])];
  return selector === '*' ? all : all.filter((c) => c.name === selector);
}

export function runSet(inv: Invocation, resources: string[], operation: string, mutate: (o: KObject) => void): void {
  const f = inv.flags;
  const local = f.bool('local');
  if (local && resources.length) throw new CliError('can only use local files by -f deployment.yaml or --filename=deployment.json when --local=true is set');
  if (resources.length === 0 && f.list('filename').length === 0) throw new CliError(RESOURCES_REQUIRED);
  const dryRun = dryRunStrategy(inv);
  const printer = objectPrinter(f.string('output'), operation, dryRun);
  const targets = local ? { objects: readManifests(inv, f.list('filename')).map(withTypedDefaults), finish() {} } : collectTargets(inv, namespaceOf(inv), resources);
  for (const original of targets.objects) {
    const o = deepCopy(original) as KObject;
    mutate(o);
    recordChangeCause(inv, o);
    const result = local || dryRun === 'client' ? o : inv.env.cluster.update(o, { dryRun: dryRun === 'server' });
    inv.out.out(printer([result]));
  }
  targets.finish();
}

/** Splits arguments into resources and `KEY=VALUE` (or `KEY-`) items. */
export function splitAssignments(args: readonly string[], removals = false): { resources: string[]; items: string[] } {
  const i = args.findIndex((a) => a.includes('=') || (removals && a.endsWith('-') && a.length > 1));
  return i < 0 ? { resources: [...args], items: [] } : { resources: args.slice(0, i), items: args.slice(i) };
}
