import { describe, expect, it } from 'vitest';
import { resolveResource, resourcesInCategory, RESOURCES, kindPrefix } from '../../../../src-main/sim/api/registry';

describe('resolveResource', () => {
  it.each([
    ['pods', 'pods'],
    ['pod', 'pods'],
    ['po', 'pods'],
    ['Pod', 'pods'],
    ['PODS', 'pods'],
    ['deploy', 'deployments'],
    ['deployments.apps', 'deployments'],
    ['deployments.v1.apps', 'deployments'],
    ['rs', 'replicasets'],
    ['svc', 'services'],
    ['ns', 'namespaces'],
    ['no', 'nodes'],
    ['cm', 'configmaps'],
    ['sa', 'serviceaccounts'],
    ['ep', 'endpoints'],
    ['cj', 'cronjobs'],
    ['job', 'jobs'],
    ['pvc', 'persistentvolumeclaims'],
    ['hpa', 'horizontalpodautoscalers'],
    ['hpa.v1.autoscaling', 'horizontalpodautoscalers'],
    ['netpol', 'networkpolicies'],
    ['limits', 'limitranges'],
    ['quota', 'resourcequotas'],
    ['crds', 'customresourcedefinitions'],
  ])('resolves %s to %s', (token, plural) => {
    expect(resolveResource(token)?.name).toBe(plural);
  });

  it('prefers the core group for events, as kubectl does', () => {
    expect(resolveResource('ev')?.group).toBe('');
    expect(resolveResource('events.events.k8s.io')?.group).toBe('events.k8s.io');
  });

  it('returns undefined for unknown types and wrong groups', () => {
    expect(resolveResource('foo')).toBeUndefined();
    expect(resolveResource('deployments.batch')).toBeUndefined();
    expect(resolveResource('deployments.v2.apps')).toBeUndefined();
  });

  it('marks cluster-scoped resources as not namespaced', () => {
    for (const name of ['nodes', 'namespaces', 'persistentvolumes', 'clusterroles', 'clusterrolebindings', 'storageclasses']) {
      expect(resolveResource(name)?.namespaced).toBe(false);
    }
    expect(resolveResource('pods')?.namespaced).toBe(true);
  });

  it('has no short name for jobs, secrets or roles', () => {
    for (const name of ['jobs', 'secrets', 'roles', 'rolebindings']) expect(resolveResource(name)?.shortNames).toEqual([]);
  });

  it('lists the all category in discovery order', () => {
    expect(resourcesInCategory('all').map((r) => r.name)).toEqual([
      'pods',
      'replicationcontrollers',
      'services',
      'daemonsets',
      'deployments',
      'replicasets',
      'statefulsets',
      'horizontalpodautoscalers',
      'cronjobs',
      'jobs',
    ]);
  });

  it('prefixes kinds with their group for multi-type tables', () => {
    expect(kindPrefix(resolveResource('deploy')!)).toBe('deployment.apps');
    expect(kindPrefix(resolveResource('po')!)).toBe('pod');
  });

  it('never gives two resources of one group the same short name', () => {
    const seen = new Set<string>();
    for (const rt of RESOURCES) for (const s of rt.shortNames) {
      const key = `${rt.group}/${s}`;
      expect(seen.has(key)).toBe(false);
      seen.add(key);
    }
  });
});
