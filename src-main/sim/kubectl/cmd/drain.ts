/**
 * kubectl drain NODE (kubectl/pkg/cmd/drain, pkg/drain): cordons the node, picks its pods through
 * drain's filters (../../drain/filters), evicts them and waits on the virtual clock until they are
 * gone; their controllers recreate them elsewhere. Honoured: NODE names, -l, --ignore-daemonsets,
 * --delete-emptydir-data, --force, --grace-period, --timeout (`drain did not complete within`),
 * --pod-selector, --skip-wait-for-delete-timeout, --disable-eviction (`deleted` instead of
 * `evicted`), --dry-run. Accepted without effect: --chunk-size. Not simulated: the Eviction API's
 * PodDisruptionBudget check (every eviction is granted).
 */
import type { KObject } from '../../api/types';
import { goDuration } from '../../controllers/kubelet';
import { podsForDeletion, type DrainOptions, type PodDeleteList } from '../../drain/filters';
import { ExitError } from '../errors';
import { dryRunStrategy, type DryRun } from '../dry-run';
import type { Invocation, Verb } from '../invocation';
import { objectPrinter } from '../print-flags';
import { cordonNodes, selectNodes } from './cordon';

/** With no --timeout kubectl waits forever; the simulator gives up after this much virtual time. */
const MAX_WAIT_MS = 60 * 60 * 1000;
const POLL_MS = 1000;

function drainOptions(inv: Invocation): DrainOptions {
  const f = inv.flags;
  return {
    force: f.bool('force'),
    ignoreDaemonSets: f.bool('ignore-daemonsets'),
    deleteEmptyDirData: f.bool('delete-emptydir-data') || f.bool('delete-local-data'),
    skipWaitForDeleteTimeoutSeconds: f.int('skip-wait-for-delete-timeout'),
  };
}

function podsOnNode(inv: Invocation, node: string, opts: DrainOptions): PodDeleteList {
  const cluster = inv.env.cluster;
  const selector = inv.flags.string('pod-selector');
  const pods = cluster.list('pods', undefined, { fieldSelector: `spec.nodeName=${node}`, labelSelector: selector || undefined });
  const dsExists = (ns: string, name: string) => cluster.tryGet('daemonsets', ns, name) !== undefined;
  return podsForDeletion(pods, opts, dsExists, cluster.now());
}

const sameKey = (a: KObject) => `${a.metadata.namespace}/${a.metadata.name}`;

/** Evicts (or deletes) the pods, then waits until each is gone; an Error when the timeout passes first. */
function evictPods(inv: Invocation, pods: readonly KObject[], dryRun: DryRun): void {
  const f = inv.flags;
  const cluster = inv.env.cluster;
  const useDelete = f.bool('disable-eviction');
  const grace = f.int('grace-period');
  const printer = objectPrinter('', useDelete ? 'deleted' : 'evicted', dryRun);
  for (const pod of pods) {
    if (!useDelete) inv.out.out(`evicting pod ${sameKey(pod)}${dryRun === 'server' ? ' (server dry run)' : ''}\n`);
    cluster.delete('pods', pod.metadata.namespace, pod.metadata.name, { gracePeriodSeconds: grace >= 0 ? grace : undefined, dryRun: dryRun === 'server' });
  }
  if (dryRun === 'server') {
    for (const pod of pods) inv.out.out(printer([pod]));
    return;
  }
  const timeout = f.duration('timeout');
  const limit = timeout > 0 ? timeout : MAX_WAIT_MS;
  let waiting = [...pods];
  let waited = 0;
  for (;;) {
    // A pod is gone when no pod of that name exists, or one with another uid replaced it.
    const gone = waiting.filter((p) => cluster.tryGet('pods', p.metadata.namespace, p.metadata.name)?.metadata.uid !== p.metadata.uid);
    for (const p of gone) inv.out.out(printer([p]));
    waiting = waiting.filter((p) => !gone.includes(p));
    if (waiting.length === 0) return;
    if (waited >= limit) throw new Error(`drain did not complete within ${goDuration(limit)}`);
    const step = Math.min(POLL_MS, limit - waited);
    cluster.advance(step);
    waited += step;
  }
}

/** deleteOrEvictPodsSimple: one node's pods; returns the error that stops this node, if any. */
function drainNode(inv: Invocation, node: KObject, opts: DrainOptions, dryRun: DryRun): string | undefined {
  const name = node.metadata.name;
  const list = podsOnNode(inv, name, opts);
  if (list.errors.length) return aggregate(list.errors);
  if (list.warnings) inv.out.err(`Warning: ${list.warnings}\n`);
  if (dryRun === 'client') {
    for (const pod of list.pods) inv.out.out(`evicting pod ${sameKey(pod)} (dry run)\n`);
    return undefined;
  }
  try {
    evictPods(inv, list.pods, dryRun);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const pending = podsOnNode(inv, name, opts);
    if (pending.pods.length) {
      inv.out.err(`There are pending pods in node "${name}" when an error occurred: ${message}\n`);
      for (const p of pending.pods) inv.out.err(`pod/${p.metadata.name}\n`);
    }
    return message;
  }
  return undefined;
}

/** utilerrors.NewAggregate(...).Error(): one message alone, several in brackets. */
function aggregate(messages: readonly string[]): string {
  return messages.length === 1 ? messages[0]! : `[${messages.join(', ')}]`;
}

export const drain: Verb = {
  path: 'drain',
  run(inv) {
    const dryRun = dryRunStrategy(inv);
    const opts = drainOptions(inv);
    const { nodes, finish } = selectNodes(inv, 'drain');
    const cordoned = cordonNodes(inv, nodes, true, dryRun);
    finish();
    const drained = objectPrinter('', 'drained', dryRun);
    const fatal: string[] = [];
    const remaining: string[] = [];
    for (const node of cordoned) {
      const err = drainNode(inv, node, opts, dryRun);
      if (err === undefined) {
        inv.out.out(drained([node]));
        continue;
      }
      inv.out.err(`error: unable to drain node "${node.metadata.name}" due to error: ${err}, continuing command...\n`);
      fatal.push(err);
      remaining.push(node.metadata.name);
    }
    if (remaining.length) inv.out.err(`There are pending nodes to be drained:\n${remaining.map((n) => ` ${n}\n`).join('')}`);
    // The errors come back as an Aggregate, which cmdutil.CheckErr prints one per line without `error: `.
    if (fatal.length) throw new ExitError(1, '', fatal.map((m) => `${m}\n`).join(''));
  },
};
