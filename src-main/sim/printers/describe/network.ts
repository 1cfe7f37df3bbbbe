/** describeService and describeEndpoints. */
import type { KObject } from '../../api/types';
import type { Cluster } from '../../cluster/cluster';
import { formatLabels } from '../../cluster/selectors';
import { PrefixWriter, type DescribeOptions, annotationsMultiline, describeEvents, labelsMultiline, type Json } from './writer';

/** formatEndpointSlices over the Service's Endpoints: ready `ip:port` for one port, 3 at most. */
function endpointsFor(ep: KObject | undefined, portName: string | undefined): string {
  const subsets: Json[] = (ep?.subsets as Json[]) ?? [];
  if (!ep || !subsets.length) return '<none>';
  const list: string[] = [];
  let more = false;
  let count = 0;
  for (const ss of subsets) {
    for (const p of (ss.ports ?? []) as Json[]) {
      if ((p.name ?? '') !== (portName ?? '')) continue;
      for (const a of (ss.addresses ?? []) as Json[]) {
        if (list.length === 3) more = true;
        if (!more) list.push(`${a.ip}:${p.port}`);
        count++;
      }
    }
  }
  const ret = list.join(',');
  return more ? `${ret} + ${count - 3} more...` : ret;
}

export function describeService(cluster: Cluster, svc: KObject, opts: DescribeOptions = {}): string {
  const w = new PrefixWriter();
  const spec = svc.spec as Json;
  w.write(0, `Name:\t${svc.metadata.name}\n`);
  w.write(0, `Namespace:\t${svc.metadata.namespace}\n`);
  labelsMultiline(w, 'Labels', svc.metadata.labels);
  annotationsMultiline(w, 'Annotations', svc.metadata.annotations);
  w.write(0, `Selector:\t${formatLabels(spec.selector)}\n`);
  w.write(0, `Type:\t${spec.type}\n`);
  if (spec.ipFamilyPolicy) w.write(0, `IP Family Policy:\t${spec.ipFamilyPolicy}\n`);
  w.write(0, `IP Families:\t${(spec.ipFamilies ?? []).join(',') || '<none>'}\n`);
  w.write(0, `IP:\t${spec.clusterIP ?? ''}\n`);
  w.write(0, `IPs:\t${(spec.clusterIPs ?? []).join(',') || '<none>'}\n`);
  if ((spec.externalIPs ?? []).length) w.write(0, `External IPs:\t${spec.externalIPs.join(',')}\n`);
  if (spec.loadBalancerIP) w.write(0, `Desired LoadBalancer IP:\t${spec.loadBalancerIP}\n`);
  if (spec.externalName) w.write(0, `External Name:\t${spec.externalName}\n`);
  const ingress: Json[] = (svc.status as Json)?.loadBalancer?.ingress ?? [];
  if (ingress.length) w.write(0, `LoadBalancer Ingress:\t${ingress.map((i) => i.ip || i.hostname).join(', ')}\n`);
  const ep = cluster.tryGet('endpoints', svc.metadata.namespace, svc.metadata.name);
  for (const p of (spec.ports ?? []) as Json[]) {
    const name = p.name || '<unset>';
    w.write(0, `Port:\t${name}\t${p.port}/${p.protocol}\n`);
    w.write(0, `TargetPort:\t${p.targetPort}/${p.protocol}\n`);
    if (p.nodePort) w.write(0, `NodePort:\t${name}\t${p.nodePort}/${p.protocol}\n`);
    w.write(0, `Endpoints:\t${endpointsFor(ep, p.name)}\n`);
  }
  w.write(0, `Session Affinity:\t${spec.sessionAffinity ?? 'None'}\n`);
  if (spec.externalTrafficPolicy) w.write(0, `External Traffic Policy:\t${spec.externalTrafficPolicy}\n`);
  if (spec.internalTrafficPolicy) w.write(0, `Internal Traffic Policy:\t${spec.internalTrafficPolicy}\n`);
  if (spec.healthCheckNodePort) w.write(0, `HealthCheck NodePort:\t${spec.healthCheckNodePort}\n`);
  describeEvents(w, opts.showEvents === false ? undefined : cluster.eventsFor(svc), cluster.now());
  return w.toString();
}

export function describeEndpoints(cluster: Cluster, ep: KObject, opts: DescribeOptions = {}): string {
  const w = new PrefixWriter();
  w.write(0, `Name:\t${ep.metadata.name}\n`);
  w.write(0, `Namespace:\t${ep.metadata.namespace}\n`);
  labelsMultiline(w, 'Labels', ep.metadata.labels);
  annotationsMultiline(w, 'Annotations', ep.metadata.annotations);
  w.write(0, 'Subsets:\n');
  for (const ss of (ep.subsets as Json[]) ?? []) {
    w.write(1, `Addresses:\t${((ss.addresses ?? []) as Json[]).map((a) => a.ip).join(',') || '<none>'}\n`);
    w.write(1, `NotReadyAddresses:\t${((ss.notReadyAddresses ?? []) as Json[]).map((a) => a.ip).join(',') || '<none>'}\n`);
    if ((ss.ports ?? []).length) {
      w.write(1, 'Ports:\n');
      w.write(2, 'Name\tPort\tProtocol\n');
      w.write(2, '----\t----\t--------\n');
      for (const p of ss.ports as Json[]) w.write(2, `${p.name || '<unset>'}\t${p.port}\t${p.protocol}\n`);
    }
    w.write(0, '\n');
  }
  describeEvents(w, opts.showEvents === false ? undefined : cluster.eventsFor(ep), cluster.now());
  return w.toString();
}
