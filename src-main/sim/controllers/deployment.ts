/**
 * The Deployment controller (pkg/controller/deployment): one ReplicaSet per pod template, named
 * `<deployment>-<pod-template-hash>`; rolling updates within maxSurge/maxUnavailable, Recreate,
 * revisions, history cleanup, and the status and conditions `kubectl get/describe/rollout` read.
 */
import type { KObject } from '../api/types';
import type { Cluster } from '../cluster/cluster';
import { rfc3339 } from '../cluster/clock';
import { canonicalJson, deepCopy, isDeleting } from '../cluster/objects';
import { fnv32a, safeEncodeString } from '../cluster/rng';
import type { Controller, Stage } from './engine';
import { intOrPercent, isControlledBy, ownerRef, setStatus, unchanged, type Json } from './util';

const SOURCE = { component: 'deployment-controller' };
export const REVISION = 'deployment.kubernetes.io/revision';
const DESIRED = 'deployment.kubernetes.io/desired-replicas';
const HISTORY = 'deployment.kubernetes.io/revision-history';
const CHANGE_CAUSE = 'kubernetes.io/change-cause';

/** Annotations a new ReplicaSet copies from its Deployment (all but the controller's own and kubectl's). */
function copiedAnnotations(d: KObject): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(d.metadata.annotations ?? {})) {
    if (k.startsWith('deployment.kubernetes.io/') || k === 'kubectl.kubernetes.io/last-applied-configuration') continue;
    out[k] = v;
  }
  return out;
}
const MAX = 'deployment.kubernetes.io/max-replicas';

/**
 * pod-template-hash: FNV-32a of the template (plus the collision count), its decimal form encoded
 * with SafeEncodeString, like controller.ComputeHash. The real hash runs over Go's spew dump of the
 * struct; this one hashes canonical JSON, so values differ from a real cluster's but keep their
 * shape and stability (the same template always gives the same hash).
 */
export function podTemplateHash(template: Json, collisionCount = 0): string {
  if (collisionCount === 0 && Object.isFrozen(template)) {
    let h = hashes.get(template);
    if (h === undefined) hashes.set(template, (h = safeEncodeString(String(fnv32a(canonicalJson(template))))));
    return h;
  }
  const h = fnv32a(canonicalJson(template) + (collisionCount ? `#${collisionCount}` : ''));
  return safeEncodeString(String(h));
}
const hashes = new WeakMap<object, string>();

/** Canonical JSON of a ReplicaSet's template without its hash label, memoized per (immutable) object. */
const templateKeys = new WeakMap<object, string>();
function templateKey(rs: KObject): string {
  const template = ((rs.spec as Json).template ?? {}) as object;
  let key = rsTemplateKeys.get(template);
  if (key === undefined) {
    const t = deepCopy(template) as Json;
    if (t.metadata?.labels) delete t.metadata.labels['pod-template-hash'];
    key = canonicalJson(t);
    rsTemplateKeys.set(template, key);
  }
  return key;
}
const rsTemplateKeys = new WeakMap<object, string>();

/** Canonical JSON of a Deployment's template, memoized per template object (shared across status writes). */
function deploymentTemplateKey(d: KObject): string {
  const template = ((d.spec as Json).template ?? {}) as object;
  let key = templateKeys.get(template);
  if (key === undefined) {
    key = canonicalJson(template);
    templateKeys.set(template, key);
  }
  return key;
}

function replicasOf(rs: KObject): number {
  return (rs.spec as Json).replicas ?? 0;
}

function revisionOf(obj: KObject): number {
  return Number(obj.metadata.annotations?.[REVISION] ?? 0);
}

function byCreation(a: KObject, b: KObject): number {
  return String(a.metadata.creationTimestamp).localeCompare(String(b.metadata.creationTimestamp)) || a.metadata.name.localeCompare(b.metadata.name);
}

function scaleReplicaSet(cluster: Cluster, d: KObject, rs: KObject, to: number, maxSurge: number): KObject {
  const from = replicasOf(rs);
  const dReplicas = (d.spec as Json).replicas;
  const next = cluster.write({
    ...rs,
    metadata: {
      ...rs.metadata,
      annotations: { ...(rs.metadata.annotations ?? {}), [DESIRED]: String(dReplicas), [MAX]: String(dReplicas + maxSurge) },
      generation: (rs.metadata.generation ?? 1) + 1,
    },
    spec: { ...(rs.spec as Json), replicas: to },
  });
  if (from !== to) {
    cluster.recordEvent({ involved: d, type: 'Normal', reason: 'ScalingReplicaSet', message: `Scaled ${to > from ? 'up' : 'down'} replica set ${rs.metadata.name} from ${from} to ${to}`, source: SOURCE });
  }
  return next;
}

function condition(type: string, status: string, reason: string, message: string, now: string, prev?: Json): Json {
  const transition = prev && prev.status === status ? prev.lastTransitionTime : now;
  const update = prev && prev.status === status && prev.reason === reason && prev.message === message ? prev.lastUpdateTime : now;
  return { lastTransitionTime: transition, lastUpdateTime: update, message, reason, status, type };
}

export function syncDeployment(cluster: Cluster, d: KObject): void {
  if (isDeleting(d)) return;
  const spec = d.spec as Json;
  const replicas: number = spec.replicas ?? 1;
  const all = cluster.store.ownedBy('replicasets.apps', d.metadata.uid!);
  const collisionCount: number = (d.status as Json | undefined)?.collisionCount ?? 0;
  const wanted = deploymentTemplateKey(d);
  let newRS = all.find((rs) => templateKey(rs) === wanted);
  const rolling = spec.strategy?.type !== 'Recreate';
  const maxSurge = rolling ? intOrPercent(spec.strategy?.rollingUpdate?.maxSurge ?? '25%', replicas, true) : 0;
  let maxUnavailable = rolling ? intOrPercent(spec.strategy?.rollingUpdate?.maxUnavailable ?? '25%', replicas, false) : replicas;
  if (rolling && maxSurge === 0 && maxUnavailable === 0) maxUnavailable = 1;
  let olds = all.filter((rs) => rs !== newRS);
  const maxOldRevision = Math.max(0, ...all.map(revisionOf));

  if (!spec.paused) {
    if (!newRS) {
      const hash = podTemplateHash(spec.template, collisionCount);
      const activeOld = olds.reduce((n, rs) => n + replicasOf(rs), 0);
      let initial = replicas;
      if (activeOld > 0) initial = rolling ? Math.max(0, Math.min(replicas, replicas + maxSurge - activeOld)) : 0;
      const template = deepCopy(spec.template);
      template.metadata = { ...(template.metadata ?? {}), labels: { ...(template.metadata?.labels ?? {}), 'pod-template-hash': hash } };
      const selector = deepCopy(spec.selector ?? {});
      selector.matchLabels = { ...(selector.matchLabels ?? {}), 'pod-template-hash': hash };
      const name = `${d.metadata.name}-${hash}`;
      newRS = cluster.createInternal({
        apiVersion: 'apps/v1',
        kind: 'ReplicaSet',
        metadata: {
          name,
          namespace: d.metadata.namespace,
          labels: { ...(template.metadata.labels as Record<string, string>) },
          annotations: { ...copiedAnnotations(d), [DESIRED]: String(replicas), [MAX]: String(replicas + maxSurge), [REVISION]: String(maxOldRevision + 1) },
          ownerReferences: [ownerRef(d)],
        },
        spec: { replicas: initial, selector, template, ...(spec.minReadySeconds ? { minReadySeconds: spec.minReadySeconds } : {}) },
      });
      if (initial > 0) cluster.recordEvent({ involved: d, type: 'Normal', reason: 'ScalingReplicaSet', message: `Scaled up replica set ${name} from 0 to ${initial}`, source: SOURCE });
    } else if (revisionOf(newRS) < maxOldRevision) {
      // Rolling back to an old template: it becomes the newest revision again, remembering the old number.
      const old = newRS.metadata.annotations?.[REVISION] ?? '';
      const history = [newRS.metadata.annotations?.[HISTORY], old].filter(Boolean).join(',');
      newRS = cluster.write({
        ...newRS,
        metadata: { ...newRS.metadata, annotations: { ...(newRS.metadata.annotations ?? {}), ...copiedAnnotations(d), [REVISION]: String(maxOldRevision + 1), [HISTORY]: history } },
      });
    } else if (d.metadata.annotations?.[CHANGE_CAUSE] !== undefined && newRS.metadata.annotations?.[CHANGE_CAUSE] !== d.metadata.annotations[CHANGE_CAUSE]) {
      newRS = cluster.write({ ...newRS, metadata: { ...newRS.metadata, annotations: { ...(newRS.metadata.annotations ?? {}), [CHANGE_CAUSE]: d.metadata.annotations[CHANGE_CAUSE]! } } });
    }
    olds = olds.map((rs) => cluster.store.getByUid(rs.metadata.uid!) ?? rs);

    if (!rolling) {
      for (const rs of olds) if (replicasOf(rs) > 0) scaleReplicaSet(cluster, d, rs, 0, 0);
      const oldPods = olds.flatMap((rs) => cluster.store.ownedBy('pods', rs.metadata.uid!));
      if (oldPods.length === 0 && replicasOf(newRS) !== replicas) newRS = scaleReplicaSet(cluster, d, newRS, replicas, 0);
    } else {
      // reconcileNewReplicaSet
      const total = () => [newRS!, ...olds].reduce((n, rs) => n + replicasOf(cluster.store.getByUid(rs.metadata.uid!) ?? rs), 0);
      const newReplicas = replicasOf(newRS);
      if (newReplicas > replicas) newRS = scaleReplicaSet(cluster, d, newRS, replicas, maxSurge);
      else if (newReplicas < replicas) {
        const room = replicas + maxSurge - total();
        const up = Math.min(Math.max(0, room), replicas - newReplicas);
        if (up > 0) newRS = scaleReplicaSet(cluster, d, newRS, newReplicas + up, maxSurge);
      }
      // reconcileOldReplicaSets
      const oldTotal = olds.reduce((n, rs) => n + replicasOf(rs), 0);
      if (oldTotal > 0) {
        const minAvailable = replicas - maxUnavailable;
        const newStatus = (newRS.status as Json) ?? {};
        const newUnavailable = replicasOf(newRS) - (newStatus.availableReplicas ?? 0);
        let budget = total() - minAvailable - newUnavailable;
        // Unhealthy old replicas go first, then available ones while enough stay available.
        for (const rs of [...olds].sort(byCreation)) {
          if (budget <= 0) break;
          const cur = cluster.store.getByUid(rs.metadata.uid!) ?? rs;
          const unhealthy = replicasOf(cur) - (((cur.status as Json) ?? {}).availableReplicas ?? 0);
          const cut = Math.min(budget, unhealthy, replicasOf(cur));
          if (cut > 0) {
            scaleReplicaSet(cluster, d, cur, replicasOf(cur) - cut, maxSurge);
            budget -= cut;
          }
        }
        const current = [newRS, ...olds].map((rs) => cluster.store.getByUid(rs.metadata.uid!) ?? rs);
        const available = current.reduce((n, rs) => n + Math.min(replicasOf(rs), ((rs.status as Json) ?? {}).availableReplicas ?? 0), 0);
        let down = available - minAvailable;
        for (const rs of current.slice(1).sort(byCreation)) {
          if (down <= 0) break;
          const cut = Math.min(replicasOf(rs), down);
          if (cut > 0) {
            scaleReplicaSet(cluster, d, rs, replicasOf(rs) - cut, maxSurge);
            down -= cut;
          }
        }
      }
    }
  }

  // Revision annotation on the deployment follows the new ReplicaSet.
  if (newRS && d.metadata.annotations?.[REVISION] !== newRS.metadata.annotations?.[REVISION]) {
    d = cluster.write({ ...d, metadata: { ...d.metadata, annotations: { ...(d.metadata.annotations ?? {}), [REVISION]: newRS.metadata.annotations![REVISION]! } } });
  }

  // History cleanup: old ReplicaSets with no replicas beyond revisionHistoryLimit, oldest first.
  const limit = spec.revisionHistoryLimit ?? 10;
  const idle = cluster.store
    .list('replicasets.apps', d.metadata.namespace)
    .filter((rs) => isControlledBy(rs, d) && rs !== newRS && rs.metadata.uid !== newRS?.metadata.uid && replicasOf(rs) === 0 && !(((rs.status as Json) ?? {}).replicas > 0))
    .sort((a, b) => revisionOf(a) - revisionOf(b));
  for (const rs of idle.slice(0, Math.max(0, idle.length - limit))) cluster.deleteObject(cluster.resourceType('rs'), rs, 'Background');

  syncDeploymentStatus(cluster, d, newRS, maxUnavailable);
}

function syncDeploymentStatus(cluster: Cluster, d: KObject, newRS: KObject | undefined, maxUnavailable: number): void {
  const spec = d.spec as Json;
  const replicas: number = spec.replicas ?? 1;
  const rsList = cluster.store.ownedBy('replicasets.apps', d.metadata.uid!);
  const sum = (f: (s: Json) => number) => rsList.reduce((n, rs) => n + f(((rs.status as Json) ?? {}) as Json), 0);
  const newRSNow = newRS ? cluster.store.getByUid(newRS.metadata.uid!) : undefined;
  const updated = newRSNow ? ((newRSNow.status as Json) ?? {}).replicas ?? 0 : 0;
  const total = sum((s) => s.replicas ?? 0);
  const ready = sum((s) => s.readyReplicas ?? 0);
  const available = sum((s) => s.availableReplicas ?? 0);
  const prev: Json = (d.status as Json) ?? {};
  const prevConds: Json[] = prev.conditions ?? [];
  const now = rfc3339(cluster.now());
  const find = (t: string) => prevConds.find((c) => c.type === t);
  const availableCond =
    available >= replicas - maxUnavailable
      ? condition('Available', 'True', 'MinimumReplicasAvailable', 'Deployment has minimum availability.', now, find('Available'))
      : condition('Available', 'False', 'MinimumReplicasUnavailable', 'Deployment does not have minimum availability.', now, find('Available'));
  const rsName = newRSNow?.metadata.name ?? '';
  const prevProgress = find('Progressing');
  const complete = updated === replicas && total === replicas && available >= replicas && ((newRSNow?.status as Json)?.availableReplicas ?? 0) >= replicas;
  const progressed = prev.updatedReplicas !== (updated || undefined) || prev.availableReplicas !== (available || undefined) || prev.replicas !== (total || undefined);
  let progressing: Json;
  if (spec.paused) {
    progressing = condition('Progressing', 'Unknown', 'DeploymentPaused', 'Deployment is paused', now, prevProgress);
  } else if (complete) {
    progressing = condition('Progressing', 'True', 'NewReplicaSetAvailable', `ReplicaSet "${rsName}" has successfully progressed.`, now, prevProgress);
  } else if (!prevProgress || !String(prevProgress.message).includes(`"${rsName}"`)) {
    progressing = condition('Progressing', 'True', 'NewReplicaSetCreated', `Created new replica set "${rsName}"`, now, prevProgress);
  } else if (prevProgress.reason === 'ProgressDeadlineExceeded') {
    progressing = prevProgress;
  } else if (progressed) {
    progressing = condition('Progressing', 'True', 'ReplicaSetUpdated', `ReplicaSet "${rsName}" is progressing.`, now, prevProgress);
  } else if (cluster.now() - Date.parse(prevProgress.lastUpdateTime) > (spec.progressDeadlineSeconds ?? 600) * 1000) {
    progressing = condition('Progressing', 'False', 'ProgressDeadlineExceeded', `ReplicaSet "${rsName}" has timed out progressing.`, now, prevProgress);
  } else {
    progressing = prevProgress;
  }
  const conditions = [availableCond, progressing];
  const status: Json = { availableReplicas: available, conditions, observedGeneration: d.metadata.generation, readyReplicas: ready, replicas: total, updatedReplicas: updated };
  if (replicas - available > 0) status.unavailableReplicas = replicas - available;
  if (prev.collisionCount) status.collisionCount = prev.collisionCount;
  for (const k of ['availableReplicas', 'readyReplicas', 'replicas', 'updatedReplicas']) if (!status[k]) delete status[k];
  setStatus(cluster, d, status);
}

export const deploymentController: Controller = {
  name: 'deployment',
  // Pods: a Recreate rollout waits for the old ReplicaSets' pods to be gone.
  watches: ['deployments.apps', 'replicasets.apps', 'pods'],
  sync(cluster) {
    for (const d of [...cluster.store.values('deployments.apps')]) {
      if (unchanged(cluster, 'deployment', d, cluster.store.ownedBy('replicasets.apps', d.metadata.uid!))) continue;
      syncDeployment(cluster, d);
    }
  },
};

/** Marks a rollout stuck (ProgressDeadlineExceeded) once progressDeadlineSeconds pass without progress. */
export const deploymentProgressStage: Stage = {
  name: 'deployment-progress-deadline',
  resource: 'deployments.apps',
  match: (d) => {
    const c = progressingCondition(d);
    return !!c && c.status === 'True' && c.reason !== 'NewReplicaSetAvailable';
  },
  delayMs: (d, cluster) => Date.parse(progressingCondition(d)!.lastUpdateTime) + ((d.spec as Json).progressDeadlineSeconds ?? 600) * 1000 + 1000 - cluster.now(),
  next: (d, cluster) => syncDeployment(cluster, d),
};

function progressingCondition(d: KObject): Json | undefined {
  return (((d.status as Json) ?? {}).conditions ?? []).find((x: Json) => x.type === 'Progressing');
}
