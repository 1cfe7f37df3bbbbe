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
  private live = new Map<string, Timer>();
  private seq = 0;

  clone(): TimerQueue {
    const q = new TimerQueue();
    q.heap = this.heap.slice();
    q.live = new Map(this.live);
    q.seq = this.seq;
    return q;
  }

  has(stage: string, uid: string): boolean {
    return this.live.has(`${stage}\u0000${uid}`);
  }

  schedule(stage: string, uid: string, due: number): void {
    const t: Timer = { due, seq: this.seq++, stage, uid };
    this.live.set(`${stage}\u0000${uid}`, t);
    this.push(t);
  }

  /** When a pending timer falls due, or undefined. */
  dueOf(stage: string, uid: string): number | undefined {
    return this.live.get(`${stage}\u0000${uid}`)?.due;
  }

  cancel(stage: string, uid: string): void {
    this.live.delete(`${stage}\u0000${uid}`);
  }

  get size(): number {
    return this.live.size;
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
    this.live.delete(`${top.stage}\u0000${top.uid}`);
    return top;
  }

  private dropStale(): void {
    while (this.heap.length) {
      const top = this.heap[0]!;
      if (this.live.get(`${top.stage}\u0000${top.uid}`) === top) return;
      this.pop();
    }
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
