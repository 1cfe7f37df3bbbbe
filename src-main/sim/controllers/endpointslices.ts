/**
 * The EndpointSlice controller: one IPv4 slice per selector Service, named `<service>-<5 chars>`,
 * listing every matching pod with an IP and its ready/serving/terminating conditions.
 * (Real clusters split large services into slices of 100; one slice is enough here.)
 */
import type { KObject } from '../api/types';
import type { Cluster } from '../cluster/cluster';
import { rfc3339 } from '../cluster/clock';
import { isDeleting, canonicalEqual } from '../cluster/objects';
import { matchesMapSelector } from '../cluster/selectors';
import { NAME_ALPHABET, hashInts } from '../cluster/rng';
import type { Controller } from './engine';
import { isPodReady, ownerRef, unchanged, type Json } from './util';

const SLICES = 'endpointslices.discovery.k8s.io';
export const SERVICE_NAME_LABEL = 'kubernetes.io/service-name';
const MANAGED_BY = 'endpointslice.kubernetes.io/managed-by';

/** A stable 5-character suffix from the Service uid (not the cluster RNG, so other names stay put). */
function suffix(uid: string): string {
  let s = '';
  for (let i = 0; i < 5; i++) s += NAME_ALPHABET[hashInts('endpointslice', uid, i) % NAME_ALPHABET.length];
  return s;
}

function resolvePort(target: unknown, pod: KObject): number | undefined {
  if (typeof target === 'number') return target;
  for (const c of ((pod.spec as Json).containers ?? []) as Json[]) for (const p of (c.ports ?? []) as Json[]) if (p.name === target) return p.containerPort;
  return undefined;
}

function desired(svc: KObject, pods: readonly KObject[]): { ports: Json[]; endpoints: Json[] } {
  const svcPorts: Json[] = ((svc.spec as Json).ports ?? []) as Json[];
  let ports: Json[] | undefined;
  const endpoints: Json[] = [];
  for (const pod of pods) {
    const ip = ((pod.status as Json) ?? {}).podIP;
    if (!ip) continue;
    const mine = svcPorts.map((p) => ({ name: p.name ?? '', port: resolvePort(p.targetPort ?? p.port, pod), protocol: p.protocol ?? 'TCP' })).filter((p) => p.port !== undefined);
    ports ??= mine;
    const ready = isPodReady(pod) && !isDeleting(pod);
    endpoints.push({
      addresses: [ip],
      conditions: { ready, serving: isPodReady(pod), terminating: isDeleting(pod) },
      nodeName: (pod.spec as Json).nodeName,
      targetRef: { kind: 'Pod', name: pod.metadata.name, namespace: pod.metadata.namespace, uid: pod.metadata.uid },
    });
  }
  endpoints.sort((a, b) => (a.addresses[0] < b.addresses[0] ? -1 : a.addresses[0] > b.addresses[0] ? 1 : 0));
  return { ports: ports ?? svcPorts.map((p) => ({ name: p.name ?? '', port: typeof p.targetPort === 'number' ? p.targetPort : p.port, protocol: p.protocol ?? 'TCP' })), endpoints };
}

export const endpointSliceController: Controller = {
  name: 'endpointslice',
  watches: ['services', 'pods', SLICES],
  sync(cluster: Cluster) {
    for (const svc of [...cluster.store.values('services')]) {
      const selector = (svc.spec as Json).selector as Record<string, string> | undefined;
      if (!selector || !Object.keys(selector).length || isDeleting(svc)) continue;
      const nsPods = cluster.store.valuesIn('pods', svc.metadata.namespace);
      const existing = cluster.store.ownedBy(SLICES, svc.metadata.uid!)[0];
      if (existing && unchanged(cluster, 'endpointslice', svc, nsPods)) continue;
      const pods = nsPods.filter((p) => matchesMapSelector(selector, p.metadata.labels) && (p.status as Json)?.phase !== 'Succeeded' && (p.status as Json)?.phase !== 'Failed');
      const want = desired(svc, pods);
      const labels = { ...(svc.metadata.labels ?? {}), [MANAGED_BY]: 'endpointslice-controller.k8s.io', [SERVICE_NAME_LABEL]: svc.metadata.name };
      if (!existing) {
        cluster.createInternal({
          apiVersion: 'discovery.k8s.io/v1',
          kind: 'EndpointSlice',
          metadata: {
            name: `${svc.metadata.name}-${suffix(svc.metadata.uid!)}`,
            generateName: `${svc.metadata.name}-`,
            namespace: svc.metadata.namespace,
            labels,
            annotations: { 'endpoints.kubernetes.io/last-change-trigger-time': rfc3339(cluster.now()) },
            ownerReferences: [ownerRef(svc)],
          },
          addressType: 'IPv4',
          endpoints: want.endpoints,
          ports: want.ports,
        });
      } else if (!canonicalEqual(existing.endpoints ?? [], want.endpoints) || !canonicalEqual(existing.ports ?? [], want.ports) || !canonicalEqual(existing.metadata.labels, labels)) {
        cluster.write({
          ...existing,
          metadata: { ...existing.metadata, labels, annotations: { ...(existing.metadata.annotations ?? {}), 'endpoints.kubernetes.io/last-change-trigger-time': rfc3339(cluster.now()) } },
          endpoints: want.endpoints,
          ports: want.ports,
        });
      }
    }
  },
};
