/**
 * kubectl delete ([-f FILENAME] | TYPE [(NAME | -l label | --all)]) (kubectl/pkg/cmd/delete).
 * Like kubectl, it waits until the objects are gone: the virtual clock advances through the
 * pods' termination. Honoured: names, TYPE/NAME, -l, --all, -A, --field-selector, -f, -n,
 * --now, --grace-period, --force, --cascade (background|foreground|orphan), --ignore-not-found,
 * --wait, --dry-run, -o name. Accepted without effect: --timeout, --raw, -R, -k, --interactive.
 */
import type { KObject } from '../../api/types';
import { resourceForKind } from '../../api/registry';
import type { PropagationPolicy } from '../../cluster/cluster';
import { kindPrefixOf } from '../../printers/serialize-name';
import { CliError, RESOURCES_REQUIRED } from '../errors';
import { dryRunStrategy } from '../dry-run';
import { namespaceOf, type Verb } from '../invocation';
import { collectTargets } from './targets';

function cascadeOf(value: string): PropagationPolicy {
  switch (value) {
    case 'background':
    case 'true':
      return 'Background';
    case 'foreground':
      return 'Foreground';
    case 'orphan':
    case 'false':
      return 'Orphan';
    default:
      throw new CliError(`invalid cascade value (${value}). Must be "background", "foreground", or "orphan"`);
  }
}

export const del: Verb = {
  path: 'delete',
  run(inv) {
    const f = inv.flags;
    if (inv.args.length === 0 && f.list('filename').length === 0 && !f.string('kustomize')) throw new CliError(RESOURCES_REQUIRED);
    if (f.bool('all') && f.string('selector')) throw new CliError('cannot set --all and --selector at the same time');
    const policy = cascadeOf(f.string('cascade'));
    let grace = f.int('grace-period');
    if (f.bool('now')) {
      if (grace !== -1) throw new CliError('--now and --grace-period cannot be specified together');
      grace = 1;
    }
    const force = f.bool('force');
    // kubectl turns --grace-period=0 into 1 unless --force, and --force alone into 0 (delete.go Complete).
    if (grace === 0 && !force) grace = 1;
    if (force && grace < 0) grace = 0;
    const immediate = force && grace === 0;
    if (immediate) {
      inv.out.err('Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n');
    }
    const dryRun = dryRunStrategy(inv);
    const cluster = inv.env.cluster;
    const targets = collectTargets(inv, namespaceOf(inv));
    if (targets.objects.length === 0 && (f.bool('all') || f.string('selector'))) {
      inv.out.out('No resources found\n');
    }
    const nameOnly = f.string('output') === 'name';
    const deleted: KObject[] = [];
    for (const obj of targets.objects) {
      const rt = resourceForKind(obj.kind, obj.apiVersion)!;
      if (dryRun === 'none') {
        cluster.delete(rt, obj.metadata.namespace, obj.metadata.name, { propagationPolicy: policy, ...(grace >= 0 ? { gracePeriodSeconds: grace } : {}) });
        deleted.push(obj);
      }
      const suffix = dryRun === 'client' ? ' (dry run)' : dryRun === 'server' ? ' (server dry run)' : '';
      const operation = immediate ? 'force deleted' : 'deleted';
      inv.out.out(nameOnly ? `${kindPrefixOf(obj)}/${obj.metadata.name}\n` : `${kindPrefixOf(obj)} "${obj.metadata.name}" ${operation}${suffix}\n`);
    }
    if (f.bool('wait') && deleted.length) waitUntilGone(cluster, deleted);
    targets.finish();
  },
};

/** kubectl delete waits for the objects to disappear; here the virtual clock runs until they do (at most 2 minutes). */
function waitUntilGone(cluster: import('../../cluster/cluster').Cluster, objects: KObject[]): void {
  const gone = () =>
    objects.every((o) => {
      const rt = resourceForKind(o.kind, o.apiVersion)!;
      const cur = cluster.tryGet(rt, o.metadata.namespace, o.metadata.name);
      return !cur || cur.metadata.uid !== o.metadata.uid;
    });
  cluster.waitFor(gone, 1000, 120);
}
