/**
 * The default scheduler, reduced to what a learner can see: filter nodes (Ready, schedulable,
 * taints tolerated, nodeSelector and node-name affinity), then spread pods over the fewest-loaded
 * nodes; a pod that fits nowhere stays Pending with FailedScheduling and the scheduler's message.
 */
import type { KObject } from '../api/types';
import type { Cluster } from '../cluster/cluster';
import { rfc3339 } from '../cluster/clock';
import { isDeleting } from '../cluster/objects';
import { matchesRequirements, type Requirement } from '../cluster/selectors';
import type { Controller } from './engine';
import type { Json } from './util';

const SOURCE = { component: 'default-scheduler' };

function tolerates(tolerations: Json[], taint: Json): boolean {
  return tolerations.some((t) => {
    if (t.effect && t.effect !== taint.effect) return false;
    if (t.operator === 'Exists') return !t.key || t.key === taint.key;
    return t.key === taint.key && (t.value ?? '') === (taint.value ?? '');
  });
}

function isReady(node: KObject): boolean {
  return (((node.status as Json) ?? {}).conditions ?? []).some((c: Json) => c.type === 'Ready' && c.status === 'True');
}

type Verdict = { ok: true } | { ok: false; reason: string };

function nodeNameAffinity(pod: Json): string[] | undefined {
  const terms: Json[] = pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? [];
  const names: string[] = [];
  for (const t of terms) for (const f of t.matchFields ?? []) if (f.key === 'metadata.name' && f.operator === 'In') names.push(...(f.values ?? []));
  return names.length ? names : undefined;
}

function nodeLabelAffinity(pod: Json): Requirement[][] | undefined {
  const terms: Json[] = pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? [];
  const out: Requirement[][] = [];
  for (const t of terms) {
    if (!(t.matchExpressions ?? []).length) continue;
    out.push(
      (t.matchExpressions as Json[]).map((e) => ({
        key: e.key,
        op: e.operator === 'In' ? 'in' : e.operator === 'NotIn' ? 'notin' : e.operator === 'Exists' ? 'exists' : '!',
        values: e.values ?? [],
      })),
    );
  }
  return out.length ? out : undefined;
}

function fits(pod: Json, node: KObject): Verdict {
  const ns: Json = node.spec ?? {};
  const names = nodeNameAffinity(pod);
  if (names && !names.includes(node.metadata.name)) return { ok: false, reason: "didn't match Pod's node affinity/selector" };
  if (!isReady(node)) return { ok: false, reason: 'had untolerated taint {node.kubernetes.io/not-ready: }' };
  if (ns.unschedulable && !tolerates(pod.spec.tolerations ?? [], { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' })) {
    return { ok: false, reason: 'were unschedulable' };
  }
  for (const taint of (ns.taints ?? []) as Json[]) {
    if (taint.effect !== 'NoSchedule' && taint.effect !== 'NoExecute') continue;
    if (!tolerates(pod.spec.tolerations ?? [], taint)) return { ok: false, reason: `had untolerated taint {${taint.key}: ${taint.value ?? ''}}` };
  }
  const selector: Record<string, string> = pod.spec.nodeSelector ?? {};
  for (const [k, v] of Object.entries(selector)) if (node.metadata.labels?.[k] !== v) return { ok: false, reason: "didn't match Pod's node affinity/selector" };
  const terms = nodeLabelAffinity(pod);
  if (terms && !terms.some((reqs) => matchesRequirements(reqs, node.metadata.labels))) return { ok: false, reason: "didn't match Pod's node affinity/selector" };
  return { ok: true };
}

/** `0/2 nodes are available: 1 node(s) had untolerated taint {...}, 1 node(s) were unschedulable. preemption: ...` */
function unschedulableMessage(reasons: string[], nodeCount: number): string {
  const counts = new Map<string, number>();
  for (const r of reasons) counts.set(r, (counts.get(r) ?? 0) + 1);
  const parts = [...counts.entries()].map(([r, n]) => `${n} node(s) ${r}`).sort();
  return `0/${nodeCount} nodes are available: ${parts.join(', ')}. preemption: 0/${nodeCount} nodes are available: ${nodeCount} Preemption is not helpful for scheduling.`;
}

export const schedulerController: Controller = {
  name: 'scheduler',
  watches: ['pods', 'nodes'],
  sync(cluster) {
    const pending = [...cluster.store.values('pods')].filter((p) => !(p.spec as Json).nodeName && !isDeleting(p) && ((p.spec as Json).schedulerName ?? 'default-scheduler') === 'default-scheduler');
    if (!pending.length) return;
    const nodes = cluster.store.list('nodes');
    const load = new Map<string, number>();
    for (const p of cluster.store.values('pods')) {
      const n = (p.spec as Json).nodeName;
      if (n) load.set(n, (load.get(n) ?? 0) + 1);
    }
    const now = rfc3339(cluster.now());
    for (const pod of pending) {
      const verdicts = nodes.map((n) => ({ node: n, v: fits(pod as Json, n) }));
      const candidates = verdicts.filter((x) => x.v.ok).map((x) => x.node);
      if (!candidates.length) {
        const message = nodes.length ? unschedulableMessage(verdicts.map((x) => (x.v as { reason: string }).reason), nodes.length) : 'no nodes available to schedule pods';
        const prev = (((pod.status as Json) ?? {}).conditions ?? []).find((c: Json) => c.type === 'PodScheduled');
        if (prev?.message === message) continue;
        cluster.mutate(pod, (p) => {
          p.status = { ...(p.status ?? {}), phase: 'Pending', conditions: [{ lastProbeTime: null, lastTransitionTime: now, message, reason: 'Unschedulable', status: 'False', type: 'PodScheduled' }] };
        });
        cluster.recordEvent({ involved: pod, type: 'Warning', reason: 'FailedScheduling', message, source: SOURCE });
        continue;
      }
      const least = Math.min(...candidates.map((n) => load.get(n.metadata.name) ?? 0));
      const best = candidates.filter((n) => (load.get(n.metadata.name) ?? 0) === least);
      const chosen = best.length === 1 ? best[0]! : cluster.rng.pick(best);
      load.set(chosen.metadata.name, least + 1);
      // A shallow copy: the rest of the pod stays shared (frozen) with the version before binding,
      // which saves deep-copying and re-freezing a whole pod per binding.
      const bound = cluster.write({
        ...pod,
        metadata: { ...pod.metadata },
        spec: { ...(pod.spec as Json), nodeName: chosen.metadata.name },
        status: { ...((pod.status as Json) ?? {}), phase: 'Pending', conditions: [{ lastProbeTime: null, lastTransitionTime: now, status: 'True', type: 'PodScheduled' }] },
      });
      cluster.recordEvent({ involved: bound, type: 'Normal', reason: 'Scheduled', message: `Successfully assigned ${pod.metadata.namespace}/${pod.metadata.name} to ${chosen.metadata.name}`, source: SOURCE });
    }
  },
};
