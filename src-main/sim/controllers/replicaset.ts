/**
 * The ReplicaSet controller (pkg/controller/replicaset): keeps `spec.replicas` active pods named
 * `<rs>-<5 chars>`, deleting the least valuable ones first when scaling down.
 */
import type { KObject } from '../api/types';
import type { Cluster } from '../cluster/cluster';
import { isDeleting } from '../cluster/objects';
import type { Controller } from './engine';
import { isPodActive, isPodReady, podFromTemplate, podsOf, setStatus, unchanged, type Json } from './util';

const CONTROLLER = { component: 'replicaset-controller' };

/** Deletion order of getPodsToDelete: unscheduled, then pending, then not ready, then the newest. */
function deletionRank(pod: KObject): number[] {
  const st = (pod.status as Json) ?? {};
  const spec = (pod.spec as Json) ?? {};
  const phaseRank = st.phase === 'Pending' ? 0 : st.phase === 'Unknown' ? 1 : 2;
  const restarts = (st.containerStatuses ?? []).reduce((n: number, c: Json) => n + (c.restartCount ?? 0), 0);
  return [spec.nodeName ? 1 : 0, phaseRank, isPodReady(pod) ? 1 : 0, -restarts, -Date.parse(String(pod.metadata.creationTimestamp))];
}

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

export function syncReplicaSet(cluster: Cluster, rs: KObject): void {
  if (isDeleting(rs)) return;
  const spec = rs.spec as Json;
  const all = podsOf(cluster, rs);
  const active = all.filter(isPodActive);
  const want = spec.replicas ?? 1;
  const diff = active.length - want;
  if (diff < 0) {
    for (let i = 0; i < -diff; i++) {
      const pod = podFromTemplate(cluster, rs, spec.template, `${rs.metadata.name}-${cluster.rng.randomSuffix(5)}`);
      cluster.recordEvent({ involved: rs, type: 'Normal', reason: 'SuccessfulCreate', message: `Created pod: ${pod.metadata.name}`, source: CONTROLLER });
    }
  } else if (diff > 0) {
    const victims = [...active].sort((a, b) => compareRanks(deletionRank(a), deletionRank(b))).slice(0, diff);
    for (const pod of victims) {
      cluster.deleteObject(cluster.resourceType('pods'), pod, 'Background');
      cluster.recordEvent({ involved: rs, type: 'Normal', reason: 'SuccessfulDelete', message: `Deleted pod: ${pod.metadata.name}`, source: CONTROLLER });
    }
  }
  const current = podsOf(cluster, rs).filter(isPodActive);
  const ready = current.filter(isPodReady).length;
  const labels = (spec.template?.metadata?.labels ?? {}) as Record<string, string>;
  const fully = current.filter((p) => Object.entries(labels).every(([k, v]) => p.metadata.labels?.[k] === v)).length;
  const status: Json = { ...((rs.status as Json) ?? {}) };
  status.replicas = current.length;
  status.fullyLabeledReplicas = fully;
  status.readyReplicas = ready;
  status.availableReplicas = ready;
  status.observedGeneration = rs.metadata.generation;
  // The API omits zero counts (omitempty), except replicas.
  for (const k of ['fullyLabeledReplicas', 'readyReplicas', 'availableReplicas']) if (!status[k]) delete status[k];
  setStatus(cluster, rs, status);
}

export const replicaSetController: Controller = {
  name: 'replicaset',
  watches: ['replicasets.apps', 'pods'],
  sync(cluster) {
    for (const rs of [...cluster.store.values('replicasets.apps')]) {
      if (unchanged(cluster, 'replicaset', rs, podsOf(cluster, rs))) continue;
      syncReplicaSet(cluster, rs);
    }
  },
};
