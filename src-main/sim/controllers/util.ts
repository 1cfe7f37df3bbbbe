/** Helpers shared by controllers: ownership, pod readiness, templates, int-or-percent values. */
import type { KObject, OwnerReference } from '../api/types';
import type { Cluster } from '../cluster/cluster';
import { deepCopy, isDeleting, canonicalEqual } from '../cluster/objects';

export type Json = Record<string, any>;

export function ownerRef(owner: KObject): OwnerReference {
  return { apiVersion: owner.apiVersion, kind: owner.kind, name: owner.metadata.name, uid: owner.metadata.uid!, controller: true, blockOwnerDeletion: true };
}

export function isControlledBy(obj: KObject, owner: KObject): boolean {
  return obj.metadata.ownerReferences?.some((r) => r.controller && r.uid === owner.metadata.uid) ?? false;
}

/** Pods that count toward a controller's replicas: not terminating, not finished. */
export function isPodActive(pod: KObject): boolean {
  const phase = (pod.status as Json | undefined)?.phase;
  return !isDeleting(pod) && phase !== 'Succeeded' && phase !== 'Failed';
}

export function isPodReady(pod: KObject): boolean {
  return ((pod.status as Json | undefined)?.conditions ?? []).some((c: Json) => c.type === 'Ready' && c.status === 'True');
}

/** Pods of a namespace controlled by an owner, in name order. */
export function podsOf(cluster: Cluster, owner: KObject): KObject[] {
  return cluster.store.ownedBy('pods', owner.metadata.uid!);
}

/** A pod built from a controller's template, named by the API server from generateName. */
export function podFromTemplate(cluster: Cluster, owner: KObject, template: Json, name: string, extraLabels: Record<string, string> = {}, generated = true): KObject {
  const meta: Json = template.metadata ?? {};
  const pod: KObject = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      generateName: generated ? `${owner.metadata.name}-` : undefined,
      namespace: owner.metadata.namespace,
      labels: { ...(meta.labels ?? {}), ...extraLabels },
      ownerReferences: [ownerRef(owner)],
    },
    spec: deepCopy(template.spec ?? {}),
  };
  if (meta.annotations && Object.keys(meta.annotations).length) pod.metadata.annotations = { ...meta.annotations };
  if (!pod.metadata.generateName) delete pod.metadata.generateName;
  return cluster.createInternal(pod);
}

/** intstr values like `25%` or `1`, resolved against a total (rounding up or down as Kubernetes does). */
export function intOrPercent(value: unknown, total: number, roundUp: boolean): number {
  if (typeof value === 'number') return value;
  const s = String(value ?? '0');
  if (s.endsWith('%')) {
    const v = (Number(s.slice(0, -1)) * total) / 100;
    return roundUp ? Math.ceil(v) : Math.floor(v);
  }
  return Number(s) || 0;
}

/** Writes only when the computed status differs, so idle controllers cause no writes. */
export function setStatus(cluster: Cluster, obj: KObject, next: Json): KObject {
  if (canonicalEqual(obj.status ?? {}, next)) return obj;
  // A shallow copy: spec and the rest stay shared (frozen) with the previous version.
  return cluster.write({ ...obj, metadata: { ...obj.metadata }, status: next });
}

/**
 * True when a controller already synced these exact inputs (the owner and what it owns, by
 * resourceVersion): level-triggered syncs of unchanged inputs write nothing, so they are skipped.
 * Records the signature otherwise. Signatures live in the cluster's ControllerMemory, so a clone
 * of a settled cluster skips them too.
 */
export function unchanged(cluster: Cluster, controller: string, owner: KObject, inputs: readonly KObject[]): boolean {
  let sig = owner.metadata.resourceVersion ?? '';
  for (const o of inputs) sig += `,${o.metadata.resourceVersion}`;
  const key = `${controller}/${owner.metadata.uid}`;
  if (cluster.memory.get(key) === sig) return true;
  cluster.memory.set(key, sig);
  return false;
}

/** Forgets a recorded signature (the sync wrote, so its inputs changed). */
export function forget(cluster: Cluster, controller: string, owner: KObject): void {
  cluster.memory.delete(`${controller}/${owner.metadata.uid}`);
}
