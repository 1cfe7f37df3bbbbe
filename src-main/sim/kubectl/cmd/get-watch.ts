/**
 * `kubectl get -w` as a finite stream: after the first listing the virtual clock advances one
 * second at a time, and each object whose printed row changes (or that appears, or goes away)
 * prints one more row, as watch events do. Each row is aligned on its own, as kubectl flushes its
 * tabwriter per event (hence the familiar ragged columns). The stream ends after WATCH_HORIZON_MS
 * of virtual time, or sooner once nothing has changed for WATCH_QUIET_MS (longer than the default 30 s
 * grace period, so that a deleted pod is seen to go).
 */
import type { KObject } from '../../api/types';
import type { Cluster } from '../../cluster/cluster';

export const WATCH_HORIZON_MS = 60_000;
export const WATCH_QUIET_MS = 31_000;
const STEP_MS = 1_000;

export interface WatchSource {
  /** The objects the command watches, as they are now. */
  snapshot(): KObject[];
  /** The printed event for an object at virtual time `now` (newline-terminated). */
  render(obj: KObject, now: number): string;
}

const keyOf = (o: KObject) => `${o.apiVersion}/${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name}`;

export function watchStream(cluster: Cluster, source: WatchSource, initial: readonly KObject[]): string {
  // Rows compare at a fixed time, so that AGE ticking by alone is not an event.
  const start = cluster.now();
  const seen = new Map<string, { obj: KObject; signature: string }>();
  for (const o of initial) seen.set(keyOf(o), { obj: o, signature: source.render(o, start) });
  let out = '';
  let quiet = 0;
  for (let elapsed = 0; elapsed < WATCH_HORIZON_MS && quiet < WATCH_QUIET_MS; elapsed += STEP_MS) {
    cluster.advance(STEP_MS);
    const now = cluster.now();
    const current = source.snapshot();
    const present = new Set<string>();
    let changed = false;
    for (const o of current) {
      const key = keyOf(o);
      present.add(key);
      const signature = source.render(o, start);
      const before = seen.get(key);
      if (before && before.signature === signature) continue;
      seen.set(key, { obj: o, signature });
      out += source.render(o, now);
      changed = true;
    }
    for (const [key, { obj }] of [...seen]) {
      if (present.has(key)) continue;
      seen.delete(key);
      out += source.render(obj, now);
      changed = true;
    }
    quiet = changed ? 0 : quiet + STEP_MS;
  }
  return out;
}
