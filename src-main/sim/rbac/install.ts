/**
 * Puts the bootstrap policy into a new cluster, as the API server's post-start hook does (and the
 * namespaced roles kubeadm adds). The
 * objects' uids come from their own generator, derived from the cluster's seed without drawing
 * from it, so adding built-in roles does not change any other generated name or uid.
 */
import type { KObject } from '../api/types';
import type { Cluster } from '../cluster/cluster';
import { storageKey } from '../cluster/cluster';
import { rfc3339 } from '../cluster/clock';
import { Rng } from '../cluster/rng';
import { bootstrapClusterRoleBindings, bootstrapClusterRoles } from './bootstrap-policy';
import { kubeadmNamespaceObjects } from './kubeadm-namespace-policy';

export function installBootstrapPolicy(cluster: Cluster): void {
  const [a, b, c, d] = cluster.rng.state();
  const uids = new Rng([a ^ 0x72626163, b ^ 0x5f626f6f, c, d]);
  const created = rfc3339(cluster.now());
  for (const obj of [...bootstrapClusterRoles(), ...bootstrapClusterRoleBindings(), ...kubeadmNamespaceObjects()]) put(cluster, obj, uids.uuid(), created);
}

function put(cluster: Cluster, obj: KObject, uid: string, creationTimestamp: string): void {
  obj.metadata = { ...obj.metadata, uid, resourceVersion: cluster.store.nextResourceVersion(), creationTimestamp };
  const resource = { ClusterRole: 'clusterroles', ClusterRoleBinding: 'clusterrolebindings', Role: 'roles', RoleBinding: 'rolebindings' }[obj.kind]!;
  cluster.store.put(storageKey(cluster.resourceType(resource)), obj);
}
