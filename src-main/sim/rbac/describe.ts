/**
 * `kubectl describe` of Roles, ClusterRoles, RoleBindings and ClusterRoleBindings, in kubectl's
 * layout (describe.go RoleDescriber, ClusterRoleDescriber, RoleBindingDescriber,
 * ClusterRoleBindingDescriber): no Namespace line and no Events; roles list their rules compacted
 * and sorted as `auth can-i --list` does, bindings their role and a table of subjects.
 */
import type { KObject } from '../api/types';
import type { Cluster } from '../cluster/cluster';
import { annotationsMultiline, labelsMultiline, PrefixWriter } from '../printers/describe/writer';
import { rulesOf } from './authorizer';
import { combineResourceGroup, compactSortedRules, goList } from './compact-rules';
import type { RoleRef, Subject } from './types';

export function describeRole(_cluster: Cluster, role: KObject): string {
  const w = new PrefixWriter();
  w.write(0, `Name:\t${role.metadata.name}\n`);
  labelsMultiline(w, 'Labels', role.metadata.labels);
  annotationsMultiline(w, 'Annotations', role.metadata.annotations);
  w.write(0, 'PolicyRule:\n');
  w.write(1, 'Resources\tNon-Resource URLs\tResource Names\tVerbs\n');
  w.write(1, '---------\t-----------------\t--------------\t-----\n');
  for (const r of compactSortedRules(rulesOf(role))) {
    w.write(1, `${combineResourceGroup(r.resources, r.apiGroups)}\t${goList(r.nonResourceURLs)}\t${goList(r.resourceNames)}\t${goList(r.verbs)}\n`);
  }
  return w.toString();
}

export function describeRoleBinding(_cluster: Cluster, binding: KObject): string {
  const w = new PrefixWriter();
  const ref = (binding.roleRef ?? {}) as Partial<RoleRef>;
  w.write(0, `Name:\t${binding.metadata.name}\n`);
  labelsMultiline(w, 'Labels', binding.metadata.labels);
  annotationsMultiline(w, 'Annotations', binding.metadata.annotations);
  w.write(0, 'Role:\n');
  w.write(1, `Kind:\t${ref.kind ?? ''}\n`);
  w.write(1, `Name:\t${ref.name ?? ''}\n`);
  w.write(0, 'Subjects:\n');
  w.write(1, 'Kind\tName\tNamespace\n');
  w.write(1, '----\t----\t---------\n');
  for (const s of ((binding as { subjects?: Subject[] | null }).subjects ?? []) as Subject[]) w.write(1, `${s.kind}\t${s.name}\t${s.namespace ?? ''}\n`);
  return w.toString();
}
