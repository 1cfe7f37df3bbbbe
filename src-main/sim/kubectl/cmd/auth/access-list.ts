/**
 * `kubectl auth can-i --list`'s table: the rules a SelfSubjectRulesReview returns, broken down to
 * one verb, resource and name each, simple resource rules merged again by resource, sorted by
 * their Go string form, and printed in four tab-aligned columns (kubectl/pkg/util/rbac and
 * cmd/auth/cani.go printAccess). Duplicates that are not simple resource rules stay duplicated,
 * as in kubectl (two roles granting `get /healthz` print it twice).
 */
import type { PolicyRule } from '../../../rbac/types';

interface FullRule {
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

const goList = (items: string[]) => `[${items.join(' ')}]`;

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

/** The table text; `headers` false for --no-headers. */
export function accessTable(rules: PolicyRule[], headers: boolean): string {
  const compact = compactRules(rules.flatMap(breakdownRule));
  const keyed = compact.map((r) => ({ r, key: goString(r) }));
  // sort.Stable on the string form; JS sort is stable.
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const rows: string[][] = [];
  if (headers) rows.push(['Resources', 'Non-Resource URLs', 'Resource Names', 'Verbs']);
  for (const { r } of keyed) rows.push([combineResourceGroup(r.resources, r.apiGroups), goList(r.nonResourceURLs), goList(r.resourceNames), goList(r.verbs)]);
  return tabTable(rows, 3);
}

/** text/tabwriter over rows with the same cell count: every column but the last padded to its width + padding. */
export function tabTable(rows: string[][], padding: number): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, [...c].length)));
  return rows.map((row) => row.map((c, i) => (i < row.length - 1 ? c + ' '.repeat(widths[i]! + padding - [...c].length) : c)).join('') + '\n').join('');
}
