/**
 * The StatefulSet controller: pods `<sts>-0 … <sts>-N-1` with stable names and hostnames, created
 * in order (OrderedReady waits for each to be Running and Ready) and removed from the highest
 * ordinal down; Parallel creates them all at once.
 */
import type { KObject } from '../api/types';
import type { Cluster } from '../cluster/cluster';
import { deepCopy, isDeleting } from '../cluster/objects';
import type { Controller } from './engine';
import { podTemplateHash } from './deployment';
import { isPodActive, isPodReady, podFromTemplate, podsOf, setStatus, unchanged, type Json } from './util';

const SOURCE = { component: 'statefulset-controller' };

function ordinal(sts: KObject, pod: KObject): number {
  const suffix = pod.metadata.name.slice(sts.metadata.name.length + 1);
  return /^\d+$/.test(suffix) ? Number(suffix) : -1;
}

export const statefulSetController: Controller = {
  name: 'statefulset',
  watches: ['statefulsets.apps', 'pods'],
  sync(cluster: Cluster) {
    for (const sts of [...cluster.store.values('statefulsets.apps')]) {
      if (isDeleting(sts)) continue;
      if (unchanged(cluster, 'statefulset', sts, podsOf(cluster, sts))) continue;
      const spec = sts.spec as Json;
      const replicas: number = spec.replicas ?? 1;
      const revision = `${sts.metadata.name}-${podTemplateHash(spec.template)}`;
      const parallel = spec.podManagementPolicy === 'Parallel';
      const pods = podsOf(cluster, sts);
      const byOrdinal = new Map(pods.map((p) => [ordinal(sts, p), p]));
      for (let i = 0; i < replicas; i++) {
        const existing = byOrdinal.get(i);
        if (existing) {
          if (!parallel && !(isPodReady(existing) && isPodActive(existing))) break;
          continue;
        }
        const name = `${sts.metadata.name}-${i}`;
        const template = deepCopy(spec.template);
        template.spec = { ...template.spec, hostname: name, ...(spec.serviceName ? { subdomain: spec.serviceName } : {}) };
        podFromTemplate(cluster, sts, template, name, {
          'apps.kubernetes.io/pod-index': String(i),
          'controller-revision-hash': revision,
          'statefulset.kubernetes.io/pod-name': name,
        }, false);
        cluster.recordEvent({ involved: sts, type: 'Normal', reason: 'SuccessfulCreate', message: `create Pod ${name} in StatefulSet ${sts.metadata.name} successful`, source: SOURCE });
        if (!parallel) break;
      }
      // Scale down from the highest ordinal, one at a time unless Parallel.
      const extra = pods.filter((p) => ordinal(sts, p) >= replicas && !isDeleting(p)).sort((a, b) => ordinal(sts, b) - ordinal(sts, a));
      for (const p of parallel ? extra : extra.slice(0, 1)) {
        if (!parallel && pods.some((q) => isDeleting(q))) break;
        cluster.deleteObject(cluster.resourceType('pods'), p, 'Background');
        cluster.recordEvent({ involved: sts, type: 'Normal', reason: 'SuccessfulDelete', message: `delete Pod ${p.metadata.name} in StatefulSet ${sts.metadata.name} successful`, source: SOURCE });
      }
      const current = podsOf(cluster, sts).filter(isPodActive);
      const ready = current.filter(isPodReady).length;
      const status: Json = {
        availableReplicas: ready,
        collisionCount: 0,
        currentReplicas: current.length,
        currentRevision: revision,
        observedGeneration: sts.metadata.generation,
        readyReplicas: ready,
        replicas: current.length,
        updateRevision: revision,
        updatedReplicas: current.length,
      };
      for (const k of ['readyReplicas', 'currentReplicas', 'updatedReplicas']) if (!status[k]) delete status[k];
      setStatus(cluster, sts, status);
    }
  },
};
