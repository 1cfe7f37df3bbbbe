/**
 * Who the learner is to the simulated API server, and who they become with `--as`/`--as-group`
 * (k8s.io/apiserver/pkg/endpoints/filters/impersonation.go).
 */
import { ALL_AUTHENTICATED, ALL_UNAUTHENTICATED, SA_PREFIX, SYSTEM_MASTERS, type UserInfo } from './types';

/** kubeadm (1.29+) puts admin.conf's `kubernetes-admin` in this group, bound to cluster-admin. */
export const KUBEADM_CLUSTER_ADMINS = 'kubeadm:cluster-admins';

/**
 * The kubeconfig user's identity. Every learner is a cluster administrator: `kubernetes-admin`
 * as kubeadm 1.29+ issues it (group kubeadm:cluster-admins), any other user as the superuser
 * certificates of minikube and older kubeadm (group system:masters).
 */
export function learnerIdentity(kubeconfigUser: string): UserInfo {
  const name = kubeconfigUser || 'kubernetes-admin';
  const group = name === 'kubernetes-admin' ? KUBEADM_CLUSTER_ADMINS : SYSTEM_MASTERS;
  return { name, groups: [group, ALL_AUTHENTICATED] };
}

/** `system:serviceaccount:ns:name` → [ns, name]; undefined for other user names. */
export function splitServiceAccountName(user: string): [string, string] | undefined {
  if (!user.startsWith(SA_PREFIX)) return undefined;
  const parts = user.slice(SA_PREFIX.length).split(':');
  if (parts.length !== 2 || !parts[0] || !parts[1]) return undefined;
  return [parts[0], parts[1]];
}

/** The groups every service account is in: all of them, and those of its namespace. */
export function serviceAccountGroups(namespace: string): string[] {
  return ['system:serviceaccounts', `system:serviceaccounts:${namespace}`];
}

/**
 * The user an impersonated request runs as. A service-account name brings its two groups; the
 * `--as-group` groups follow; a non-anonymous user is also in system:authenticated unless a group
 * given says otherwise.
 */
export function impersonatedUser(as: string, asGroups: readonly string[], uid = ''): UserInfo {
  const sa = splitServiceAccountName(as);
  const groups = [...(sa ? serviceAccountGroups(sa[0]) : []), ...asGroups];
  if (as !== 'system:anonymous') {
    if (!groups.includes(ALL_AUTHENTICATED) && !groups.includes(ALL_UNAUTHENTICATED)) groups.push(ALL_AUTHENTICATED);
  } else if (!groups.includes(ALL_UNAUTHENTICATED)) groups.push(ALL_UNAUTHENTICATED);
  return { name: as, groups, ...(uid ? { uid } : {}) };
}
