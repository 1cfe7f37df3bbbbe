/**
 * `kubectl auth can-i --list`'s table: the rules a SelfSubjectRulesReview returns, compacted and
 * sorted as kubectl does (../../../rbac/compact-rules), in four columns aligned by text/tabwriter
 * with padding 3 (cmd/auth/cani.go printAccess).
 */
import type { PolicyRule } from '../../../rbac/types';
import { combineResourceGroup, compactSortedRules, goList } from '../../../rbac/compact-rules';

/** The table text; `headers` false for --no-headers. */
export function accessTable(rules: PolicyRule[], headers: boolean): string {
  const rows: string[][] = [];
  if (headers) rows.push(['Resources', 'Non-Resource URLs', 'Resource Names', 'Verbs']);
  for (const r of compactSortedRules(rules)) rows.push([combineResourceGroup(r.resources, r.apiGroups), goList(r.nonResourceURLs), goList(r.resourceNames), goList(r.verbs)]);
  return tabTable(rows, 3);
}

/** text/tabwriter over rows with the same cell count: every column but the last padded to its width + padding. */
export function tabTable(rows: string[][], padding: number): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, [...c].length)));
  return rows.map((row) => row.map((c, i) => (i < row.length - 1 ? c + ' '.repeat(widths[i]! + padding - [...c].length) : c)).join('') + '\n').join('');
}
