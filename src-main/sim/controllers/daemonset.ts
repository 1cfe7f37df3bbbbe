/**
 * The DaemonSet controller: one pod per eligible node (nodeSelector matched, NoSchedule taints
 * tolerated), pinned with a node-name affinity the scheduler honours, and the DESIRED/CURRENT/
 * READY/UP-TO-DATE/AVAILABLE counts.
 */
import type { KObject } from '../api/types';
import type { Cluster } from '../cluster/cluster';
import { deepCopy, isDeleting } from '../cluster/objects';
import type { Controller } from './engine';
import { podTemplateHash } from './deployment';
import { isPodActive, isPodReady, podFromTemplate, podsOf, setStatus, unchanged, type Json } from './util';

const SOURCE = { component: 'daemonset-controller' };

function eligible(ds: KObject, node: KObject): boolean {
  const tpl: Json = (ds.spec as Json).template?.spec ?? {};
  for (const [k, v] of Object.entries((tpl.nodeSelector ?? {}) as Record<string, string>)) if (node.metadata.labels?.[k] !== v) return false;
  const tolerations: Json[] = tpl.tolerations ?? [];
  for (const taint of (((node.spec as Json) ?? {}).taints ?? []) as Json[]) {
    if (taint.effect !== 'NoSchedule' && taint.effect !== 'NoExecute') continue;
    const ok = tolerations.some((t) => (!t.effect || t.effect === taint.effect) && (t.operator === 'Exists' ? !t.key || t.key === taint.key : t.key === taint.key && (t.value ?? '') === (taint.value ?? '')));
    if (!ok) return false;
  }
  return true;
}

function pinnedNode(pod: KObject): string | undefined {
  return (pod.spec as Json).nodeName ?? (pod.spec as Json).affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms?.[0]?.matchFields?.[0]?.values?.[0];
}

export const daemonSetController: Controller = {
  name: 'daemonset',
  watches: ['daemonsets.apps', 'pods', 'nodes'],
  sync(cluster: Cluster) {
    const nodes = cluster.store.list('nodes');
    for (const ds of [...cluster.store.values('daemonsets.apps')]) {
      if (isDeleting(ds)) continue;
      if (unchanged(cluster, 'daemonset', ds, [...podsOf(cluster, ds), ...nodes])) continue;
      const spec = ds.spec as Json;
      const hash = podTemplateHash(spec.template);
      const pods = podsOf(cluster, ds).filter(isPodActive);
      const targets = nodes.filter((n) => eligible(ds, n));
      for (const node of targets) {
        if (pods.some((p) => pinnedNode(p) === node.metadata.name)) continue;
        const template = deepCopy(spec.template);
        template.spec.affinity = {
          ...(template.spec.affinity ?? {}),
          nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchFields: [{ key: 'metadata.name', operator: 'In', values: [node.metadata.name] }] }] } },
        };
        const pod = podFromTemplate(cluster, ds, template, `${ds.metadata.name}-${cluster.rng.randomSuffix(5)}`, {
          'controller-revision-hash': hash,
          'pod-template-generation': String(ds.metadata.generation ?? 1),
        });
        cluster.recordEvent({ involved: ds, type: 'Normal', reason: 'SuccessfulCreate', message: `Created pod: ${pod.metadata.name}`, source: SOURCE });
      }
      for (const pod of pods) {
        const n = pinnedNode(pod);
        if (n && !targets.some((t) => t.metadata.name === n)) {
          cluster.deleteObject(cluster.resourceType('pods'), pod, 'Background');
          cluster.recordEvent({ involved: ds, type: 'Normal', reason: 'SuccessfulDelete', message: `Deleted pod: ${pod.metadata.name}`, source: SOURCE });
        }
      }
      const current = podsOf(cluster, ds).filter(isPodActive);
      const ready = current.filter(isPodReady).length;
      const updated = current.filter((p) => p.metadata.labels?.['controller-revision-hash'] === hash).length;
      const status: Json = {
        currentNumberScheduled: current.length,
        desiredNumberScheduled: targets.length,
        numberMisscheduled: 0,
        numberReady: ready,
        observedGeneration: ds.metadata.generation,
      };
      if (ready) status.numberAvailable = ready;
      if (targets.length - ready > 0) status.numberUnavailable = targets.length - ready;
      if (updated) status.updatedNumberScheduled = updated;
      setStatus(cluster, ds, status);
    }
  },
};
