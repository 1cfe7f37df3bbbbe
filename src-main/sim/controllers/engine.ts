/**
 * The reconcile engine, after kwok's stages: a stage matches objects of one resource, waits a
 * delay on the virtual clock, then applies its next step. Level-triggered controllers with no delay
 * (deployment, replicaset, endpoints...) run as plain `sync` functions until the cluster settles.
 */
import type { KObject } from '../api/types';
import type { ResourceKey } from '../cluster/store';
import type { Cluster } from '../cluster/cluster';

/** A declarative step of an object's lifecycle: when `match` holds for `delayMs`, run `next`. */
export interface Stage {
  name: string;
  resource: ResourceKey;
  match(obj: KObject, cluster: Cluster): boolean;
  /**
   * Milliseconds from now until `next` should run. Evaluated whenever the object changes, so stages
   * compute it from absolute times (a status timestamp, a runtime deadline), not from "now".
   */
  delayMs(obj: KObject, cluster: Cluster): number;
  next(obj: KObject, cluster: Cluster): void;
}

/** A level-triggered controller: reads the store, writes what differs from the desired state. */
export interface Controller {
  name: string;
  /**
   * Every resource `sync` reads, its own outputs included: the controller runs only after a write
   * to one of them (a sync over unchanged inputs writes nothing, so skipping it changes nothing).
   * Omitted: it runs after any write.
   */
  watches?: readonly ResourceKey[];
  sync(cluster: Cluster): void;
}

interface Timer {
  due: number;
  seq: number;
  stage: string;
  uid: string;
}

/** Pending stage timers: a binary min-heap on (due, seq) with lazy removal through `live`. */
export class TimerQueue {
  private heap: Timer[] = [];
  /** stage → uid → the live timer (heap entries not found here are stale). */
  private live = new Map<string, Map<string, Timer>>();
  private count = 0;
  private seq = 0;

  clone(): TimerQueue {
    const q = new TimerQueue();
    q.heap = this.heap.slice();
    for (const [stage, byUid] of this.live) q.live.set(stage, new Map(byUid));
    q.count = this.count;
    q.seq = this.seq;
    return q;
  }

  has(stage: string, uid: string): boolean {
    return this.live.get(stage)?.has(uid) ?? false;
  }

  /** When a pending timer falls due, or undefined. */
  dueOf(stage: string, uid: string): number | undefined {
    return this.live.get(stage)?.get(uid)?.due;
  }

  schedule(stage: string, uid: string, due: number): void {
    const t: Timer = { due, seq: this.seq++, stage, uid };
    let byUid = this.live.get(stage);
    if (!byUid) this.live.set(stage, (byUid = new Map()));
    if (!byUid.has(uid)) this.count++;
    byUid.set(uid, t);
    this.push(t);
  }

  cancel(stage: string, uid: string): void {
    const byUid = this.live.get(stage);
    if (byUid?.delete(uid)) this.count--;
  }

  get size(): number {
    return this.count;
  }

  /** The earliest due time, or undefined when nothing is pending. */
  nextDue(): number | undefined {
    this.dropStale();
    return this.heap[0]?.due;
  }

  /** Removes and returns the earliest timer if it is due at `now`. */
  popDue(now: number): Timer | undefined {
    this.dropStale();
    const top = this.heap[0];
    if (!top || top.due > now) return undefined;
    this.pop();
    this.cancel(top.stage, top.uid);
    return top;
  }

  private isLive(t: Timer): boolean {
    return this.live.get(t.stage)?.get(t.uid) === t;
  }

  private dropStale(): void {
    while (this.heap.length && !this.isLive(this.heap[0]!)) this.pop();
  }

  private less(a: Timer, b: Timer): boolean {
    return a.due < b.due || (a.due === b.due && a.seq < b.seq);
  }

  private push(t: Timer): void {
    const h = this.heap;
    h.push(t);
    let i = h.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(h[i]!, h[parent]!)) break;
      [h[i], h[parent]] = [h[parent]!, h[i]!];
      i = parent;
    }
  }

  private pop(): void {
    const h = this.heap;
    const last = h.pop()!;
    if (!h.length) return;
    h[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < h.length && this.less(h[l]!, h[m]!)) m = l;
      if (r < h.length && this.less(h[r]!, h[m]!)) m = r;
      if (m === i) return;
      [h[i], h[m]] = [h[m]!, h[i]!];
      i = m;
    }
  }
}
