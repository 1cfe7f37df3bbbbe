/**
 * The object store, the simulator's etcd: objects by resource and `namespace/name`, listed in key
 * order as the API server lists them. Stored objects are deep-frozen and replaced on every write,
 * so `clone()` copies maps, not objects.
 */
import type { KObject } from '../api/types';
import { deepFreeze, objectKey } from './objects';

/** Storage key of a resource: the plural plus the group, `deployments.apps`. */
export type ResourceKey = string;

interface UidEntry {
  res: ResourceKey;
  key: string;
}

export class ObjectStore {
  private buckets = new Map<ResourceKey, Map<string, KObject>>();
  /** Sorted lists per resource, rebuilt lazily after a write to that resource. */
  private sorted = new Map<ResourceKey, readonly KObject[]>();
  private byUid = new Map<string, UidEntry>();
  private rv = 1000;
  /** Writes to anything but events: controllers rerun only when this moves. */
  writes = 0;
  /** `res\u0000key` of objects written since the stage engine last looked. */
  dirty = new Set<string>();
  /** Per resource, the value of `writes` right after its latest write: which kinds a settle must reconcile. */
  private lastWrite = new Map<ResourceKey, number>();
  /** Removals so far: the garbage collector only looks for orphans after one. */
  removals = 0;
  /**
   * Objects by controller-owner uid, per resource, built on first use and kept up to date by
   * writes. Not copied by clone(): a clone rebuilds it when it needs it.
   */
  private byOwner = new Map<ResourceKey, Map<string, Map<string, KObject>>>();

  clone(): ObjectStore {
    const copy = new ObjectStore();
    for (const [res, bucket] of this.buckets) copy.buckets.set(res, new Map(bucket));
    copy.sorted = new Map(this.sorted);
    copy.byUid = new Map(this.byUid);
    copy.rv = this.rv;
    copy.writes = this.writes;
    copy.lastWrite = new Map(this.lastWrite);
    copy.dirty = new Set(this.dirty);
    copy.removals = this.removals;
    return copy;
  }

  nextResourceVersion(): string {
    this.rv += 1;
    return String(this.rv);
  }

  get(res: ResourceKey, namespace: string | undefined, name: string): KObject | undefined {
    return this.buckets.get(res)?.get(objectKey(namespace, name));
  }

  getByUid(uid: string): KObject | undefined {
    const e = this.byUid.get(uid);
    return e ? this.buckets.get(e.res)?.get(e.key) : undefined;
  }

  hasUid(uid: string): boolean {
    return this.byUid.has(uid);
  }

  /**
   * Stores (or replaces) an object, freezing it. The caller has set its metadata. A `quiet` write
   * (a heartbeat) wakes no controller and no stage.
   */
  put(res: ResourceKey, obj: KObject, quiet = false): KObject {
    deepFreeze(obj);
    let bucket = this.buckets.get(res);
    if (!bucket) this.buckets.set(res, (bucket = new Map()));
    const key = objectKey(obj.metadata.namespace, obj.metadata.name);
    const prev = bucket.get(key);
    if (prev?.metadata.uid && prev.metadata.uid !== obj.metadata.uid) this.byUid.delete(prev.metadata.uid);
    bucket.set(key, obj);
    if (obj.metadata.uid) this.byUid.set(obj.metadata.uid, { res, key });
    const index = this.byOwner.get(res);
    if (index) {
      if (prev) unindex(index, prev, key);
      indexOwner(index, obj, key);
    }
    this.sorted.delete(res);
    if (!quiet) this.noteWrite(res, key);
    return obj;
  }

  remove(res: ResourceKey, namespace: string | undefined, name: string): KObject | undefined {
    const bucket = this.buckets.get(res);
    const key = objectKey(namespace, name);
    const prev = bucket?.get(key);
    if (!prev) return undefined;
    bucket!.delete(key);
    if (prev.metadata.uid) this.byUid.delete(prev.metadata.uid);
    const index = this.byOwner.get(res);
    if (index) unindex(index, prev, key);
    this.removals++;
    this.sorted.delete(res);
    this.noteWrite(res, key);
    return prev;
  }

  private noteWrite(res: ResourceKey, key: string): void {
    if (res !== 'events') this.lastWrite.set(res, ++this.writes);
    this.dirty.add(`${res}\u0000${key}`);
  }

  /** True when one of the resources was written after `writes` had the value `mark`. */
  writtenSince(resources: readonly ResourceKey[], mark: number): boolean {
    for (const res of resources) if ((this.lastWrite.get(res) ?? -1) > mark) return true;
    return false;
  }

  /** Every object of a resource in key order (namespace, then name), or one namespace's. */
  list(res: ResourceKey, namespace?: string): readonly KObject[] {
    let all = this.sorted.get(res);
    if (!all) {
      const bucket = this.buckets.get(res);
      const entries = bucket ? [...bucket.entries()] : [];
      entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      all = entries.map((e) => e[1]);
      this.sorted.set(res, all);
    }
    if (namespace === undefined) return all;
    return all.filter((o) => o.metadata.namespace === namespace);
  }

  /** Every object of a resource in insertion order, without sorting: for controllers. */
  values(res: ResourceKey): IterableIterator<KObject> | KObject[] {
    return this.buckets.get(res)?.values() ?? [];
  }

  /** Objects of one namespace (or all, with undefined), unsorted: for controllers. */
  valuesIn(res: ResourceKey, namespace: string | undefined): KObject[] {
    const out: KObject[] = [];
    for (const o of this.values(res)) if (namespace === undefined || o.metadata.namespace === namespace) out.push(o);
    return out;
  }

  /** Objects of a resource whose controller owner has this uid, in insertion order. */
  ownedBy(res: ResourceKey, ownerUid: string): KObject[] {
    let index = this.byOwner.get(res);
    if (!index) {
      index = new Map();
      for (const [key, o] of this.buckets.get(res) ?? []) indexOwner(index, o, key);
      this.byOwner.set(res, index);
    }
    const owned = index.get(ownerUid);
    return owned ? [...owned.values()] : [];
  }

  count(res: ResourceKey): number {
    return this.buckets.get(res)?.size ?? 0;
  }

  resources(): ResourceKey[] {
    return [...this.buckets.keys()];
  }
}


function controllerUid(obj: KObject): string | undefined {
  const refs = obj.metadata.ownerReferences;
  if (!refs) return undefined;
  for (const r of refs) if (r.controller) return r.uid;
  return undefined;
}

function indexOwner(index: Map<string, Map<string, KObject>>, obj: KObject, key: string): void {
  const uid = controllerUid(obj);
  if (!uid) return;
  let owned = index.get(uid);
  if (!owned) index.set(uid, (owned = new Map()));
  owned.set(key, obj);
}

function unindex(index: Map<string, Map<string, KObject>>, obj: KObject, key: string): void {
  const uid = controllerUid(obj);
  if (!uid) return;
  const owned = index.get(uid);
  owned?.delete(key);
  if (owned && owned.size === 0) index.delete(uid);
}
