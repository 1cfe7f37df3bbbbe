/**
 * The API server's authorization chain of a kubeadm cluster (`--authorization-mode=Node,RBAC`):
 * members of system:masters are allowed everything first; the Node authorizer has no opinion on
 * anyone but kubelets; RBAC then walks the ClusterRoleBindings and, for a namespaced request, the
 * namespace's RoleBindings, and allows when one rule of a bound role covers the request
 * (plugin/pkg/auth/authorizer/rbac/rbac.go, pkg/registry/rbac/validation/rule.go).
 */
import type { KObject } from '../api/types';
import type { Cluster } from '../cluster/cluster';
import { ruleAllows } from './rules';
import { SA_PREFIX, SYSTEM_MASTERS, type Attributes, type Decision, type PolicyRule, type RoleRef, type Subject, type UserInfo, isResourceRequest } from './types';

/** A rule reached through a binding, or the error of a binding whose role is missing. */
type Visitor = (rule: PolicyRule | undefined, err: string | undefined) => boolean;

export function appliesTo(user: UserInfo, subject: Subject, bindingNamespace: string): boolean {
  switch (subject.kind) {
    case 'User':
      return user.name === subject.name;
    case 'Group':
      return user.groups.includes(subject.name);
    case 'ServiceAccount': {
      // A subject without a namespace means the binding's own (RoleBindings only).
      const ns = subject.namespace || bindingNamespace;
      return ns !== '' && user.name === `${SA_PREFIX}${ns}:${subject.name}`;
    }
    default:
      return false;
  }
}

/** The rules a binding's roleRef names, or the lister's NotFound text. */
function roleRules(cluster: Cluster, ref: RoleRef, namespace: string): { rules: PolicyRule[] } | { error: string } {
  switch (ref.kind) {
    case 'Role': {
      const role = cluster.tryGet('roles', namespace, ref.name);
      return role ? { rules: rulesOf(role) } : { error: `role.rbac.authorization.k8s.io "${ref.name}" not found` };
    }
    case 'ClusterRole': {
      const role = cluster.tryGet('clusterroles', undefined, ref.name);
      return role ? { rules: rulesOf(role) } : { error: `clusterrole.rbac.authorization.k8s.io "${ref.name}" not found` };
    }
    default:
      return { error: `unsupported role reference kind: "${ref.kind}"` };
  }
}

export function rulesOf(role: KObject): PolicyRule[] {
  return ((role as { rules?: PolicyRule[] | null }).rules ?? []) as PolicyRule[];
}

function subjectsOf(binding: KObject): Subject[] {
  return ((binding as { subjects?: Subject[] | null }).subjects ?? []) as Subject[];
}

/** VisitRulesFor: every rule bound to the user, cluster-wide first, then in `namespace` ('' = none). */
function visitRulesFor(cluster: Cluster, user: UserInfo, namespace: string, visit: Visitor): void {
  for (const crb of cluster.list('clusterrolebindings', undefined)) {
    if (!subjectsOf(crb).some((s) => appliesTo(user, s, ''))) continue;
    const got = roleRules(cluster, crb.roleRef as RoleRef, '');
    if ('error' in got) {
      if (!visit(undefined, got.error)) return;
      continue;
    }
    for (const rule of got.rules) if (!visit(rule, undefined)) return;
  }
  if (!namespace) return;
  for (const rb of cluster.list('rolebindings', namespace)) {
    if (!subjectsOf(rb).some((s) => appliesTo(user, s, namespace))) continue;
    const got = roleRules(cluster, rb.roleRef as RoleRef, namespace);
    if ('error' in got) {
      if (!visit(undefined, got.error)) return;
      continue;
    }
    for (const rule of got.rules) if (!visit(rule, undefined)) return;
  }
}

/** apimachinery's NewAggregate(...).Error(): one message as is, several in brackets. */
function aggregate(errors: string[]): string {
  return errors.length === 1 ? errors[0]! : `[${errors.join(', ')}]`;
}

/** Whether `user` may do what `attrs` describe, and the reason the chain gives (RBAC's errors). */
export function authorize(cluster: Cluster, user: UserInfo, attrs: Attributes): Decision {
  if (user.groups.includes(SYSTEM_MASTERS)) return { allowed: true, reason: '' };
  const errors: string[] = [];
  let allowed = false;
  const namespace = isResourceRequest(attrs) ? attrs.namespace : '';
  visitRulesFor(cluster, user, namespace, (rule, err) => {
    if (err !== undefined) errors.push(err);
    else if (rule && ruleAllows(attrs, rule)) allowed = true;
    return !allowed;
  });
  if (allowed) return { allowed: true, reason: '' };
  return { allowed: false, reason: errors.length ? `RBAC: ${aggregate(errors)}` : '' };
}

/**
 * RulesFor (what a SelfSubjectRulesReview answers): every rule bound to the user in `namespace`,
 * with the errors of bindings whose role is missing (they do not make the list incomplete).
 */
export function rulesFor(cluster: Cluster, user: UserInfo, namespace: string): { rules: PolicyRule[]; errors: string[] } {
  const rules: PolicyRule[] = [];
  const errors: string[] = [];
  visitRulesFor(cluster, user, namespace, (rule, err) => {
    if (err !== undefined) errors.push(err);
    else if (rule) rules.push(rule);
    return true;
  });
  return { rules, errors };
}
