import { describe, expect, it } from 'vitest';
import { ruleAllows } from '../../../../src-main/sim/rbac/rules';
import type { PolicyRule, ResourceAttributes } from '../../../../src-main/sim/rbac/types';

const req = (over: Partial<ResourceAttributes>): ResourceAttributes => ({ verb: 'get', group: '', resource: 'pods', namespace: 'default', ...over });

describe('a policy rule', () => {
  const podsRead: PolicyRule = { apiGroups: [''], resources: ['pods'], verbs: ['get', 'list'] };

  it('covers a listed verb on a listed resource of its group', () => {
    expect(ruleAllows(req({ verb: 'list' }), podsRead)).toBe(true);
    expect(ruleAllows(req({ verb: 'delete' }), podsRead)).toBe(false);
    expect(ruleAllows(req({ group: 'apps', resource: 'pods' }), podsRead)).toBe(false);
  });

  it('does not cover a subresource of a resource it names', () => {
    expect(ruleAllows(req({ subresource: 'log' }), podsRead)).toBe(false);
    expect(ruleAllows(req({ subresource: 'log' }), { apiGroups: [''], resources: ['pods/log'], verbs: ['get'] })).toBe(true);
  });

  it('covers any resource with `*`, and one subresource of every resource with `*/sub`', () => {
    expect(ruleAllows(req({ group: 'apps', resource: 'deployments', subresource: 'scale' }), { apiGroups: ['*'], resources: ['*'], verbs: ['*'] })).toBe(true);
    const anyScale: PolicyRule = { apiGroups: ['apps'], resources: ['*/scale'], verbs: ['get'] };
    expect(ruleAllows(req({ group: 'apps', resource: 'deployments', subresource: 'scale' }), anyScale)).toBe(true);
    expect(ruleAllows(req({ group: 'apps', resource: 'deployments', subresource: 'status' }), anyScale)).toBe(false);
    expect(ruleAllows(req({ group: 'apps', resource: 'deployments' }), anyScale)).toBe(false);
  });

  it('with resourceNames covers only those names, and never a request without a name', () => {
    const one: PolicyRule = { apiGroups: [''], resources: ['pods'], verbs: ['get', 'list'], resourceNames: ['web'] };
    expect(ruleAllows(req({ name: 'web' }), one)).toBe(true);
    expect(ruleAllows(req({ name: 'db' }), one)).toBe(false);
    expect(ruleAllows(req({ verb: 'list' }), one)).toBe(false);
  });

  it('matches non-resource URLs exactly, by a trailing-star prefix, or all with `*`', () => {
    const urls: PolicyRule = { nonResourceURLs: ['/healthz', '/api/*'], verbs: ['get'] };
    expect(ruleAllows({ verb: 'get', path: '/healthz' }, urls)).toBe(true);
    expect(ruleAllows({ verb: 'get', path: '/healthz/etcd' }, urls)).toBe(false);
    expect(ruleAllows({ verb: 'get', path: '/api/v1' }, urls)).toBe(true);
    expect(ruleAllows({ verb: 'post', path: '/api/v1' }, urls)).toBe(false);
    expect(ruleAllows({ verb: 'get', path: '/metrics' }, { nonResourceURLs: ['*'], verbs: ['*'] })).toBe(true);
  });

  it('of resources never covers a non-resource URL', () => {
    expect(ruleAllows({ verb: 'get', path: '/healthz' }, { apiGroups: ['*'], resources: ['*'], verbs: ['*'] })).toBe(false);
  });
});
