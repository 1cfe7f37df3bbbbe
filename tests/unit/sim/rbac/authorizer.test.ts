import { describe, expect, it } from 'vitest';
import { Cluster } from '../../../../src-main/sim/cluster/cluster';
import { authorize } from '../../../../src-main/sim/rbac/authorizer';
import { aggregatedRules } from '../../../../src-main/sim/rbac/aggregation';
import { impersonatedUser, learnerIdentity } from '../../../../src-main/sim/rbac/identity';
import type { KObject } from '../../../../src-main/sim/api/types';

const RBAC = 'rbac.authorization.k8s.io/v1';
const viewer = impersonatedUser('system:serviceaccount:default:viewer', []);

function clusterWith(...objs: KObject[]): Cluster {
  const c = new Cluster({ seed: 3 });
  c.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'dev' } });
  for (const o of objs) c.create(o);
  return c;
}

const binding = (name: string, roleKind: string, role: string, subjects: object[], ns = 'default'): KObject => ({
  apiVersion: RBAC,
  kind: 'RoleBinding',
  metadata: { name, namespace: ns },
  roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: roleKind, name: role },
  subjects,
} as KObject);

describe('the RBAC authorizer', () => {
  it('lets the learner (a cluster admin) do anything', () => {
    const c = clusterWith();
    expect(authorize(c, learnerIdentity('kubernetes-admin'), { verb: 'delete', group: '', resource: 'nodes', namespace: '' }).allowed).toBe(true);
    expect(authorize(c, learnerIdentity('learner'), { verb: 'get', path: '/metrics' }).allowed).toBe(true);
  });

  it('grants a ClusterRole through a RoleBinding only in the binding\'s namespace', () => {
    const c = clusterWith(binding('viewercanview', 'ClusterRole', 'view', [{ kind: 'ServiceAccount', name: 'viewer', namespace: 'default' }]));
    expect(authorize(c, viewer, { verb: 'list', group: '', resource: 'pods', namespace: 'default' }).allowed).toBe(true);
    expect(authorize(c, viewer, { verb: 'list', group: '', resource: 'pods', namespace: 'dev' }).allowed).toBe(false);
    expect(authorize(c, viewer, { verb: 'list', group: '', resource: 'nodes', namespace: '' }).allowed).toBe(false);
    expect(authorize(c, viewer, { verb: 'get', group: '', resource: 'secrets', namespace: 'default' }).allowed).toBe(false);
  });

  it('reads a ServiceAccount subject without namespace as one of the binding\'s namespace', () => {
    const c = clusterWith(binding('b', 'ClusterRole', 'view', [{ kind: 'ServiceAccount', name: 'viewer' }]));
    expect(authorize(c, viewer, { verb: 'get', group: 'apps', resource: 'deployments', namespace: 'default' }).allowed).toBe(true);
  });

  it('matches groups: every service account of a namespace, every authenticated user', () => {
    const c = clusterWith(
      binding('sas', 'ClusterRole', 'edit', [{ kind: 'Group', name: 'system:serviceaccounts:dev', apiGroup: 'rbac.authorization.k8s.io' }], 'dev'),
    );
    const devSa = impersonatedUser('system:serviceaccount:dev:builder', []);
    expect(authorize(c, devSa, { verb: 'create', group: 'apps', resource: 'deployments', namespace: 'dev' }).allowed).toBe(true);
    expect(authorize(c, viewer, { verb: 'create', group: 'apps', resource: 'deployments', namespace: 'dev' }).allowed).toBe(false);
    // system:basic-user is bound to system:authenticated.
    expect(authorize(c, impersonatedUser('jane', []), { verb: 'create', group: 'authorization.k8s.io', resource: 'selfsubjectaccessreviews', namespace: '' }).allowed).toBe(true);
  });

  it('names a missing role as the reason of a denial', () => {
    const c = clusterWith(binding('ghost', 'Role', 'nope', [{ kind: 'User', name: 'jane', apiGroup: 'rbac.authorization.k8s.io' }]));
    expect(authorize(c, impersonatedUser('jane', []), { verb: 'get', group: '', resource: 'pods', namespace: 'default' })).toEqual({
      allowed: false,
      reason: 'RBAC: role.rbac.authorization.k8s.io "nope" not found',
    });
  });

  it('aggregates view into edit and edit into admin, so admin can read pods and manage roles', () => {
    const c = clusterWith(binding('a', 'ClusterRole', 'admin', [{ kind: 'User', name: 'ann', apiGroup: 'rbac.authorization.k8s.io' }]));
    const ann = impersonatedUser('ann', []);
    expect(authorize(c, ann, { verb: 'watch', group: '', resource: 'pods', namespace: 'default' }).allowed).toBe(true);
    expect(authorize(c, ann, { verb: 'create', group: 'rbac.authorization.k8s.io', resource: 'roles', namespace: 'default' }).allowed).toBe(true);
    expect(authorize(c, ann, { verb: 'get', group: '', resource: 'secrets', namespace: 'default' }).allowed).toBe(true);
  });

  it('aggregates a user-made ClusterRole from the labelled roles, in name order, each rule once', () => {
    const label = { 'example.com/aggregate-to-mon': 'true' };
    const c = clusterWith(
      { apiVersion: RBAC, kind: 'ClusterRole', metadata: { name: 'mon' }, aggregationRule: { clusterRoleSelectors: [{ matchLabels: label }] } } as KObject,
      { apiVersion: RBAC, kind: 'ClusterRole', metadata: { name: 'b-pods', labels: label }, rules: [{ apiGroups: [''], resources: ['pods'], verbs: ['get'] }] } as KObject,
      { apiVersion: RBAC, kind: 'ClusterRole', metadata: { name: 'a-nodes', labels: label }, rules: [{ apiGroups: [''], resources: ['nodes'], verbs: ['get'] }, { apiGroups: [''], resources: ['pods'], verbs: ['get'] }] } as KObject,
    );
    expect(c.get('clusterroles', undefined, 'mon').rules).toEqual([
      { apiGroups: [''], resources: ['nodes'], verbs: ['get'] },
      { apiGroups: [''], resources: ['pods'], verbs: ['get'] },
    ]);
    expect(aggregatedRules(c.get('clusterroles', undefined, 'mon'), [])).toEqual([]);
  });
});

describe('impersonation', () => {
  it('puts a service account in its groups and every impersonated user in system:authenticated', () => {
    expect(viewer.groups).toEqual(['system:serviceaccounts', 'system:serviceaccounts:default', 'system:authenticated']);
    expect(impersonatedUser('jane', ['devs']).groups).toEqual(['devs', 'system:authenticated']);
    expect(impersonatedUser('system:anonymous', []).groups).toEqual(['system:unauthenticated']);
  });
});
