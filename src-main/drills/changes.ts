/**
 * What a command changed in a cluster: the objects created, changed or deleted between the
 * scenario's starting copy and a copy a command ran on, compared semantically (normalize.ts).
 *
 * Stored objects are frozen and replaced on every write, and a clone shares the unchanged ones,
 * so an object that is the very same reference on both sides is unchanged without looking inside.
 */
import type { Cluster } from '../sim/cluster/cluster';
import type { KObject } from '../sim/api/types';
import { canonicalEqual } from '../sim/cluster/objects';
import { normalizeObject } from './normalize';

/**
 * Resources the checker never looks at: they are derived from other objects (events, endpoints
 * follow services and pods, leases are heartbeats) and follow whatever the learner did to those.
 */
const DERIVED_RESOURCES = new Set(['events', 'events.events.k8s.io', 'endpoints', 'endpointslices.discovery.k8s.io', 'leases.coordination.k8s.io']);

export type ChangeType = 'created' | 'changed' | 'deleted';

export interface Change {
  /** `deployments.apps|default|pingpong`: the identity compared across copies. */
  key: string;
  /** The storage key of the resource (`deployments.apps`). */
  resource: string;
  kind: string;
  namespace?: string;
  name: string;
  type: ChangeType;
  before?: KObject;
  after?: KObject;
  /** Managed by a controller (a ReplicaSet's pods, a Deployment's ReplicaSets) before or after. */
  owned: boolean;
}

export function objectIdentity(resource: string, namespace: string | undefined, name: string): string {
  return `${resource}|${namespace ?? ''}|${name}`;
}

/** `deployment/pingpong`, as kubectl names an object in its messages. */
export function refOf(c: { kind: string; name: string }): string {
  return `${c.kind.toLowerCase()}/${c.name}`;
}

function isOwned(obj: KObject | undefined): boolean {
  return !!obj?.metadata.ownerReferences?.some((o) => o.controller);
}

function semanticallyEqual(a: KObject, b: KObject): boolean {
  return a === b || canonicalEqual(normalized(a), normalized(b));
}

/**
 * The normalized object, kept per stored (frozen, never changed) object: the scenario's side of
 * every comparison is the same cached cluster drill after drill.
 */
const normalizedObjects = new WeakMap<KObject, Record<string, unknown>>();
function normalized(obj: KObject): Record<string, unknown> {
  let n = normalizedObjects.get(obj);
  if (n === undefined) {
    n = normalizeObject(obj);
    if (Object.isFrozen(obj)) normalizedObjects.set(obj, n);
  }
  return n;
}

/** Every semantic change between two clusters, in resource then key order. */
export function allChanges(base: Cluster, after: Cluster): Change[] {
  const out: Change[] = [];
  const resources = new Set([...base.store.resources(), ...after.store.resources()]);
  for (const resource of [...resources].sort()) {
    if (DERIVED_RESOURCES.has(resource)) continue;
    const before = base.store.list(resource);
    const now = after.store.list(resource);
    if (before === now) continue;
    const beforeByKey = new Map(before.map((o) => [objectIdentity(resource, o.metadata.namespace, o.metadata.name), o]));
    for (const obj of now) {
      const key = objectIdentity(resource, obj.metadata.namespace, obj.metadata.name);
      const prev = beforeByKey.get(key);
      beforeByKey.delete(key);
      if (prev && semanticallyEqual(prev, obj)) continue;
      out.push(change(key, resource, prev, obj));
    }
    for (const [key, prev] of beforeByKey) out.push(change(key, resource, prev, undefined));
  }
  return out;
}

function change(key: string, resource: string, before: KObject | undefined, after: KObject | undefined): Change {
  const obj = (after ?? before)!;
  return {
    key,
    resource,
    kind: obj.kind,
    ...(obj.metadata.namespace ? { namespace: obj.metadata.namespace } : {}),
    name: obj.metadata.name,
    type: !before ? 'created' : !after ? 'deleted' : 'changed',
    ...(before ? { before } : {}),
    ...(after ? { after } : {}),
    owned: isOwned(before) || isOwned(after),
  };
}

/**
 * Which changes count, at which level:
 * - objects a controller created (generated names: a ReplicaSet's pods) never count;
 * - inside a namespace that was itself created or deleted, only the namespace counts;
 * - `top`: objects nobody owns (what a learner creates, scales, labels, deletes);
 *   `owned`: also controller-managed objects (for tasks such as deleting a Deployment's pods).
 */
export type Scope = 'top' | 'owned';

export function relevantChanges(changes: readonly Change[], scope: Scope): Change[] {
  const wholeNamespaces = new Set(changes.filter((c) => c.kind === 'Namespace' && c.type !== 'changed').map((c) => c.name));
  return changes.filter((c) => {
    if (c.owned && (scope === 'top' || c.type === 'created')) return false;
    if (c.namespace && wholeNamespaces.has(c.namespace)) return false;
    return true;
  });
}

/** The scope of a task: `owned` only when the canonical answer touches nothing but owned objects. */
export function scopeOf(changes: readonly Change[]): Scope {
  return relevantChanges(changes, 'top').length > 0 ? 'top' : 'owned';
}
