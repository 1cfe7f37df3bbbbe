/**
 * The ClusterRoles and ClusterRoleBindings a kubeadm 1.32 cluster starts with: the API server's
 * bootstrap policy (plugin/pkg/auth/authorizer/rbac/bootstrappolicy, the user-facing and system
 * roles; the per-controller `system:controller:*` roles are left out)
 * and what `kubeadm init` adds (kubeadm:cluster-admins, kube-proxy, CoreDNS, node bootstrap).
 * view, edit and admin are aggregated: their rules are filled in by the aggregation controller
 * from the `system:aggregate-to-*` roles, as on a real cluster.
 */
import type { KObject } from '../api/types';
import { RBAC_GROUP, type PolicyRule, type Subject } from './types';
import { KUBEADM_CLUSTER_ADMINS } from './identity';

const R = (apiGroups: string[], resources: string[], verbs: string[], resourceNames?: string[]): PolicyRule => ({
  apiGroups,
  resources,
  verbs,
  ...(resourceNames ? { resourceNames } : {}),
});
const URLS = (nonResourceURLs: string[], verbs: string[]): PolicyRule => ({ nonResourceURLs, verbs });

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

const READ = ['get', 'list', 'watch'];
const WRITE = ['create', 'delete', 'deletecollection', 'patch', 'update'];
const ALL = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];
const EVENTS_WRITE = R(['', 'events.k8s.io'], ['events'], ['create', 'patch', 'update']);

export const AGGREGATE_TO = (role: string) => `rbac.authorization.k8s.io/aggregate-to-${role}`;

interface RoleSpec {
  name: string;
  rules?: PolicyRule[];
  aggregateFrom?: string;
  labels?: Record<string, string>;
  /** kubeadm's own roles carry no bootstrapping label or autoupdate annotation. */
  kubeadm?: boolean;
}

const CLUSTER_ROLES: RoleSpec[] = [
  { name: 'admin', aggregateFrom: 'admin' },
  { name: 'cluster-admin', rules: [R(['*'], ['*'], ['*']), URLS(['*'], ['*'])] },
  { name: 'edit', aggregateFrom: 'edit', labels: { [AGGREGATE_TO('admin')]: 'true' } },
  { name: 'kubeadm:get-nodes', kubeadm: true, rules: [R([''], ['nodes'], ['get'])] },
  {
    name: 'system:aggregate-to-admin',
    labels: { [AGGREGATE_TO('admin')]: 'true' },
    rules: [R(['authorization.k8s.io'], ['localsubjectaccessreviews'], ['create']), R([RBAC_GROUP], ['rolebindings', 'roles'], ALL)],
  },
  {
    name: 'system:aggregate-to-edit',
    labels: { [AGGREGATE_TO('edit')]: 'true' },
    rules: [
      R([''], ['pods/attach', 'pods/exec', 'pods/portforward', 'pods/proxy', 'secrets', 'services/proxy'], READ),
      R([''], ['serviceaccounts'], ['impersonate']),
      R([''], ['pods', 'pods/attach', 'pods/exec', 'pods/portforward', 'pods/proxy'], WRITE),
      R([''], ['pods/eviction'], ['create']),
      R([''], ['configmaps', 'events', 'persistentvolumeclaims', 'replicationcontrollers', 'replicationcontrollers/scale', 'secrets', 'serviceaccounts', 'services', 'services/proxy'], WRITE),
      R([''], ['serviceaccounts/token'], ['create']),
      R(['apps'], ['daemonsets', 'deployments', 'deployments/rollback', 'deployments/scale', 'replicasets', 'replicasets/scale', 'statefulsets', 'statefulsets/scale'], WRITE),
      R(['autoscaling'], ['horizontalpodautoscalers'], WRITE),
      R(['batch'], ['cronjobs', 'jobs'], WRITE),
      R(['extensions'], ['daemonsets', 'deployments', 'deployments/rollback', 'deployments/scale', 'ingresses', 'networkpolicies', 'replicasets', 'replicasets/scale', 'replicationcontrollers/scale'], WRITE),
      R(['policy'], ['poddisruptionbudgets'], WRITE),
      R(['networking.k8s.io'], ['ingresses', 'networkpolicies'], WRITE),
      R(['coordination.k8s.io'], ['leases'], ALL),
    ],
  },
  {
    name: 'system:aggregate-to-view',
    labels: { [AGGREGATE_TO('view')]: 'true' },
    rules: [
      R([''], ['configmaps', 'endpoints', 'persistentvolumeclaims', 'persistentvolumeclaims/status', 'pods', 'replicationcontrollers', 'replicationcontrollers/scale', 'serviceaccounts', 'services', 'services/status'], READ),
      R([''], ['bindings', 'events', 'limitranges', 'namespaces/status', 'pods/log', 'pods/status', 'replicationcontrollers/status', 'resourcequotas', 'resourcequotas/status'], READ),
      R([''], ['namespaces'], READ),
      R(['discovery.k8s.io'], ['endpointslices'], READ),
      R(['apps'], ['controllerrevisions', 'daemonsets', 'daemonsets/status', 'deployments', 'deployments/scale', 'deployments/status', 'replicasets', 'replicasets/scale', 'replicasets/status', 'statefulsets', 'statefulsets/scale', 'statefulsets/status'], READ),
      R(['autoscaling'], ['horizontalpodautoscalers', 'horizontalpodautoscalers/status'], READ),
      R(['batch'], ['cronjobs', 'cronjobs/status', 'jobs', 'jobs/status'], READ),
      R(['extensions'], ['daemonsets', 'daemonsets/status', 'deployments', 'deployments/scale', 'deployments/status', 'ingresses', 'ingresses/status', 'networkpolicies', 'replicasets', 'replicasets/scale', 'replicasets/status', 'replicationcontrollers/scale'], READ),
      R(['policy'], ['poddisruptionbudgets', 'poddisruptionbudgets/status'], READ),
      R(['networking.k8s.io'], ['ingresses', 'ingresses/status', 'networkpolicies'], READ),
    ],
  },
  { name: 'system:auth-delegator', rules: [R(['authentication.k8s.io'], ['tokenreviews'], ['create']), R(['authorization.k8s.io'], ['subjectaccessreviews'], ['create'])] },
  {
    name: 'system:basic-user',
    rules: [R(['authorization.k8s.io'], ['selfsubjectaccessreviews', 'selfsubjectrulesreviews'], ['create']), R(['authentication.k8s.io'], ['selfsubjectreviews'], ['create'])],
  },
  ...[
    ['system:certificates.k8s.io:certificatesigningrequests:nodeclient', 'certificatesigningrequests/nodeclient'],
    ['system:certificates.k8s.io:certificatesigningrequests:selfnodeclient', 'certificatesigningrequests/selfnodeclient'],
  ].map(([name, resource]): RoleSpec => ({ name: name!, rules: [R(['certificates.k8s.io'], [resource!], ['create'])] })),
  ...['kube-apiserver-client', 'kube-apiserver-client-kubelet', 'kubelet-serving', 'legacy-unknown'].map(
    (signer): RoleSpec => ({ name: `system:certificates.k8s.io:${signer}-approver`, rules: [R(['certificates.k8s.io'], ['signers'], ['approve'], [`kubernetes.io/${signer}`])] }),
  ),
  { name: 'system:coredns', kubeadm: true, rules: [R([''], ['endpoints', 'services', 'pods', 'namespaces'], ['list', 'watch']), R(['discovery.k8s.io'], ['endpointslices'], ['list', 'watch'])] },
  {
    name: 'system:discovery',
    rules: [URLS(['/api', '/api/*', '/apis', '/apis/*', '/healthz', '/livez', '/openapi', '/openapi/*', '/readyz', '/version', '/version/'], ['get'])],
  },
  { name: 'system:heapster', rules: [R([''], ['events', 'namespaces', 'nodes', 'pods'], READ), R(['extensions'], ['deployments'], READ)] },
  { name: 'system:kube-aggregator', rules: [R([''], ['endpoints', 'services'], READ)] },
  {
    name: 'system:kube-controller-manager',
    rules: [
      EVENTS_WRITE,
      R(['coordination.k8s.io'], ['leases'], ['create']),
      R(['coordination.k8s.io'], ['leases'], ['get', 'update'], ['kube-controller-manager']),
      R([''], ['secrets', 'serviceaccounts'], ['create']),
      R([''], ['secrets'], ['delete']),
      R([''], ['configmaps', 'namespaces', 'secrets', 'serviceaccounts'], ['get']),
      R([''], ['secrets', 'serviceaccounts'], ['update']),
      R(['authentication.k8s.io'], ['tokenreviews'], ['create']),
      R(['authorization.k8s.io'], ['subjectaccessreviews'], ['create']),
      R(['*'], ['*'], ['list', 'watch']),
      R([''], ['serviceaccounts/token'], ['create']),
    ],
  },
  { name: 'system:kube-dns', rules: [R([''], ['endpoints', 'services'], ['list', 'watch'])] },
  {
    name: 'system:kube-scheduler',
    rules: [
      EVENTS_WRITE,
      R(['coordination.k8s.io'], ['leases'], ['create']),
      R(['coordination.k8s.io'], ['leases'], ['get', 'update'], ['kube-scheduler']),
      R([''], ['nodes'], READ),
      R([''], ['pods'], ['delete', 'get', 'list', 'watch']),
      R([''], ['bindings', 'pods/binding'], ['create']),
      R([''], ['pods/status'], ['patch', 'update']),
      R([''], ['replicationcontrollers', 'services'], READ),
      R(['apps', 'extensions'], ['replicasets'], READ),
      R(['apps'], ['statefulsets'], READ),
      R(['policy'], ['poddisruptionbudgets'], READ),
      R([''], ['persistentvolumeclaims', 'persistentvolumes'], READ),
      R(['authentication.k8s.io'], ['tokenreviews'], ['create']),
      R(['authorization.k8s.io'], ['subjectaccessreviews'], ['create']),
      R(['storage.k8s.io'], ['csinodes'], READ),
      R([''], ['namespaces'], READ),
      R(['storage.k8s.io'], ['csidrivers'], READ),
      R(['storage.k8s.io'], ['csistoragecapacities'], READ),
    ],
  },
  { name: 'system:kubelet-api-admin', rules: [R([''], ['nodes'], READ), R([''], ['nodes'], ['proxy']), R([''], ['nodes/log', 'nodes/metrics', 'nodes/proxy', 'nodes/stats'], ['*'])] },
  { name: 'system:monitoring', rules: [URLS(['/healthz', '/healthz/*', '/livez', '/livez/*', '/metrics', '/metrics/slis', '/readyz', '/readyz/*'], ['get'])] },
  {
    name: 'system:node',
    rules: [
      R(['authentication.k8s.io'], ['tokenreviews'], ['create']),
      R(['authorization.k8s.io'], ['localsubjectaccessreviews', 'subjectaccessreviews'], ['create']),
      R([''], ['services'], READ),
      R([''], ['nodes'], ['create', 'get', 'list', 'watch']),
      R([''], ['nodes/status'], ['patch', 'update']),
      R([''], ['nodes'], ['patch', 'update']),
      R([''], ['events'], ['create', 'patch', 'update']),
      R([''], ['pods'], READ),
      R([''], ['pods'], ['create', 'delete']),
      R([''], ['pods/status'], ['patch', 'update']),
      R([''], ['pods/eviction'], ['create']),
      R([''], ['configmaps', 'secrets'], READ),
      R([''], ['persistentvolumeclaims', 'persistentvolumes'], ['get']),
      R([''], ['endpoints'], ['get']),
      R(['certificates.k8s.io'], ['certificatesigningrequests'], ['create', 'get', 'list', 'watch']),
      R(['coordination.k8s.io'], ['leases'], ['create', 'delete', 'get', 'patch', 'update']),
      R(['storage.k8s.io'], ['volumeattachments'], ['get']),
      R([''], ['serviceaccounts/token'], ['create']),
      R([''], ['persistentvolumeclaims/status'], ['get', 'patch', 'update']),
      R(['storage.k8s.io'], ['csidrivers'], READ),
      R(['storage.k8s.io'], ['csinodes'], ['create', 'delete', 'get', 'patch', 'update']),
      R(['node.k8s.io'], ['runtimeclasses'], READ),
    ],
  },
  { name: 'system:node-bootstrapper', rules: [R(['certificates.k8s.io'], ['certificatesigningrequests'], ['create', 'get', 'list', 'watch'])] },
  { name: 'system:node-problem-detector', rules: [R([''], ['nodes'], ['get']), R([''], ['nodes/status'], ['patch']), EVENTS_WRITE] },
  {
    name: 'system:node-proxier',
    rules: [R([''], ['endpoints', 'services'], ['list', 'watch']), R([''], ['nodes'], READ), EVENTS_WRITE, R(['discovery.k8s.io'], ['endpointslices'], ['list', 'watch'])],
  },
  {
    name: 'system:persistent-volume-provisioner',
    rules: [
      R([''], ['persistentvolumes'], ['create', 'delete', 'get', 'list', 'watch']),
      R([''], ['persistentvolumeclaims'], ['get', 'list', 'update', 'watch']),
      R(['storage.k8s.io'], ['storageclasses'], READ),
      R([''], ['events'], ['watch']),
      EVENTS_WRITE,
    ],
  },
  { name: 'system:public-info-viewer', rules: [URLS(['/healthz', '/livez', '/readyz', '/version', '/version/'], ['get'])] },
  { name: 'system:service-account-issuer-discovery', rules: [URLS(['/.well-known/openid-configuration', '/openid/v1/jwks'], ['get'])] },
  {
    name: 'system:volume-scheduler',
    rules: [R([''], ['persistentvolumes'], ['get', 'list', 'patch', 'update', 'watch']), R(['storage.k8s.io'], ['storageclasses'], READ), R([''], ['persistentvolumeclaims'], ['get', 'list', 'patch', 'update', 'watch'])],
  },
  { name: 'view', aggregateFrom: 'view', labels: { [AGGREGATE_TO('edit')]: 'true' } },
];

const group = (name: string): Subject => ({ apiGroup: RBAC_GROUP, kind: 'Group', name });
const user = (name: string): Subject => ({ apiGroup: RBAC_GROUP, kind: 'User', name });
const sa = (namespace: string, name: string): Subject => ({ kind: 'ServiceAccount', name, namespace });

interface BindingSpec {
  name: string;
  role: string;
  subjects: Subject[];
  kubeadm?: boolean;
}

const CLUSTER_ROLE_BINDINGS: BindingSpec[] = [
  { name: 'cluster-admin', role: 'cluster-admin', subjects: [group('system:masters')] },
  { name: 'kubeadm:cluster-admins', role: 'cluster-admin', subjects: [group(KUBEADM_CLUSTER_ADMINS)], kubeadm: true },
  { name: 'kubeadm:get-nodes', role: 'kubeadm:get-nodes', subjects: [group('system:bootstrappers:kubeadm:default-node-token')], kubeadm: true },
  { name: 'kubeadm:kubelet-bootstrap', role: 'system:node-bootstrapper', subjects: [group('system:bootstrappers:kubeadm:default-node-token')], kubeadm: true },
  {
    name: 'kubeadm:node-autoapprove-bootstrap',
    role: 'system:certificates.k8s.io:certificatesigningrequests:nodeclient',
    subjects: [group('system:bootstrappers:kubeadm:default-node-token')],
    kubeadm: true,
  },
  {
    name: 'kubeadm:node-autoapprove-certificate-rotation',
    role: 'system:certificates.k8s.io:certificatesigningrequests:selfnodeclient',
    subjects: [group('system:nodes')],
    kubeadm: true,
  },
  { name: 'kubeadm:node-proxier', role: 'system:node-proxier', subjects: [sa('kube-system', 'kube-proxy')], kubeadm: true },
  { name: 'system:basic-user', role: 'system:basic-user', subjects: [group('system:authenticated')] },
  { name: 'system:coredns', role: 'system:coredns', subjects: [sa('kube-system', 'coredns')], kubeadm: true },
  { name: 'system:discovery', role: 'system:discovery', subjects: [group('system:authenticated')] },
  { name: 'system:kube-controller-manager', role: 'system:kube-controller-manager', subjects: [user('system:kube-controller-manager')] },
  { name: 'system:kube-dns', role: 'system:kube-dns', subjects: [sa('kube-system', 'kube-dns')] },
  { name: 'system:kube-scheduler', role: 'system:kube-scheduler', subjects: [user('system:kube-scheduler')] },
  { name: 'system:monitoring', role: 'system:monitoring', subjects: [group('system:monitoring')] },
  // Nodes are authorized by the Node authorizer; the binding is kept without subjects.
  { name: 'system:node', role: 'system:node', subjects: [] },
  { name: 'system:node-proxier', role: 'system:node-proxier', subjects: [user('system:kube-proxy')] },
  { name: 'system:public-info-viewer', role: 'system:public-info-viewer', subjects: [group('system:authenticated'), group('system:unauthenticated')] },
  { name: 'system:service-account-issuer-discovery', role: 'system:service-account-issuer-discovery', subjects: [group('system:serviceaccounts')] },
  { name: 'system:volume-scheduler', role: 'system:volume-scheduler', subjects: [user('system:kube-scheduler')] },
];

function bootstrapMeta(name: string, kubeadm: boolean | undefined, labels: Record<string, string> = {}): KObject['metadata'] {
  if (kubeadm) return { name, ...(Object.keys(labels).length ? { labels } : {}) };
  return {
    name,
    annotations: { 'rbac.authorization.kubernetes.io/autoupdate': 'true' },
    labels: { 'kubernetes.io/bootstrapping': 'rbac-defaults', ...labels },
  };
}

/** The built-in ClusterRoles, as objects to create. */
export function bootstrapClusterRoles(): KObject[] {
  return CLUSTER_ROLES.map((r) => {
    const obj: KObject = { apiVersion: `${RBAC_GROUP}/v1`, kind: 'ClusterRole', metadata: bootstrapMeta(r.name, r.kubeadm, r.labels) };
    if (r.aggregateFrom) {
      obj.aggregationRule = { clusterRoleSelectors: [{ matchLabels: { [AGGREGATE_TO(r.aggregateFrom)]: 'true' } }] };
      obj.rules = null;
    } else obj.rules = clone(r.rules ?? []);
    return obj;
  });
}

/** The built-in ClusterRoleBindings, as objects to create. */
export function bootstrapClusterRoleBindings(): KObject[] {
  return CLUSTER_ROLE_BINDINGS.map((b) => ({
    apiVersion: `${RBAC_GROUP}/v1`,
    kind: 'ClusterRoleBinding',
    metadata: bootstrapMeta(b.name, b.kubeadm),
    roleRef: { apiGroup: RBAC_GROUP, kind: 'ClusterRole', name: b.role },
    ...(b.subjects.length ? { subjects: clone(b.subjects) } : {}),
  }));
}
