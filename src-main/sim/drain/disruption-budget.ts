/**
 * Whether the Eviction API grants a pod's eviction given the PodDisruptionBudgets of its
 * namespace (the disruption controller's disruptionsAllowed, computed on the spot since the
 * simulator keeps no PDB status): healthy = matching Ready pods not being deleted; expected =
 * matching pods not being deleted; minAvailable and maxUnavailable may be percentages (rounded up).
 * An unhealthy pod may go while the budget is met (the default IfHealthyBudget policy).
 */
import type { KObject } from '../api/types';
import { matchesSelector } from '../cluster/selectors';

export const PDB_VIOLATION = "Cannot evict pod as it would violate the pod's disruption budget.";

function isReady(pod: KObject): boolean {
  const conditions = ((pod.status as { conditions?: Array<{ type?: string; status?: string }> } | undefined)?.conditions ?? []);
  return conditions.some((c) => c.type === 'Ready' && c.status === 'True');
}

function scaled(value: number | string, expected: number): number {
  if (typeof value === 'number') return value;
  const pct = /^(\d+)%$/.exec(value);
  return pct ? Math.ceil((Number(pct[1]) * expected) / 100) : Number(value) || 0;
}

/** The budget that forbids evicting `pod` now, if any. */
export function blockingBudget(pod: KObject, budgets: readonly KObject[], namespacePods: readonly KObject[]): KObject | undefined {
  for (const pdb of budgets) {
    const spec = (pdb.spec ?? {}) as { selector?: Parameters<typeof matchesSelector>[0]; minAvailable?: number | string; maxUnavailable?: number | string };
    if (!spec.selector || !matchesSelector(spec.selector, pod.metadata.labels)) continue;
    const matching = namespacePods.filter((p) => !p.metadata.deletionTimestamp && matchesSelector(spec.selector, p.metadata.labels));
    const expected = matching.length;
    const healthy = matching.filter(isReady).length;
    let desired: number;
    if (spec.minAvailable !== undefined) desired = scaled(spec.minAvailable, expected);
    else if (spec.maxUnavailable !== undefined) desired = expected - scaled(spec.maxUnavailable, expected);
    else continue;
    if (!isReady(pod)) {
      if (healthy >= desired) continue;
      return pdb;
    }
    if (healthy - desired <= 0) return pdb;
  }
  return undefined;
}
