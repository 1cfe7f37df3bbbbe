/**
 * What controllers remember between syncs, per cluster: the input signature each owner was last
 * synced with (see `unchanged` in ./util), the ClusterRoles aggregations were computed from, the
 * removal count the garbage collector last scanned at.
 *
 * It is part of the cluster's state and travels with `clone()`: a copy of a settled cluster is
 * settled too, so its first write reconciles only what that write touched instead of recomputing
 * every owner from scratch. Copy-on-write, because a drill clones a cluster per attempt and most
 * clones write few entries: the clone and the original share one map until either side writes.
 */
export type Remembered = string | number;

export class ControllerMemory {
  private entries: Map<string, Remembered>;
  /** True while another ControllerMemory may hold `entries`: the next write copies them first. */
  private shared = false;

  constructor(entries: Map<string, Remembered> = new Map()) {
    this.entries = entries;
  }

  clone(): ControllerMemory {
    const copy = new ControllerMemory(this.entries);
    copy.shared = true;
    this.shared = true;
    return copy;
  }

  get(key: string): Remembered | undefined {
    return this.entries.get(key);
  }

  set(key: string, value: Remembered): void {
    if (this.entries.get(key) === value) return;
    this.own().set(key, value);
  }

  delete(key: string): void {
    if (this.entries.has(key)) this.own().delete(key);
  }

  private own(): Map<string, Remembered> {
    if (this.shared) {
      this.entries = new Map(this.entries);
      this.shared = false;
    }
    return this.entries;
  }
}
