/**
 * The simulated cluster: an API server over an object store, with controllers that move its state
 * on a virtual clock. Everything random comes from one seeded RNG, so a cluster built from the same
 * seed and the same calls is identical, down to names, addresses and ages.
 *
 * Objects returned by `get` and `list` are the store's own, deep-frozen: copy before changing
 * (`deepCopy` in ./objects) and write back with `update`.
 */
import type { KObject, ObjectMeta } from '../api/types';
import { resolveResource, resourceForKind, type ResourceType } from '../api/registry';
import { alreadyExists, badRequest, conflict, forbidden, invalid, notFound, requiredValue, StatusError } from '../api/errors';
import { Clock, rfc3339 } from './clock';
import { Rng } from './rng';
import { ObjectStore, type ResourceKey } from './store';
import { Allocator } from './ipam';
import { applyDefaults, KINDS_WITH_GENERATION } from './defaults';
import { validateName, validateSpec } from './validation';
import { canonicalEqual, deepCopy, isDeleting } from './objects';
import { matchesFields, matchesRequirements, parseFieldSelector, parseLabelSelector, SelectorParseError, supportedFields } from './selectors';
import { EVENT_TTL_MS, eventKey, newEvent, repeatEvent, type EventInput } from './events';
import { TimerQueue, type Controller, type Stage } from '../controllers/engine';
import { ControllerMemory } from '../controllers/memory';
import { CONTROLLERS, STAGES } from '../controllers';
import { bootstrap, type NodeOptions } from './bootstrap';
import { admitCreate, admitWithUid, releaseOnDelete } from './admission';
import { changedImages, prepareForUpdate } from './update-rules';
import { podLogs, type LogOptions } from './logs';
import { restartContainers, type PodRuntime } from '../controllers/kubelet';

export type PropagationPolicy = 'Background' | 'Foreground' | 'Orphan';

export interface ClusterOptions {
  /** Seed of every generated name, uid and address. */
  seed?: number;
  /** Start of the virtual clock, ms since epoch. */
  start?: number;
  /** Node names (the first is the control plane), or full node options. Default: node1, node2. */
  nodes?: Array<string | NodeOptions>;
  /** Kubernetes version the nodes report. */
  kubeletVersion?: string;
  /** Skip the system objects (namespaces, nodes, kube-system pods): an empty API server for tests. */
  bare?: boolean;
  /**
   * How long the cluster has existed at `start` (ms): system objects are created that long before,
   * so `get nodes` shows a plausible AGE and kube-system pods are Running. Default 25 minutes.
   */
  systemAgeMs?: number;
}

export interface WriteOptions {
  dryRun?: boolean;
}

export interface CreateOptions extends WriteOptions {
  /** Namespace for objects that do not name one (kubectl's -n / context namespace). */
  namespace?: string;
  /** Leave controllers idle after the write (bulk loading); `settle()` later. Default true. */
  settle?: boolean;
}

export interface ListOptions {
  labelSelector?: string;
  fieldSelector?: string;
}

export interface DeleteOptions extends WriteOptions {
  propagationPolicy?: PropagationPolicy;
  /** Seconds the pod gets to stop; 0 deletes at once (`--grace-period=0 --force`). */
  gracePeriodSeconds?: number;
}

/** Mutable runtime state outside API objects (what kubelets and controllers remember). */
export interface Runtime {
  /** Images present on each node, by node name. */
  nodeImages: Map<string, ReadonlySet<string>>;
  /** Aggregation key → `namespace/name` of the Event holding it. */
  eventIndex: Map<string, string>;
  eventSeq: number;
  /** What each node's kubelet remembers about the pods it runs, by pod uid (immutable records). */
  pods: Map<string, PodRuntime>;
}

export const DEFAULT_SYSTEM_AGE_MS = 25 * 60 * 1000;

/** Bootstrapped clusters by options (pristine copies, never handed out). */
const PROTOTYPES = new Map<string, Cluster>();
const MAX_PROTOTYPES = 16;

function prototypeKey(opts: ClusterOptions): string {
  return JSON.stringify([opts.seed ?? 1, opts.start ?? null, opts.nodes ?? null, opts.kubeletVersion ?? null, opts.systemAgeMs ?? null]);
}
/** Granularity of simulated time when advancing (ms). */
export const TICK_MS = 100;

export const EVENTS: ResourceKey = 'events';

export class Cluster {
  readonly clock: Clock;
  readonly rng: Rng;
  /** @internal */ store: ObjectStore;
  /** @internal */ alloc: Allocator;
  /** @internal */ timers: TimerQueue;
  /** @internal */ runtime: Runtime;
  /** @internal What controllers remember between syncs (copied with the cluster). */ memory: ControllerMemory;
  readonly kubeletVersion: string;
  private readonly controllers: readonly Controller[] = CONTROLLERS;
  private readonly stages: readonly Stage[] = STAGES;
  private settling = false;
  /** store.writes when the controllers last ran to completion: no writes since, nothing to do. */
  private syncedAt = -1;
  /** Per controller (by position), store.writes when its last sync began: see Controller.watches. */
  private syncStarts: number[] = CONTROLLERS.map(() => -1);

  constructor(opts: ClusterOptions = {}, copyFrom?: Cluster) {
    // Building a cluster is deterministic, so a cluster with the same options is a copy of the
    // first one built: bootstrapping (25 minutes of system time) runs once per option set.
    const key = copyFrom || opts.bare ? undefined : prototypeKey(opts);
    const source = copyFrom ?? (key ? PROTOTYPES.get(key) : undefined);
    if (source) {
      this.clock = new Clock(source.clock.now());
      this.rng = source.rng.clone();
      this.store = source.store.clone();
      this.alloc = source.alloc.clone();
      this.timers = source.timers.clone();
      const r = source.runtime;
      this.runtime = { nodeImages: new Map(r.nodeImages), eventIndex: new Map(r.eventIndex), eventSeq: r.eventSeq, pods: new Map(r.pods) };
      this.kubeletVersion = source.kubeletVersion;
      this.memory = source.memory.clone();
      // A copy of a settled cluster is settled: its controllers have nothing to do until a write.
      this.syncedAt = source.syncedAt;
      this.syncStarts = source.syncStarts.slice();
      return;
    }
    const start = opts.start ?? Date.UTC(2026, 0, 1);
    const systemAge = opts.bare ? 0 : opts.systemAgeMs ?? DEFAULT_SYSTEM_AGE_MS;
    this.clock = new Clock(start - systemAge);
    this.rng = new Rng(opts.seed ?? 1);
    this.store = new ObjectStore();
    this.alloc = new Allocator();
    this.timers = new TimerQueue();
    this.runtime = { nodeImages: new Map(), eventIndex: new Map(), eventSeq: 0, pods: new Map() };
    this.kubeletVersion = opts.kubeletVersion ?? 'v1.32.0';
    this.memory = new ControllerMemory();
    if (!opts.bare) {
      bootstrap(this, opts.nodes ?? ['node1', 'node2']);
      this.settle();
      this.advance(systemAge);
    }
    if (key) {
      if (PROTOTYPES.size >= MAX_PROTOTYPES) PROTOTYPES.delete(PROTOTYPES.keys().next().value!);
      PROTOTYPES.set(key, this.clone());
    }
  }

  /** Virtual time, ms since epoch. */
  now(): number {
    return this.clock.now();
  }

  /** A deep, independent copy: the clone and the original never affect each other. */
  clone(): Cluster {
    return new Cluster({}, this);
  }

  // ---------------------------------------------------------------- reading

  /** The object, or a NotFound StatusError (`pods "x" not found`). */
  get(resource: ResourceType | string, namespace: string | undefined, name: string): KObject {
    const rt = this.resourceType(resource);
    const obj = this.store.get(storageKey(rt), rt.namespaced ? namespace : undefined, name);
    if (!obj) throw notFound(rt, name);
    return obj;
  }

  tryGet(resource: ResourceType | string, namespace: string | undefined, name: string): KObject | undefined {
    const rt = this.resourceType(resource);
    return this.store.get(storageKey(rt), rt.namespaced ? namespace : undefined, name);
  }

  /**
   * Objects of a type in key order (namespace, then name), in one namespace or, with `undefined`,
   * all of them. Selectors use kubectl's syntax; a bad one is a BadRequest StatusError.
   */
  list(resource: ResourceType | string, namespace: string | undefined, opts: ListOptions = {}): KObject[] {
    const rt = this.resourceType(resource);
    let items = this.store.list(storageKey(rt), rt.namespaced ? namespace : undefined);
    if (opts.labelSelector) {
      let reqs;
      try {
        reqs = parseLabelSelector(opts.labelSelector);
      } catch (e) {
        if (e instanceof SelectorParseError) throw badRequest(e.message);
        throw e;
      }
      items = items.filter((o) => matchesRequirements(reqs, o.metadata.labels));
    }
    if (opts.fieldSelector) {
      let reqs;
      try {
        reqs = parseFieldSelector(opts.fieldSelector);
      } catch (e) {
        if (e instanceof SelectorParseError) throw badRequest(e.message);
        throw e;
      }
      const supported = supportedFields(rt.kind);
      const bad = reqs.find((r) => !supported.includes(r.field));
      if (bad) {
        const gvr = `${rt.group ? `${rt.group}/` : '/'}${rt.version}, Resource=${rt.name}`;
        throw badRequest(`Unable to find "${gvr}" that match label selector "${opts.labelSelector ?? ''}", field selector "${opts.fieldSelector}": field label not supported: ${bad.field}`);
      }
      items = items.filter((o) => matchesFields(reqs, o));
    }
    return items as KObject[];
  }

  /** Events about an object (by uid), oldest first, as describe's Events section lists them. */
  eventsFor(obj: KObject): KObject[] {
    const uid = obj.metadata.uid;
    const ns = obj.metadata.namespace ?? 'default';
    return this.store
      .list(EVENTS, ns)
      .filter((e) => (e.involvedObject as { uid?: string }).uid === uid)
      .sort((a, b) => String(a.firstTimestamp).localeCompare(String(b.firstTimestamp)) || String(a.metadata.name).localeCompare(String(b.metadata.name)));
  }

  /** A pod's log lines (see logs.ts for what each image prints). */
  logs(namespace: string, podName: string, opts: LogOptions = {}): string[] {
    return podLogs(this, this.get('pods', namespace, podName), opts);
  }

  // ---------------------------------------------------------------- writing

  /**
   * Creates an object as the API server does: name from generateName, defaults, validation,
   * uid/resourceVersion/generation/creationTimestamp, ClusterIP and NodePort allocation. Returns
   * the stored object; with dryRun, the object that would be stored (nothing changes).
   */
  create(input: KObject, opts: CreateOptions = {}): KObject {
    if (opts.dryRun) {
      const probe = this.clone();
      return probe.create(input, { ...opts, dryRun: false, settle: false });
    }
    const rt = this.kindType(input);
    const obj = deepCopy(input);
    obj.metadata = { ...(obj.metadata ?? {}) } as ObjectMeta;
    const meta = obj.metadata;
    if (rt.namespaced) meta.namespace = meta.namespace || opts.namespace || 'default';
    else delete meta.namespace;
    if (!meta.name && meta.generateName) meta.name = meta.generateName + this.rng.randomSuffix(5);
    if (!meta.name) throw invalid(rt.kind, rt.group, '', [requiredValue('metadata.name', 'name or generateName is required')]);
    const nameErrors = validateName(rt.kind, meta.name);
    if (nameErrors.length) throw invalid(rt.kind, rt.group, meta.name, nameErrors);
    if (rt.namespaced) {
      const ns = this.store.get('namespaces', undefined, meta.namespace!);
      if (!ns) throw notFound('namespaces', meta.namespace!);
      if (isDeleting(ns)) throw forbidden(rt, meta.name, `unable to create new content in namespace ${meta.namespace} because it is being terminated`);
    }
    if (this.store.get(storageKey(rt), meta.namespace, meta.name)) throw alreadyExists(rt, meta.name);
    applyDefaults(obj);
    const specErrors = validateSpec(obj);
    if (specErrors.length) throw invalid(rt.kind, rt.group, meta.name, specErrors);
    admitCreate(this, obj);
    meta.uid = this.rng.uuid();
    admitWithUid(obj);
    meta.resourceVersion = this.store.nextResourceVersion();
    if (KINDS_WITH_GENERATION.has(obj.kind)) meta.generation = 1;
    else delete meta.generation;
    meta.creationTimestamp = rfc3339(this.now());
    delete meta.deletionTimestamp;
    const stored = this.store.put(storageKey(rt), obj);
    if (opts.settle !== false) this.settle();
    return this.store.get(storageKey(rt), meta.namespace, meta.name) ?? stored;
  }

  /**
   * Replaces an object. A resourceVersion in the input must match the stored one (optimistic
   * concurrency: a Conflict otherwise). uid and creationTimestamp are kept; a changed spec bumps
   * the generation.
   */
  update(input: KObject, opts: WriteOptions = {}): KObject {
    const rt = this.kindType(input);
    const ns = rt.namespaced ? input.metadata.namespace || 'default' : undefined;
    const prev = this.store.get(storageKey(rt), ns, input.metadata.name);
    if (!prev) throw notFound(rt, input.metadata.name);
    if (input.metadata.resourceVersion && input.metadata.resourceVersion !== prev.metadata.resourceVersion) throw conflict(rt, input.metadata.name);
    const obj = deepCopy(input);
    obj.metadata = { ...obj.metadata, namespace: ns, uid: prev.metadata.uid, creationTimestamp: prev.metadata.creationTimestamp };
    if (ns === undefined) delete obj.metadata.namespace;
    if (prev.metadata.deletionTimestamp) obj.metadata.deletionTimestamp = prev.metadata.deletionTimestamp;
    applyDefaults(obj);
    const specErrors = validateSpec(obj);
    if (specErrors.length) throw invalid(rt.kind, rt.group, obj.metadata.name, specErrors);
    prepareForUpdate(this, prev, obj);
    if (KINDS_WITH_GENERATION.has(obj.kind)) {
      const changed = !canonicalEqual(obj.spec, prev.spec);
      obj.metadata.generation = (prev.metadata.generation ?? 1) + (changed ? 1 : 0);
    }
    if (opts.dryRun) return obj;
    obj.metadata.resourceVersion = this.store.nextResourceVersion();
    const stored = this.store.put(storageKey(rt), obj);
    if (rt.kind === 'Pod') {
      const changed = changedImages(prev, stored);
      if (changed.length) restartContainers(this, stored, changed);
    }
    this.settle();
    return this.store.get(storageKey(rt), ns, obj.metadata.name) ?? obj;
  }

  /**
   * Deletes an object. Pods on a node stop gracefully (Terminating for up to the grace period);
   * namespaces turn Terminating until their contents are gone; dependents (ownerReferences) are
   * deleted in the background, first (Foreground), or orphaned (Orphan). Returns the object as the
   * deletion left it (with deletionTimestamp when it lingers).
   */
  delete(resource: ResourceType | string, namespace: string | undefined, name: string, opts: DeleteOptions = {}): KObject {
    const rt = this.resourceType(resource);
    const res = storageKey(rt);
    const ns = rt.namespaced ? namespace : undefined;
    const obj = this.store.get(res, ns, name);
    if (!obj) throw notFound(rt, name);
    if (rt.kind === 'Namespace' && ['default', 'kube-system', 'kube-public'].includes(name)) {
      throw forbidden(rt, name, 'this namespace may not be deleted');
    }
    if (opts.dryRun) return obj;
    const policy = opts.propagationPolicy ?? 'Background';
    if (policy === 'Orphan') this.orphanDependents(obj);
    const result = this.deleteObject(rt, obj, policy, opts.gracePeriodSeconds);
    this.settle();
    return result;
  }

  /** Advances virtual time by `ms`, running every controller and stage that falls due on the way. */
  advance(ms: number): void {
    const target = this.now() + ms;
    this.settle();
    for (;;) {
      const due = this.timers.nextDue();
      if (due === undefined || due > target) break;
      // Time moves in ticks: every stage due within one tick runs together at its end, so a
      // thousand pods cost a few hundred reconcile rounds, not one per container step.
      this.clock.set(Math.min(target, Math.ceil(due / TICK_MS) * TICK_MS));
      this.settle();
    }
    this.clock.set(target);
    this.expireEvents();
    this.settle();
  }

  /**
   * Advances the clock one `stepMs` at a time until `done()` holds or `maxSteps` steps have
   * passed, as a client polling once per step (kubectl delete's wait) sees the cluster. Returns
   * the steps taken. Steps in which no stage falls due and no event expires only move the clock,
   * so they are taken in one advance: the end state is the same, at a fraction of the cost.
   * `done` must read objects, not the clock (it is not asked again within a quiet stretch).
   */
  waitFor(done: () => boolean, stepMs: number, maxSteps: number): number {
    let steps = 0;
    while (steps < maxSteps && !done()) {
      const quietUntil = Math.min(this.timers.nextDue() ?? Infinity, this.nextEventExpiry());
      // Whole steps that end before anything happens, plus the step in which it does.
      const idle = Math.floor((quietUntil - this.now()) / stepMs);
      const n = Math.max(1, Math.min(maxSteps - steps, Number.isFinite(idle) ? idle : maxSteps));
      this.advance(n * stepMs);
      steps += n;
    }
    return steps;
  }

  /** The latest instant at which no event has expired yet (ms): an advance ending later removes one. */
  private nextEventExpiry(): number {
    let oldest = Infinity;
    for (const ev of this.store.values(EVENTS)) oldest = Math.min(oldest, lastSeen(ev));
    return oldest + EVENT_TTL_MS;
  }

  /**
   * Runs controllers and due stages at the current instant until nothing changes: what a real
   * cluster does in the milliseconds after a write.
   */
  settle(): void {
    if (this.settling) return;
    this.settling = true;
    try {
      for (let round = 0; round < 200; round++) {
        const writes = this.store.writes;
        if (writes !== this.syncedAt) {
          for (let i = 0; i < this.controllers.length; i++) {
            const c = this.controllers[i]!;
            // A write bumps store.writes, so a controller whose own write feeds it runs again next round.
            if (c.watches && !this.store.writtenSince(c.watches, this.syncStarts[i]!)) continue;
            this.syncStarts[i] = this.store.writes;
            c.sync(this);
          }
          this.syncedAt = writes;
        }
        this.evaluateStages();
        this.fireDueStages();
        if (this.store.writes === writes && this.store.dirty.size === 0) break;
      }
    } finally {
      this.settling = false;
    }
  }

  // ---------------------------------------------------------------- for controllers

  /** @internal Resolves a type token or passes a ResourceType through. */
  resourceType(resource: ResourceType | string): ResourceType {
    if (typeof resource !== 'string') return resource;
    const rt = resolveResource(resource);
    if (!rt) throw new StatusError(`the server doesn't have a resource type "${resource}"`, 'NotFound', 404);
    return rt;
  }

  private kindType(obj: KObject): ResourceType {
    const rt = obj?.kind ? resourceForKind(obj.kind, obj.apiVersion) : undefined;
    if (!rt) throw badRequest(`no matches for kind "${obj?.kind}" in version "${obj?.apiVersion}"`);
    return rt;
  }

  /** @internal Stores a controller-made object (no validation), filling metadata like create. */
  createInternal(obj: KObject): KObject {
    const rt = this.kindType(obj);
    applyDefaults(obj);
    admitCreate(this, obj);
    const meta = obj.metadata;
    meta.uid = this.rng.uuid();
    admitWithUid(obj);
    meta.resourceVersion = this.store.nextResourceVersion();
    if (KINDS_WITH_GENERATION.has(obj.kind)) meta.generation = 1;
    meta.creationTimestamp = rfc3339(this.now());
    return this.store.put(storageKey(rt), obj);
  }

  /**
   * @internal Replaces an object with a changed copy, bumping its resourceVersion. A `quiet` write
   * (heartbeats) does not wake controllers or stages.
   */
  write(obj: KObject, quiet = false): KObject {
    const rt = this.kindType(obj);
    obj.metadata.resourceVersion = this.store.nextResourceVersion();
    return this.store.put(storageKey(rt), obj, quiet);
  }

  /** @internal Copies a stored object, applies a change, writes it back. */
  mutate(obj: KObject, change: (copy: any) => void): KObject {
    const copy = deepCopy(obj);
    change(copy);
    return this.write(copy);
  }

  /** @internal Removes an object from the store now, releasing what it held. */
  remove(obj: KObject): void {
    const rt = this.kindType(obj);
    releaseOnDelete(this, obj);
    this.store.remove(storageKey(rt), obj.metadata.namespace, obj.metadata.name);
  }

  /** @internal The deletion itself, shared by `delete`, the garbage collector and namespaces. */
  deleteObject(rt: ResourceType, obj: KObject, policy: PropagationPolicy, gracePeriodSeconds?: number): KObject {
    const now = this.now();
    if (rt.kind === 'Pod') {
      const spec = obj.spec as { nodeName?: string; terminationGracePeriodSeconds?: number };
      const grace = gracePeriodSeconds ?? spec.terminationGracePeriodSeconds ?? 30;
      const phase = (obj.status as { phase?: string } | undefined)?.phase;
      if (grace > 0 && spec.nodeName && phase !== 'Succeeded' && phase !== 'Failed') {
        if (isDeleting(obj)) return obj;
        return this.mutate(obj, (p) => {
          p.metadata.deletionTimestamp = rfc3339(now + grace * 1000);
          p.metadata.deletionGracePeriodSeconds = grace;
        });
      }
      this.remove(obj);
      return obj;
    }
    if (rt.kind === 'Namespace') {
      if (isDeleting(obj)) return obj;
      return this.mutate(obj, (n) => {
        n.metadata.deletionTimestamp = rfc3339(now);
        n.status = { ...(n.status ?? {}), phase: 'Terminating' };
      });
    }
    if (policy === 'Foreground' && this.hasDependents(obj)) {
      if (isDeleting(obj)) return obj;
      const marked = this.mutate(obj, (o) => {
        o.metadata.deletionTimestamp = rfc3339(now);
        o.metadata.finalizers = [...(o.metadata.finalizers ?? []), 'foregroundDeletion'];
      });
      this.store.removals++; // wakes the garbage collector
      return marked;
    }
    this.remove(obj);
    return obj;
  }

  /** @internal True when some object names this one as an owner. */
  hasDependents(owner: KObject): boolean {
    return this.dependentsOf(owner).length > 0;
  }

  /** @internal Objects in the owner's namespace (or anywhere, for cluster-scoped owners) it owns. */
  dependentsOf(owner: KObject): KObject[] {
    const uid = owner.metadata.uid;
    const out: KObject[] = [];
    for (const res of this.store.resources()) {
      if (res === EVENTS) continue;
      for (const o of this.store.list(res, owner.metadata.namespace)) {
        if (o.metadata.ownerReferences?.some((r) => r.uid === uid)) out.push(o);
      }
    }
    return out;
  }

  private orphanDependents(owner: KObject): void {
    for (const dep of this.dependentsOf(owner)) {
      this.mutate(dep, (d) => {
        d.metadata.ownerReferences = d.metadata.ownerReferences.filter((r: { uid: string }) => r.uid !== owner.metadata.uid);
        if (!d.metadata.ownerReferences.length) delete d.metadata.ownerReferences;
      });
    }
  }

  /** @internal Records an event, aggregating repeats. */
  recordEvent(input: EventInput): void {
    const key = eventKey(input);
    const now = this.now();
    const existing = this.runtime.eventIndex.get(key);
    if (existing) {
      const [ns, name] = splitKey(existing);
      const prev = this.store.get(EVENTS, ns, name);
      if (prev) {
        const next = repeatEvent(prev, now);
        next.metadata.resourceVersion = this.store.nextResourceVersion();
        this.store.put(EVENTS, next);
        return;
      }
    }
    const ev = newEvent(input, now, this.runtime.eventSeq++, this.rng.uuid());
    ev.metadata.resourceVersion = this.store.nextResourceVersion();
    this.store.put(EVENTS, ev);
    this.runtime.eventIndex.set(key, `${ev.metadata.namespace}/${ev.metadata.name}`);
  }

  private expireEvents(): void {
    const cutoff = this.now() - EVENT_TTL_MS;
    // Runs on every advance (a `delete --wait` advances second by second): a quick unsorted look
    // first, since most of the time no event has expired and sorting the list would be wasted.
    let expired = false;
    for (const ev of this.store.values(EVENTS)) {
      if (lastSeen(ev) < cutoff) {
        expired = true;
        break;
      }
    }
    if (expired) {
      for (const ev of this.store.list(EVENTS)) {
        if (lastSeen(ev) < cutoff) this.store.remove(EVENTS, ev.metadata.namespace, ev.metadata.name);
      }
    }
    if (this.runtime.eventIndex.size > this.store.count(EVENTS)) {
      for (const [k, v] of this.runtime.eventIndex) {
        const [ns, name] = splitKey(v);
        if (!this.store.get(EVENTS, ns, name)) this.runtime.eventIndex.delete(k);
      }
    }
  }

  /** @internal Arms the stages an object matches now, without writing it (state outside the object changed). */
  poke(obj: KObject): void {
    const res = storageKey(this.kindType(obj));
    for (const stage of this.stages) {
      if (stage.resource === res && stage.match(obj, this) && !this.timers.has(stage.name, obj.metadata.uid!)) {
        this.timers.schedule(stage.name, obj.metadata.uid!, this.now() + Math.max(0, stage.delayMs(obj, this)));
      }
    }
  }

  private evaluateStages(): void {
    if (!this.store.dirty.size) return;
    const dirty = [...this.store.dirty];
    this.store.dirty.clear();
    for (const entry of dirty) {
      const sep = entry.indexOf('\u0000');
      const res = entry.slice(0, sep);
      if (res === EVENTS) continue;
      const key = entry.slice(sep + 1);
      const slash = key.indexOf('/');
      const obj = slash < 0 ? this.store.get(res, undefined, key) : this.store.get(res, key.slice(0, slash), key.slice(slash + 1));
      if (!obj) continue;
      const uid = obj.metadata.uid!;
      for (const stage of this.stages) {
        if (stage.resource !== res) continue;
        if (stage.match(obj, this)) {
          const due = this.now() + Math.max(0, stage.delayMs(obj, this));
          if (this.timers.dueOf(stage.name, uid) !== due) this.timers.schedule(stage.name, uid, due);
        } else {
          this.timers.cancel(stage.name, uid);
        }
      }
    }
  }

  private fireDueStages(): void {
    const now = this.now();
    for (let t = this.timers.popDue(now); t; t = this.timers.popDue(now)) {
      const obj = this.store.getByUid(t.uid);
      if (!obj) continue;
      const stage = this.stages.find((s) => s.name === t.stage)!;
      if (!stage.match(obj, this)) continue;
      stage.next(obj, this);
      // Re-evaluate the object even when the step only recorded events, so recurring stages rearm.
      const after = this.store.getByUid(t.uid);
      if (after) this.store.dirty.add(`${stage.resource}\u0000${after.metadata.namespace ? `${after.metadata.namespace}/` : ''}${after.metadata.name}`);
    }
  }
}

/** Where a resource's objects live in the store. events.k8s.io Events share the core ones. */
export function storageKey(rt: ResourceType): ResourceKey {
  if (rt.name === 'events') return EVENTS;
  return rt.group ? `${rt.name}.${rt.group}` : rt.name;
}

/** When an event was last seen (ms), parsed once per stored (immutable) event object. */
const lastSeenMs = new WeakMap<KObject, number>();
function lastSeen(ev: KObject): number {
  let ms = lastSeenMs.get(ev);
  if (ms === undefined) lastSeenMs.set(ev, (ms = Date.parse(String(ev.lastTimestamp ?? ev.metadata.creationTimestamp))));
  return ms;
}

function splitKey(key: string): [string | undefined, string] {
  const slash = key.indexOf('/');
  return slash < 0 ? [undefined, key] : [key.slice(0, slash), key.slice(slash + 1)];
}
