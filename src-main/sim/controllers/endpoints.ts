/**
 * The Endpoints controller: for each Service with a selector, an Endpoints object of the same name
 * listing ready pod IPs (and not-ready ones apart) with the Service's target ports.
 */
import type { KObject } from '../api/types';
import type { Cluster } from '../cluster/cluster';
import { rfc3339 } from '../cluster/clock';
import { isDeleting, canonicalEqual } from '../cluster/objects';
import { matchesMapSelector } from '../cluster/selectors';
import type { Controller } from './engine';
import { isPodReady, unchanged, type Json } from './util';

const TRIGGER = 'endpoints.kubernetes.io/last-change-trigger-time';

/** A named targetPort resolves to the container port of that name in the pod. */
function resolvePort(target: unknown, pod: KObject): number | undefined {
  if (typeof target === 'number') return target;
  for (const c of ((pod.spec as Json).containers ?? []) as Json[]) {
    for (const p of (c.ports ?? []) as Json[]) if (p.name === target) return p.containerPort;
  }
  return undefined;
}

export function desiredSubsets(svc: KObject, pods: readonly KObject[]): Json[] {
  const ports: Json[] = ((svc.spec as Json).ports ?? []) as Json[];
  const groups = new Map<string, { ports: Json[]; addresses: Json[]; notReadyAddresses: Json[] }>();
  for (const pod of pods) {
    const ip = ((pod.status as Json) ?? {}).podIP;
    if (!ip) continue;
    const resolved = ports.map((p) => ({ p, port: resolvePort(p.targetPort ?? p.port, pod) })).filter((x) => x.port !== undefined);
    if (ports.length && !resolved.length) continue;
    const epPorts = resolved.map(({ p, port }) => (p.name ? { name: p.name, port, protocol: p.protocol ?? 'TCP' } : { port, protocol: p.protocol ?? 'TCP' }));
    // Pods with the same resolved ports share a subset (ports are numbers, names and protocols text).
    const key = epPorts.map((p) => `${p.name ?? ''}\u0000${p.port}\u0000${p.protocol}`).join('\u0001');
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { ports: epPorts, addresses: [], notReadyAddresses: [] }));
    const addr = { ip, nodeName: (pod.spec as Json).nodeName, targetRef: { kind: 'Pod', name: pod.metadata.name, namespace: pod.metadata.namespace, uid: pod.metadata.uid } };
    (isPodReady(pod) && !isDeleting(pod) ? g.addresses : g.notReadyAddresses).push(addr);
  }
  const subsets: Json[] = [];
  for (const g of groups.values()) {
    const byIp = (a: Json, b: Json) => (a.ip < b.ip ? -1 : a.ip > b.ip ? 1 : 0);
    const s: Json = {};
    if (g.addresses.length) s.addresses = g.addresses.sort(byIp);
    if (g.notReadyAddresses.length) s.notReadyAddresses = g.notReadyAddresses.sort(byIp);
    if (g.ports.length) s.ports = g.ports;
    subsets.push(s);
  }
  return subsets;
}

export const endpointsController: Controller = {
  name: 'endpoints',
  watches: ['services', 'pods', 'endpoints'],
  sync(cluster: Cluster) {
    for (const svc of [...cluster.store.values('services')]) {
      const selector = (svc.spec as Json).selector as Record<string, string> | undefined;
      if (!selector || !Object.keys(selector).length || isDeleting(svc)) continue;
      const nsPods = cluster.store.valuesIn('pods', svc.metadata.namespace);
      if (unchanged(cluster, 'endpoints', svc, nsPods) && cluster.store.get('endpoints', svc.metadata.namespace, svc.metadata.name)) continue;
      const pods = nsPods.filter((p) => matchesMapSelector(selector, p.metadata.labels) && ((p.status as Json)?.phase !== 'Succeeded' && (p.status as Json)?.phase !== 'Failed'));
      const subsets = desiredSubsets(svc, pods);
      const existing = cluster.store.get('endpoints', svc.metadata.namespace, svc.metadata.name);
      const labels = { ...(svc.metadata.labels ?? {}) };
      if (!existing) {
        const ep: KObject = { apiVersion: 'v1', kind: 'Endpoints', metadata: { name: svc.metadata.name, namespace: svc.metadata.namespace } };
        if (Object.keys(labels).length) ep.metadata.labels = labels;
        if (subsets.length) {
          ep.metadata.annotations = { [TRIGGER]: rfc3339(cluster.now()) };
          ep.subsets = subsets;
        }
        cluster.createInternal(ep);
      } else if (!canonicalEqual(existing.subsets ?? [], subsets) || !canonicalEqual(existing.metadata.labels ?? {}, labels)) {
        cluster.mutate(existing, (ep) => {
          if (subsets.length) ep.subsets = subsets;
          else delete ep.subsets;
          ep.metadata.labels = labels;
          if (!Object.keys(labels).length) delete ep.metadata.labels;
          ep.metadata.annotations = { ...(ep.metadata.annotations ?? {}), [TRIGGER]: rfc3339(cluster.now()) };
        });
      }
    }
    // Endpoints whose Service is gone are deleted with it (selector-managed ones only).
    for (const ep of [...cluster.store.values('endpoints')]) {
      if (ep.metadata.name === 'kubernetes' && ep.metadata.namespace === 'default') continue;
      if (!cluster.store.get('services', ep.metadata.namespace, ep.metadata.name)) cluster.remove(ep);
    }
  },
};
