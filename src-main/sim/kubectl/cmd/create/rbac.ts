/**
 * kubectl create role|clusterrole|rolebinding|clusterrolebinding (create_role.go,
 * create_clusterrole.go, create_rolebinding.go, create_clusterrolebinding.go). Resources are
 * resolved through the registry (kubectl asks discovery). Honoured: --verb, --resource,
 * --resource-name, --non-resource-url, --aggregation-rule, --role, --clusterrole, --user,
 * --group, --serviceaccount, --dry-run, -o, -n. Accepted without effect: --save-config,
 * --field-manager, --validate, --template, --show-managed-fields, --allow-missing-template-keys.
 */
import type { KObject } from '../../../api/types';
import { resolveResource } from '../../../api/registry';
import { CliError } from '../../errors';
import type { Invocation, Verb } from '../../invocation';
import { completeCreate, newMeta, submit } from './common';

const VALID_VERBS = ['*', 'get', 'delete', 'list', 'create', 'update', 'patch', 'watch', 'proxy', 'deletecollection', 'use', 'bind', 'escalate', 'impersonate'];
const RBAC = 'rbac.authorization.k8s.io';

interface Rule { verbs: string[]; apiGroups: string[]; resources: string[]; resourceNames?: string[] }

export function buildRules(verbs: string[], resources: string[], resourceNames: string[]): Rule[] {
  const groups: string[] = [];
  const byGroup = new Map<string, string[]>();
  for (const r of resources) {
    const [typePart, sub] = r.split('/') as [string, string | undefined];
    let group: string;
    let name: string;
    if (typePart === '*') { group = ''; name = '*'; }
    else {
      const rt = resolveResource(typePart);
      if (!rt) throw new CliError(`the server doesn't have a resource type "${typePart}"`);
      group = rt.group;
      name = rt.name;
    }
    if (!byGroup.has(group)) { byGroup.set(group, []); groups.push(group); }
    byGroup.get(group)!.push(sub ? `${name}/${sub}` : name);
  }
  return groups.map((g) => {
    const rule: Rule = { verbs, apiGroups: [g], resources: byGroup.get(g)! };
    if (resourceNames.length) rule.resourceNames = resourceNames;
    return rule;
  });
}

function roleVerb(path: 'create role' | 'create clusterrole', kind: 'Role' | 'ClusterRole'): Verb {
  return {
    path,
    run(inv: Invocation) {
      const ctx = completeCreate(inv);
      const f = inv.flags;
      const verbs = f.slice('verb');
      const resources = f.slice('resource');
      const aggregation = kind === 'ClusterRole' ? f.string('aggregation-rule') : '';
      const nonResourceURLs = kind === 'ClusterRole' ? f.slice('non-resource-url') : [];
      const role: KObject = { apiVersion: `${RBAC}/v1`, kind, metadata: newMeta(ctx.name) };
      if (aggregation) {
        const matchLabels = Object.fromEntries(aggregation.split(',').map((kv) => kv.split('=') as [string, string]));
        role.aggregationRule = { clusterRoleSelectors: [{ matchLabels }] };
        // Role.rules has no omitempty: an aggregated role prints `rules: null`.
        role.rules = null;
      } else {
        if (verbs.length === 0) throw new CliError('at least one verb must be specified');
        if (resources.length === 0 && nonResourceURLs.length === 0) throw new CliError('at least one resource must be specified');
        for (const v of verbs) if (!VALID_VERBS.includes(v)) inv.out.err(`Warning: '${v}' is not a standard resource verb\n`);
        const rules: Record<string, unknown>[] = buildRules(verbs, resources, f.slice('resource-name')) as unknown as Record<string, unknown>[];
        if (nonResourceURLs.length) rules.push({ verbs, nonResourceURLs });
        role.rules = rules;
      }
      submit(inv, ctx, role);
    },
  };
}

export function buildSubjects(users: string[], groups: string[], serviceAccounts: string[]): Record<string, string>[] {
  const subjects: Record<string, string>[] = [];
  for (const name of users) subjects.push({ kind: 'User', apiGroup: RBAC, name });
  for (const name of groups) subjects.push({ kind: 'Group', apiGroup: RBAC, name });
  for (const sa of serviceAccounts) {
    const parts = sa.split(':');
    if (parts.length !== 2 || !parts[0] || !parts[1]) throw new CliError(`serviceaccount must be <namespace>:<name>`);
    subjects.push({ kind: 'ServiceAccount', namespace: parts[0], name: parts[1] });
  }
  return subjects;
}

function bindingVerb(path: 'create rolebinding' | 'create clusterrolebinding', kind: 'RoleBinding' | 'ClusterRoleBinding'): Verb {
  return {
    path,
    required: kind === 'ClusterRoleBinding' ? ['clusterrole'] : [],
    run(inv: Invocation) {
      const ctx = completeCreate(inv);
      const f = inv.flags;
      const role = kind === 'RoleBinding' ? f.string('role') : '';
      const clusterRole = f.string('clusterrole');
      if ((role === '') === (clusterRole === '')) throw new CliError('exactly one of clusterrole or role must be specified');
      const binding: KObject = {
        apiVersion: `${RBAC}/v1`,
        kind,
        metadata: newMeta(ctx.name),
        roleRef: { apiGroup: RBAC, kind: role ? 'Role' : 'ClusterRole', name: role || clusterRole },
      };
      const subjects = buildSubjects(f.list('user'), f.list('group'), f.list('serviceaccount'));
      if (subjects.length) binding.subjects = subjects;
      submit(inv, ctx, binding);
    },
  };
}

export const createRole = roleVerb('create role', 'Role');
export const createClusterRole = roleVerb('create clusterrole', 'ClusterRole');
export const createRoleBinding = bindingVerb('create rolebinding', 'RoleBinding');
export const createClusterRoleBinding = bindingVerb('create clusterrolebinding', 'ClusterRoleBinding');
