/**
 * The clusterrole-aggregation controller (pkg/controller/clusterroleaggregation): a ClusterRole
 * with an aggregationRule gets, as its rules, the rules of every ClusterRole its selectors match,
 * taken in name order, each distinct rule once. Aggregated roles feed others (view → edit →
 * admin), so the controller reruns until nothing changes, as the real one requeues.
 */
import type { KObject } from '../api/types';
import type { Cluster } from '../cluster/cluster';
import type { Controller } from '../controllers/engine';
import { canonicalEqual, canonicalJson } from '../cluster/objects';
import { matchesSelector, type LabelSelectorSpec } from '../cluster/selectors';
import { rulesOf } from './authorizer';
import type { PolicyRule } from './types';

interface AggregationRule {
  clusterRoleSelectors?: LabelSelectorSpec[];
}

/** The rules an aggregated ClusterRole should hold given the cluster's other ClusterRoles. */
export function aggregatedRules(role: KObject, all: readonly KObject[]): PolicyRule[] {
  const selectors = (role as { aggregationRule?: AggregationRule }).aggregationRule?.clusterRoleSelectors ?? [];
  const picked = new Map<string, KObject>();
  for (const sel of selectors) {
    for (const other of all) if (matchesSelector(sel, other.metadata.labels)) picked.set(other.metadata.name, other);
  }
  const rules: PolicyRule[] = [];
  const seen = new Set<string>();
  for (const name of [...picked.keys()].sort()) {
    if (name === role.metadata.name) continue;
    for (const rule of rulesOf(picked.get(name)!)) {
      const key = canonicalJson(rule);
      if (seen.has(key)) continue;
      seen.add(key);
      rules.push(rule);
    }
  }
  return rules;
}

/** Memory key of the ClusterRoles (name@resourceVersion) the aggregations were last computed from. */
const SYNCED = 'clusterrole-aggregation/fingerprint';

export const clusterRoleAggregationController: Controller = {
  name: 'clusterrole-aggregation',
  watches: ['clusterroles.rbac.authorization.k8s.io'],
  sync(cluster: Cluster) {
    const all = cluster.list('clusterroles', undefined);
    // Controllers run after every write; only a change to some ClusterRole can change an aggregation.
    const fingerprint = all.map((r) => `${r.metadata.name}@${r.metadata.resourceVersion}`).join(',');
    if (cluster.memory.get(SYNCED) === fingerprint) return;
    let changed = false;
    for (const role of all) {
      if (!(role as { aggregationRule?: unknown }).aggregationRule) continue;
      const rules = aggregatedRules(role, all);
      const current = (role as { rules?: unknown }).rules;
      // Semantic equality: a role nothing matches keeps `rules: null`.
      if (canonicalEqual(current ?? [], rules)) continue;
      cluster.mutate(role, (r) => {
        r.rules = rules;
      });
      changed = true;
    }
    // After a write the controllers run again, and aggregations that feed others settle then.
    if (!changed) cluster.memory.set(SYNCED, fingerprint);
  },
};
