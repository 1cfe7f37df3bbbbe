/**
 * The Roles and RoleBindings a kubeadm 1.32 cluster has in kube-system and kube-public: the API
 * server's namespaced bootstrap policy (leader locking, bootstrap signer, token cleaner, cloud
 * provider, the authentication ConfigMap reader) and kubeadm's readers of its ConfigMaps for
 * joining nodes. They make `get roles,rolebindings -A` look like a real cluster's.
 */
import type { KObject } from '../api/types';
import { RBAC_GROUP, type PolicyRule, type Subject } from './types';

const R = (resources: string[], verbs: string[], resourceNames?: string[], apiGroups = ['']): PolicyRule => ({
  apiGroups,
  resources,
  verbs,
  ...(resourceNames ? { resourceNames } : {}),
});
const EVENTS = R(['events'], ['create', 'patch', 'update'], undefined, ['', 'events.k8s.io']);
const group = (name: string): Subject => ({ apiGroup: RBAC_GROUP, kind: 'Group', name });
const user = (name: string): Subject => ({ apiGroup: RBAC_GROUP, kind: 'User', name });
const sa = (name: string): Subject => ({ kind: 'ServiceAccount', name, namespace: 'kube-system' });
const NODE_TOKEN = 'system:bootstrappers:kubeadm:default-node-token';

interface Entry {
  namespace: string;
  role: string;
  rules: PolicyRule[];
  binding?: string;
  subjects: Subject[];
  /** Part of the API server's bootstrap policy (labelled and auto-updated), not kubeadm's. */
  bootstrap?: boolean;
}

const ENTRIES: Entry[] = [
  { namespace: 'kube-public', role: 'kubeadm:bootstrap-signer-clusterinfo', rules: [R(['configmaps'], ['get'], ['cluster-info'])], subjects: [user('system:anonymous')] },
  {
    namespace: 'kube-public',
    role: 'system:controller:bootstrap-signer',
    bootstrap: true,
    rules: [R(['configmaps'], ['get', 'list', 'watch']), R(['configmaps'], ['update'], ['cluster-info']), EVENTS],
    subjects: [sa('bootstrap-signer')],
  },
  {
    namespace: 'kube-system',
    role: 'extension-apiserver-authentication-reader',
    binding: 'system::extension-apiserver-authentication-reader',
    bootstrap: true,
    rules: [R(['configmaps'], ['get', 'list', 'watch'], ['extension-apiserver-authentication'])],
    subjects: [user('system:kube-controller-manager'), user('system:kube-scheduler')],
  },
  { namespace: 'kube-system', role: 'kube-proxy', rules: [R(['configmaps'], ['get'], ['kube-proxy'])], subjects: [group(NODE_TOKEN)] },
  { namespace: 'kube-system', role: 'kubeadm:kubelet-config', rules: [R(['configmaps'], ['get'], ['kubelet-config'])], subjects: [group('system:nodes'), group(NODE_TOKEN)] },
  { namespace: 'kube-system', role: 'kubeadm:nodes-kubeadm-config', rules: [R(['configmaps'], ['get'], ['kubeadm-config'])], subjects: [group(NODE_TOKEN), group('system:nodes')] },
  {
    namespace: 'kube-system',
    role: 'system::leader-locking-kube-controller-manager',
    bootstrap: true,
    rules: [R(['configmaps'], ['watch']), R(['configmaps'], ['get', 'update'], ['kube-controller-manager'])],
    subjects: [user('system:kube-controller-manager'), sa('kube-controller-manager')],
  },
  {
    namespace: 'kube-system',
    role: 'system::leader-locking-kube-scheduler',
    bootstrap: true,
    rules: [R(['configmaps'], ['watch']), R(['configmaps'], ['get', 'update'], ['kube-scheduler'])],
    subjects: [user('system:kube-scheduler'), sa('kube-scheduler')],
  },
  { namespace: 'kube-system', role: 'system:controller:bootstrap-signer', bootstrap: true, rules: [R(['secrets'], ['get', 'list', 'watch'])], subjects: [sa('bootstrap-signer')] },
  { namespace: 'kube-system', role: 'system:controller:cloud-provider', bootstrap: true, rules: [R(['configmaps'], ['create', 'get', 'list', 'watch'])], subjects: [sa('cloud-provider')] },
  { namespace: 'kube-system', role: 'system:controller:token-cleaner', bootstrap: true, rules: [R(['secrets'], ['delete', 'get', 'list', 'watch']), EVENTS], subjects: [sa('token-cleaner')] },
];

function meta(name: string, namespace: string, bootstrap: boolean | undefined): KObject['metadata'] {
  if (!bootstrap) return { name, namespace };
  return { name, namespace, annotations: { 'rbac.authorization.kubernetes.io/autoupdate': 'true' }, labels: { 'kubernetes.io/bootstrapping': 'rbac-defaults' } };
}

/** The namespaced Roles and their RoleBindings, as objects to create. */
export function kubeadmNamespaceObjects(): KObject[] {
  return ENTRIES.flatMap((e) => [
    { apiVersion: `${RBAC_GROUP}/v1`, kind: 'Role', metadata: meta(e.role, e.namespace, e.bootstrap), rules: JSON.parse(JSON.stringify(e.rules)) },
    {
      apiVersion: `${RBAC_GROUP}/v1`,
      kind: 'RoleBinding',
      metadata: meta(e.binding ?? e.role, e.namespace, e.bootstrap),
      roleRef: { apiGroup: RBAC_GROUP, kind: 'Role', name: e.role },
      subjects: JSON.parse(JSON.stringify(e.subjects)),
    },
  ]);
}
