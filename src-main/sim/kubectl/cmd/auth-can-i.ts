/**
 * kubectl auth can-i VERB [TYPE | TYPE/NAME | NONRESOURCEURL] (kubectl/pkg/cmd/auth/cani.go),
 * answered from the cluster's RBAC objects as the API server's RBAC authorizer does: the subject's
 * RoleBindings in the namespace and ClusterRoleBindings, their roles' rules matched on verb, API
 * group, resource (and subresource) and name. The kubeconfig's own user is the cluster admin (as
 * kubeadm's and minikube's are). Prints `yes` (exit 0) or `no` (exit 1). Honoured: --as,
 * --as-group, -n, -A, --subresource, -q/--quiet. Accepted without effect: --no-headers, --list
 * (answered as not supported yet).
 */
import type { KObject } from '../../api/types';
import { resolveResource } from '../../api/registry';
import { CliError, ExitError } from '../errors';
import { namespaceOf, type Verb } from '../invocation';
import { BUILTIN_CLUSTER_ROLES, type PolicyRule } from '../rbac-builtins';

interface Subject { kind: string; name: string; namespace?: string }

function subjectsOf(as: string, groups: string[]): Subject[] {
  const sa = /^system:serviceaccount:([^:]+):([^:]+)$/.exec(as);
  const all: Subject[] = [];
  if (sa) {
    all.push({ kind: 'ServiceAccount', namespace: sa[1]!, name: sa[2]! });
    groups = [...groups, 'system:serviceaccounts', `system:serviceaccounts:${sa[1]}`];
  } else all.push({ kind: 'User', name: as });
  for (const g of [...groups, 'system:authenticated']) all.push({ kind: 'Group', name: g });
  return all;
}

function bound(binding: KObject, subjects: Subject[], bindingNs?: string): boolean {
  const list = (binding.subjects as Subject[] | undefined) ?? [];
  return list.some((s) =>
    subjects.some((w) => w.kind === s.kind && w.name === s.name && (s.kind !== 'ServiceAccount' || (s.namespace ?? bindingNs) === w.namespace)),
  );
}

function matches(rule: PolicyRule, verb: string, group: string, resource: string, name: string, url: string): boolean {
  if (!rule.verbs.includes('*') && !rule.verbs.includes(verb)) return false;
  if (url) return (rule.nonResourceURLs ?? []).some((u) => u === '*' || u === url || (u.endsWith('*') && url.startsWith(u.slice(0, -1))));
  if (!rule.resources) return false;
  if (!(rule.apiGroups ?? []).some((g) => g === '*' || g === group)) return false;
  const sub = resource.includes('/') ? resource.slice(resource.indexOf('/')) : '';
  if (!rule.resources.some((r) => r === '*' || r === resource || (sub && r === `*${sub}`))) return false;
  return !rule.resourceNames?.length || (name !== '' && rule.resourceNames.includes(name));
}

export const authCanI: Verb = {
  path: 'auth can-i',
  run(inv) {
    const f = inv.flags;
    if (f.bool('list')) {
      if (inv.args.length) throw new CliError('list option must be specified with no arguments');
      throw new CliError('kubectl auth can-i --list is not supported by the simulator yet');
    }
    if (inv.args.length < 2) {
      throw new CliError("you must specify two arguments: verb resource or verb resource/resourceName.\nSee 'kubectl auth can-i -h' for help and examples.");
    }
    const [verb, target] = inv.args as [string, string];
    let group = '';
    let resource = '';
    let name = inv.args[2] ?? '';
    let url = '';
    if (target.startsWith('/')) url = target;
    else {
      const slash = target.indexOf('/');
      const type = slash >= 0 ? target.slice(0, slash) : target;
      if (slash >= 0) name = target.slice(slash + 1);
      const rt = resolveResource(type);
      if (!rt) inv.out.err(`Warning: the server doesn't have a resource type '${type}'\n`);
      group = rt?.group ?? '';
      resource = (rt?.name ?? type) + (f.string('subresource') ? `/${f.string('subresource')}` : '');
    }
    const as = f.string('as');
    const ns = f.bool('all-namespaces') ? undefined : namespaceOf(inv);
    const allowed = !as || as === inv.env.kubeconfig.contexts[inv.env.kubeconfig.currentContext]?.user || allowedFor(inv, subjectsOf(as, f.list('as-group')), ns, verb, group, resource, name, url);
    if (f.bool('quiet')) {
      if (!allowed) throw new ExitError(1, '', '');
      return;
    }
    if (!allowed) throw new ExitError(1, 'no\n', '');
    inv.out.out('yes\n');
  },
};

function allowedFor(inv: Parameters<Verb['run']>[0], subjects: Subject[], ns: string | undefined, verb: string, group: string, resource: string, name: string, url: string): boolean {
  const cluster = inv.env.cluster;
  const rulesOf = (ref: { kind: string; name: string }, bindingNs?: string): PolicyRule[] => {
    const role = ref.kind === 'ClusterRole' ? cluster.tryGet('clusterroles', undefined, ref.name) : cluster.tryGet('roles', bindingNs, ref.name);
    if (role) return (role.rules as PolicyRule[] | null | undefined) ?? [];
    return ref.kind === 'ClusterRole' ? BUILTIN_CLUSTER_ROLES[ref.name] ?? [] : [];
  };
  if (subjects.some((s) => s.kind === 'Group' && s.name === 'system:masters')) return true;
  for (const crb of cluster.list('clusterrolebindings', undefined)) {
    if (bound(crb, subjects) && rulesOf(crb.roleRef as { kind: string; name: string }).some((r) => matches(r, verb, group, resource, name, url))) return true;
  }
  if (url) return false;
  for (const rb of cluster.list('rolebindings', ns)) {
    if (bound(rb, subjects, rb.metadata.namespace) && rulesOf(rb.roleRef as { kind: string; name: string }, rb.metadata.namespace).some((r) => matches(r, verb, group, resource, name, url))) return true;
  }
  return false;
}
