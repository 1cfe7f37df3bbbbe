/**
 * What the API server does to an update before storing it (each registry's PrepareForUpdate and
 * ValidateUpdate): status is a subresource, so an update keeps the stored status; a Service keeps
 * the ClusterIP and NodePorts it was given; a Pod's spec is immutable but for a few fields; a
 * binding's roleRef is immutable (../rbac/validation.ts).
 */
import type { KObject } from '../api/types';
import { invalid } from '../api/errors';
import type { Cluster } from './cluster';
import { canonicalJson, deepCopy } from './objects';
import { validateRbacUpdate } from '../rbac/validation';

type Json = Record<string, any>;

/** Kinds without a status subresource: their whole object is written by an update. */
const NO_STATUS = new Set(['ConfigMap', 'Secret', 'ServiceAccount', 'Role', 'ClusterRole', 'RoleBinding', 'ClusterRoleBinding', 'Endpoints', 'Event', 'LimitRange', 'StorageClass', 'PriorityClass', 'Lease']);

const POD_UPDATE_FORBIDDEN =
  'Forbidden: pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)';

/** The spec with the mutable fields blanked, for comparing what may not change. */
function podSpecShape(spec: Json): string {
  const s = deepCopy(spec ?? {});
  for (const c of [...(s.containers ?? []), ...(s.initContainers ?? [])]) delete c.image;
  delete s.activeDeadlineSeconds;
  delete s.tolerations;
  delete s.terminationGracePeriodSeconds;
  return canonicalJson(s);
}

/** Adjusts `next` (a fresh copy) in place, or throws the API server's refusal. */
export function prepareForUpdate(cluster: Cluster, prev: KObject, next: KObject): void {
  if (!NO_STATUS.has(prev.kind) && prev.status !== undefined) next.status = deepCopy(prev.status);
  if (prev.kind === 'Service') keepAllocations(prev.spec as Json, next.spec as Json, cluster);
  if (prev.kind === 'Pod' && podSpecShape(prev.spec as Json) !== podSpecShape(next.spec as Json)) {
    throw invalid('Pod', '', prev.metadata.name, [{ field: 'spec', message: POD_UPDATE_FORBIDDEN }]);
  }
  const rbacErrors = validateRbacUpdate(prev, next);
  if (rbacErrors.length) throw invalid(prev.kind, 'rbac.authorization.k8s.io', prev.metadata.name, rbacErrors);
}

/** patchAllocatedValues: an update that omits the ClusterIP or a NodePort keeps the allocated one. */
function keepAllocations(prev: Json, next: Json, cluster: Cluster): void {
  if (!next) return;
  if (prev.clusterIP && !next.clusterIP) next.clusterIP = prev.clusterIP;
  if (prev.clusterIPs && !next.clusterIPs) next.clusterIPs = prev.clusterIPs;
  if (next.type === 'NodePort' || next.type === 'LoadBalancer') {
    for (const p of (next.ports ?? []) as Json[]) {
      if (p.nodePort) continue;
      const old = ((prev.ports ?? []) as Json[]).find((q) => q.port === p.port && (q.name ?? '') === (p.name ?? ''));
      p.nodePort = old?.nodePort ?? cluster.alloc.allocateNodePort(cluster.rng);
    }
  } else {
    for (const p of (next.ports ?? []) as Json[]) delete p.nodePort;
  }
}

/** Containers whose image an update changed: the kubelet restarts them with the new image. */
export function changedImages(prev: KObject, next: KObject): string[] {
  const before = new Map((((prev.spec as Json).containers ?? []) as Json[]).map((c) => [c.name, c.image]));
  return (((next.spec as Json).containers ?? []) as Json[]).filter((c) => before.has(c.name) && before.get(c.name) !== c.image).map((c) => c.name);
}
