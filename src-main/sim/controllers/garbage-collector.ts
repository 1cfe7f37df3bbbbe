/**
 * The garbage collector: dependents whose owners are all gone are deleted (background cascade);
 * an owner deleted in the foreground waits, Terminating, until its dependents are gone.
 */
import type { Cluster } from '../cluster/cluster';
import { EVENTS } from '../cluster/cluster';
import { isDeleting } from '../cluster/objects';
import { resourceForKind } from '../api/registry';
import type { Controller } from './engine';

/** Memory key of store.removals at the last full scan. */
const SCANNED_AT = 'garbage-collector/scanned-at';

export const garbageCollector: Controller = {
  name: 'garbage-collector',
  // No `watches`: it reads every resource, and gates itself on store.removals instead.
  sync(cluster: Cluster) {
    // Orphans only appear after a removal; foreground deletions are marked with a write the
    // deleting code reports by bumping removals too (see Cluster.deleteObject).
    if (cluster.memory.get(SCANNED_AT) === cluster.store.removals) return;
    cluster.memory.set(SCANNED_AT, cluster.store.removals);
    for (const res of cluster.store.resources()) {
      if (res === EVENTS) continue;
      for (const obj of [...cluster.store.values(res)]) {
        const refs = obj.metadata.ownerReferences;
        if (refs?.length && !isDeleting(obj) && refs.every((r) => !cluster.store.hasUid(r.uid))) {
          cluster.deleteObject(resourceForKind(obj.kind, obj.apiVersion)!, obj, 'Background');
        }
        if (isDeleting(obj) && obj.metadata.finalizers?.includes('foregroundDeletion')) {
          const deps = cluster.dependentsOf(obj);
          for (const dep of deps) if (!isDeleting(dep)) cluster.deleteObject(resourceForKind(dep.kind, dep.apiVersion)!, dep, 'Foreground');
          if (!deps.length) cluster.remove(obj);
        }
      }
    }
  },
};
