/**
 * The patch strategies of the built-in types (the `patchStrategy` / `patchMergeKey` tags of
 * k8s.io/api), for the lists learners patch: which lists merge item by item, and by which key.
 * Lists not named here are atomic: a patch replaces them whole, as the API server does.
 */

export type ListStrategy =
  | { kind: 'replace' }
  /** Items are maps matched by `key`. */
  | { kind: 'merge'; key: string }
  /** Items are scalars, merged as a set (metadata.finalizers). */
  | { kind: 'set' };

/** Lists merged by the same key wherever they appear. */
const BY_FIELD: Record<string, string> = {
  containers: 'name',
  initContainers: 'name',
  ephemeralContainers: 'name',
  env: 'name',
  volumes: 'name',
  volumeMounts: 'mountPath',
  volumeDevices: 'devicePath',
  imagePullSecrets: 'name',
  hostAliases: 'ip',
  ownerReferences: 'uid',
  conditions: 'type',
  resourceClaims: 'name',
  topologySpreadConstraints: 'topologyKey',
  secrets: 'name', // ServiceAccount.secrets
  podIPs: 'ip',
  hostIPs: 'ip',
  addresses: 'type', // NodeStatus.addresses
};

const CONTAINER_LISTS = new Set(['containers', 'initContainers', 'ephemeralContainers']);

/**
 * The strategy of the list at `path` (field names from the object's root, list indices left out)
 * in an object of `kind`.
 */
export function listStrategy(kind: string, path: readonly string[]): ListStrategy {
  const field = path[path.length - 1] ?? '';
  const parentField = path[path.length - 2] ?? '';
  if (field === 'finalizers' && parentField === 'metadata') return { kind: 'set' };
  if (field === 'ports') {
    if (CONTAINER_LISTS.has(parentField)) return { kind: 'merge', key: 'containerPort' };
    if (kind === 'Service' && path.length === 2 && path[0] === 'spec') return { kind: 'merge', key: 'port' };
    return { kind: 'replace' };
  }
  // NodeStatus.addresses is the only `addresses` list with a merge key.
  if (field === 'addresses' && !(kind === 'Node' && path[0] === 'status')) return { kind: 'replace' };
  // ServiceAccount.secrets, not Pod volumes' `secret` sources.
  if (field === 'secrets' && kind !== 'ServiceAccount') return { kind: 'replace' };
  const key = BY_FIELD[field];
  return key ? { kind: 'merge', key } : { kind: 'replace' };
}
