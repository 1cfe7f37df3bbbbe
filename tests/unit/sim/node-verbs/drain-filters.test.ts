import { describe, expect, it } from 'vitest';
import type { KObject } from '../../../../src-main/sim/api/types';
import { podsForDeletion, type DrainOptions } from '../../../../src-main/sim/drain/filters';

const OPTS: DrainOptions = { force: false, ignoreDaemonSets: false, deleteEmptyDirData: false, skipWaitForDeleteTimeoutSeconds: 0 };

function pod(name: string, extra: { owner?: string; phase?: string; emptyDir?: boolean; deletedAt?: string } = {}): KObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      namespace: 'default',
      ...(extra.owner ? { ownerReferences: [{ apiVersion: 'apps/v1', kind: extra.owner, name: 'o', uid: 'u', controller: true }] } : {}),
      ...(extra.deletedAt ? { deletionTimestamp: extra.deletedAt } : {}),
    },
    spec: { containers: [], ...(extra.emptyDir ? { volumes: [{ name: 'v', emptyDir: {} }] } : {}) },
    status: { phase: extra.phase ?? 'Running' },
  } as unknown as KObject;
}

const dsExists = () => true;

describe('drain filters', () => {
  it('lets finished pods go even without a controller or with local storage', () => {
    const r = podsForDeletion([pod('done', { phase: 'Succeeded', emptyDir: true })], OPTS, dsExists, 0);
    expect(r).toEqual({ pods: [expect.objectContaining({ metadata: expect.objectContaining({ name: 'done' }) })], warnings: '', errors: [] });
  });

  it('groups errors by message in first-seen order', () => {
    const r = podsForDeletion([pod('a'), pod('b', { emptyDir: true, owner: 'ReplicaSet' }), pod('c')], OPTS, dsExists, 0);
    expect(r.errors).toEqual([
      'cannot delete Pods declare no controller (use --force to override): default/a, default/c',
      'cannot delete Pods with local storage (use --delete-emptydir-data to override): default/b',
    ]);
    expect(r.pods).toEqual([]);
  });

  it('reports a DaemonSet that no longer exists, and removes its pod with --force (the warning dropped as kubectl drops it)', () => {
    const gone = () => false;
    expect(podsForDeletion([pod('d', { owner: 'DaemonSet' })], OPTS, gone, 0).errors).toEqual(['cannot delete daemonsets.apps "o" not found: default/d']);
    const forced = podsForDeletion([pod('d', { owner: 'DaemonSet' })], { ...OPTS, force: true }, gone, 0);
    expect(forced.pods).toHaveLength(1);
    // As in kubectl, a later filter's okay overwrites that warning: nothing is printed for it.
    expect(forced.warnings).toBe('');
  });

  it('skips pods deleted longer ago than --skip-wait-for-delete-timeout', () => {
    const now = Date.parse('2026-01-01T00:10:00Z');
    const r = podsForDeletion([pod('old', { owner: 'ReplicaSet', deletedAt: '2026-01-01T00:00:00Z' })], { ...OPTS, skipWaitForDeleteTimeoutSeconds: 60 }, dsExists, now);
    expect(r).toEqual({ pods: [], warnings: '', errors: [] });
  });
});
