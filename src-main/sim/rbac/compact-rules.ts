/**
 * How kubectl prints a set of policy rules (kubectl/pkg/util/rbac, describe.CombineResourceGroup):
 * broken down to one verb, resource and name each, simple resource rules merged again by resource,
 * sorted by their Go string form. Rules that are not simple resource rules are not deduplicated
 * (two roles granting `get /healthz` print it twice), as in kubectl.
 */
import type { PolicyRule } from './types';

export interface FullRule {
  verbs: string[];
  apiGroups: string[];
  resources: string[];
  resourceNames: string[];
  nonResourceURLs: string[];
}

const full = (r: Partial<FullRule>): FullRule => ({
  verbs: r.verbs ?? [],
  apiGroups: r.apiGroups ?? [],
  resources: r.resources ?? [],
  resourceNames: r.resourceNames ?? [],
  nonResourceURLs: r.nonResourceURLs ?? [],
});

/** BreakdownRule: one rule per (group, resource, verb[, name]) and per (url, verb). */
export function breakdownRule(rule: PolicyRule): FullRule[] {
  const out: FullRule[] = [];
  for (const group of rule.apiGroups ?? []) {
    for (const resource of rule.resources ?? []) {
      for (const verb of rule.verbs) {
        const names = rule.resourceNames ?? [];
        if (names.length) for (const name of names) out.push(full({ apiGroups: [group], resources: [resource], verbs: [verb], resourceNames: [name] }));
        else out.push(full({ apiGroups: [group], resources: [resource], verbs: [verb] }));
      }
    }
  }
  for (const url of rule.nonResourceURLs ?? []) for (const verb of rule.verbs) out.push(full({ nonResourceURLs: [url], verbs: [verb] }));
  return out;
}

/** CompactRules: rules of one group and resource (and at most one name) merge their verbs. */
export function compactRules(rules: FullRule[]): FullRule[] {
  const compacted: FullRule[] = [];
  const simple = new Map<string, FullRule>();
  for (const rule of rules) {
    const isSimple = rule.resourceNames.length <= 1 && rule.nonResourceURLs.length === 0 && rule.apiGroups.length === 1 && rule.resources.length === 1;
    if (!isSimple) {
      compacted.push(rule);
      continue;
    }
    const key = JSON.stringify([rule.apiGroups[0], rule.resources[0], rule.resourceNames.length > 0, rule.resourceNames[0] ?? '']);
    const existing = simple.get(key);
    if (existing) {
      for (const v of rule.verbs) if (!existing.verbs.includes(v)) existing.verbs.push(v);
    } else simple.set(key, { ...rule, verbs: [...rule.verbs] });
  }
  return [...compacted, ...simple.values()];
}

/** The generated PolicyRule.String() kubectl sorts by. */
function goString(r: FullRule): string {
  return `&PolicyRule{Verbs:${goList(r.verbs)},APIGroups:${goList(r.apiGroups)},Resources:${goList(r.resources)},ResourceNames:${goList(r.resourceNames)},NonResourceURLs:${goList(r.nonResourceURLs)},}`;
}

/** describe.CombineResourceGroup: `deployments.apps/scale`, `pods/log`, `*.*`. */
export function combineResourceGroup(resources: string[], groups: string[]): string {
  if (resources.length === 0) return '';
  const [type, sub] = splitOnce(resources[0]!, '/');
  let out = type;
  if (groups.length > 0 && groups[0] !== '') out += `.${groups[0]}`;
  if (sub !== undefined) out += `/${sub}`;
  return out;
}

function splitOnce(s: string, sep: string): [string, string | undefined] {
  const i = s.indexOf(sep);
  return i < 0 ? [s, undefined] : [s.slice(0, i), s.slice(i + 1)];
}

/** BreakdownRule, CompactRules and the stable sort by Go string that kubectl applies before printing rules. */
export function compactSortedRules(rules: readonly PolicyRule[]): FullRule[] {
  const keyed = compactRules(rules.flatMap(breakdownRule)).map((r) => ({ r, key: goString(r) }));
  // sort.Stable on the string form; JS sort is stable.
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map((k) => k.r);
}

/** Go's `%v` of a []string: `[a b]`, and `[]` for both no items and one empty item. */
export const goList = (items: string[]) => `[${items.join(' ')}]`;
