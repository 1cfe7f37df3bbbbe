/**
 * kubectl drain NODE (kubectl/pkg/cmd/drain, pkg/drain): cordons the node, picks its pods through
 * drain's filters (../../drain/filters), evicts them and waits on the virtual clock until they are
 * gone; their controllers recreate them elsewhere. Honoured: NODE names, -l, --ignore-daemonsets,
 * --delete-emptydir-data, --force, --grace-period, --timeout (`drain did not complete within`),
 * --pod-selector, --skip-wait-for-delete-timeout, --disable-eviction (`deleted` instead of
 * `evicted`), --dry-run; PodDisruptionBudgets refuse evictions (retried every 5 s, see
 * ../../drain/disruption-budget). Accepted without effect: --chunk-size.
 */
import type { KObject } from '../../api/types';
import { goDuration } from '../../controllers/kubelet';
import { blockingBudget, PDB_VIOLATION } from '../../drain/disruption-budget';
import { podsForDeletion, type DrainOptions, type PodDeleteList } from '../../drain/filters';
import { ExitError } from '../errors';
import { dryRunStrategy, type DryRun } from '../dry-run';
import type { Invocation, Verb } from '../invocation';
import { objectPrinter } from '../print-flags';
import { cordonNodes, selectNodes } from './cordon';

/** With no --timeout kubectl waits forever; the simulator gives up after this much virtual time. */
const MAX_WAIT_MS = 60 * 60 * 1000;
const POLL_MS = 1000;
const EVICTION_RETRY_MS = 5000;

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

/**
 * Evicts (or deletes) the pods, then waits until each is gone; throws when the timeout passes
 * first. An eviction a PodDisruptionBudget refuses is retried every 5 s, as kubectl does, while
 * the pods already evicted are replaced elsewhere.
 */
function evictPods(inv: Invocation, pods: readonly KObject[], dryRun: DryRun): void {
  const f = inv.flags;
  const cluster = inv.env.cluster;
  const useDelete = f.bool('disable-eviction');
  const grace = f.int('grace-period');
  const printer = objectPrinter('', useDelete ? 'deleted' : 'evicted', dryRun);
  const timeout = f.duration('timeout');
  const limit = timeout > 0 ? timeout : MAX_WAIT_MS;
  const remove = (pod: KObject) =>
    cluster.delete('pods', pod.metadata.namespace, pod.metadata.name, { gracePeriodSeconds: grace >= 0 ? grace : undefined, dryRun: dryRun === 'server' });
  let toEvict = [...pods];
  let waiting: KObject[] = [];
  let waited = 0;
  let nextAttempt = 0;
  for (;;) {
    if (waited >= nextAttempt && toEvict.length) {
      const refused: KObject[] = [];
      for (const pod of toEvict) {
        if (useDelete) {
          remove(pod);
          waiting.push(pod);
          continue;
        }
        inv.out.out(`evicting pod ${sameKey(pod)}${dryRun === 'server' ? ' (server dry run)' : ''}\n`);
        const ns = pod.metadata.namespace;
        const live = cluster.tryGet('pods', ns, pod.metadata.name);
        if (live && live.metadata.uid === pod.metadata.uid && blockingBudget(live, cluster.list('poddisruptionbudgets', ns), cluster.list('pods', ns))) {
          inv.out.err(`error when evicting pods/"${pod.metadata.name}" -n "${ns}" (will retry after 5s): ${PDB_VIOLATION}\n`);
          refused.push(pod);
          continue;
        }
        remove(pod);
        waiting.push(pod);
      }
      toEvict = refused;
      nextAttempt = waited + EVICTION_RETRY_MS;
    }
    if (dryRun === 'server') {
      for (const pod of waiting) inv.out.out(printer([pod]));
      waiting = [];
    }
    // A pod is gone when no pod of that name exists, or one with another uid replaced it.
    const gone = waiting.filter((p) => cluster.tryGet('pods', p.metadata.namespace, p.metadata.name)?.metadata.uid !== p.metadata.uid);
    for (const p of gone) inv.out.out(printer([p]));
    waiting = waiting.filter((p) => !gone.includes(p));
    if (waiting.length === 0 && toEvict.length === 0) return;
    if (waited >= limit) {
      const stuck = toEvict[0];
      if (stuck) throw new Error(`error when evicting pods/"${stuck.metadata.name}" -n "${stuck.metadata.namespace}": global timeout reached: ${goDuration(limit)}`);
      throw new Error(`drain did not complete within ${goDuration(limit)}`);
    }
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
