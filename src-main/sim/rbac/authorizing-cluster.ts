/**
 * A view of the cluster through which every API call is authorized as one user: what an
 * impersonated command (`kubectl get pods --as=jane`) meets. Reads and writes RBAC denies throw
 * the API server's Forbidden error; everything else passes through to the real cluster.
 */
import type { KObject } from '../api/types';
import { resourceForKind, type ResourceType } from '../api/registry';
import type { Cluster, CreateOptions } from '../cluster/cluster';
import { authorize } from './authorizer';
import { forbiddenError } from './forbidden';
import type { ResourceAttributes, UserInfo } from './types';

export interface AuthorizingOptions {
  /** The verb kubectl's writes use: `patch` for most commands, `update` for replace. */
  updateVerb?: string;
  /** The subresource writes go to (`scale` for kubectl scale). */
  updateSubresource?: string;
}

const RAW = Symbol('raw cluster');

/** The cluster behind an authorizing view (itself otherwise): for what the API server does on its own account. */
export function rawCluster(cluster: Cluster): Cluster {
  return ((cluster as unknown as { [RAW]?: Cluster })[RAW]) ?? cluster;
}

export function authorizingCluster(cluster: Cluster, user: UserInfo, opts: AuthorizingOptions = {}): Cluster {
  const check = (a: ResourceAttributes) => {
    const d = authorize(cluster, user, a);
    if (!d.allowed) throw forbiddenError(user, a, d.reason);
  };
  const attrs = (resource: ResourceType | string, verb: string, namespace: string | undefined, name = '', subresource = ''): ResourceAttributes => {
    const rt = cluster.resourceType(resource);
    return { verb, group: rt.group, resource: rt.name, namespace: rt.namespaced ? namespace ?? '' : '', name, ...(subresource ? { subresource } : {}) };
  };
  const kindAttrs = (obj: KObject, verb: string, namespace: string | undefined, withName: boolean, subresource = '') => {
    const rt = cluster.resourceType(kindResource(cluster, obj));
    return attrs(rt, verb, rt.namespaced ? obj.metadata?.namespace || namespace || 'default' : undefined, withName ? obj.metadata?.name ?? '' : '', subresource);
  };
  const guarded: Partial<Record<keyof Cluster, (...args: any[]) => unknown>> = {
    get: (resource: ResourceType | string, ns: string | undefined, name: string) => (check(attrs(resource, 'get', ns, name)), cluster.get(resource, ns, name)),
    tryGet: (resource: ResourceType | string, ns: string | undefined, name: string) => (check(attrs(resource, 'get', ns, name)), cluster.tryGet(resource, ns, name)),
    list: (resource: ResourceType | string, ns: string | undefined, o?: object) => (check(attrs(resource, 'list', ns)), cluster.list(resource, ns, o)),
    create: (obj: KObject, o: CreateOptions = {}) => (check(kindAttrs(obj, 'create', o.namespace, false)), cluster.create(obj, o)),
    update: (obj: KObject, o?: object) => (check(kindAttrs(obj, opts.updateVerb ?? 'patch', undefined, true, opts.updateSubresource)), cluster.update(obj, o)),
    delete: (resource: ResourceType | string, ns: string | undefined, name: string, o?: object) => (check(attrs(resource, 'delete', ns, name)), cluster.delete(resource, ns, name, o)),
    logs: (ns: string, pod: string, o?: object) => (check(attrs('pods', 'get', ns, pod, 'log')), cluster.logs(ns, pod, o)),
  };
  return new Proxy(cluster, {
    get(target, prop, receiver) {
      if (prop === RAW) return target;
      const g = guarded[prop as keyof Cluster];
      if (g) return g;
      const v = Reflect.get(target, prop, receiver);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
}

function kindResource(cluster: Cluster, obj: KObject): ResourceType | string {
  return resourceForKind(obj.kind, obj.apiVersion) ?? cluster.resourceType(obj.kind?.toLowerCase() ?? '');
}
