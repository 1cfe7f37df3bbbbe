/** describeNode (with its non-terminated pods and allocated resources) and describeNamespace. */
import type { KObject } from '../../api/types';
import type { Cluster } from '../../cluster/cluster';
import { nodeRoles } from '../columns/core';
import { translateTimestampSince } from '../age';
import { cpuMillis, formatCpu, formatMemory, memoryBytes } from './quantity';
import { PrefixWriter, type DescribeOptions, annotationsMultiline, describeEvents, labelsMultiline, rfc1123z, taintsMultiline, type Json } from './writer';

function podTotals(pod: KObject): { cpuReq: number; cpuLim: number; memReq: number; memLim: number } {
  const t = { cpuReq: 0, cpuLim: 0, memReq: 0, memLim: 0 };
  for (const c of ((pod.spec as Json).containers ?? []) as Json[]) {
    t.cpuReq += cpuMillis(c.resources?.requests?.cpu ?? c.resources?.limits?.cpu);
    t.cpuLim += cpuMillis(c.resources?.limits?.cpu);
    t.memReq += memoryBytes(c.resources?.requests?.memory ?? c.resources?.limits?.memory);
    t.memLim += memoryBytes(c.resources?.limits?.memory);
  }
  return t;
}

const pct = (part: number, whole: number) => (whole ? Math.trunc((part / whole) * 100) : 0);

export function describeNode(cluster: Cluster, node: KObject, opts: DescribeOptions = {}): string {
  const w = new PrefixWriter();
  const spec = (node.spec as Json) ?? {};
  const st = (node.status as Json) ?? {};
  const now = cluster.now();
  w.write(0, `Name:\t${node.metadata.name}\n`);
  w.write(0, `Roles:\t${nodeRoles(node as Json)}\n`);
  labelsMultiline(w, 'Labels', node.metadata.labels);
  annotationsMultiline(w, 'Annotations', node.metadata.annotations);
  w.write(0, `CreationTimestamp:\t${rfc1123z(node.metadata.creationTimestamp)}\n`);
  taintsMultiline(w, 'Taints', spec.taints);
  w.write(0, `Unschedulable:\t${spec.unschedulable ? 'true' : 'false'}\n`);
  const lease = cluster.tryGet('leases', 'kube-node-lease', node.metadata.name);
  if (lease) {
    const ls = lease.spec as Json;
    w.write(0, 'Lease:\n');
    w.write(1, `HolderIdentity:\t${ls.holderIdentity ?? '<unset>'}\n`);
    w.write(1, `AcquireTime:\t${ls.acquireTime ? rfc1123z(ls.acquireTime) : '<unset>'}\n`);
    w.write(1, `RenewTime:\t${ls.renewTime ? rfc1123z(ls.renewTime) : '<unset>'}\n`);
  } else {
    w.write(0, `Lease:\tFailed to get lease: leases.coordination.k8s.io "${node.metadata.name}" not found\n`);
  }
  const conds: Json[] = st.conditions ?? [];
  if (conds.length) {
    w.write(0, 'Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n');
    w.write(1, '----\t------\t-----------------\t------------------\t------\t-------\n');
    for (const c of conds) w.write(1, `${c.type} \t${c.status} \t${rfc1123z(c.lastHeartbeatTime)} \t${rfc1123z(c.lastTransitionTime)} \t${c.reason} \t${c.message}\n`);
  }
  w.write(0, 'Addresses:\n');
  for (const a of (st.addresses ?? []) as Json[]) w.write(1, `${a.type}:\t${a.address}\n`);
  for (const [title, list] of [
    ['Capacity', st.capacity],
    ['Allocatable', st.allocatable],
  ] as Array<[string, Record<string, string> | undefined]>) {
    if (!list || !Object.keys(list).length) continue;
    w.write(0, `${title}:\n`);
    for (const k of Object.keys(list).sort()) w.write(0, `  ${k}:\t${list[k]}\n`);
  }
  const info: Json = st.nodeInfo ?? {};
  w.write(0, 'System Info:\n');
  w.write(0, `  Machine ID:\t${info.machineID ?? ''}\n`);
  w.write(0, `  System UUID:\t${info.systemUUID ?? ''}\n`);
  w.write(0, `  Boot ID:\t${info.bootID ?? ''}\n`);
  w.write(0, `  Kernel Version:\t${info.kernelVersion ?? ''}\n`);
  w.write(0, `  OS Image:\t${info.osImage ?? ''}\n`);
  w.write(0, `  Operating System:\t${info.operatingSystem ?? ''}\n`);
  w.write(0, `  Architecture:\t${info.architecture ?? ''}\n`);
  w.write(0, `  Container Runtime Version:\t${info.containerRuntimeVersion ?? ''}\n`);
  w.write(0, `  Kubelet Version:\t${info.kubeletVersion ?? ''}\n`);
  w.write(0, `  Kube-Proxy Version:\t${info.kubeProxyVersion ?? ''}\n`);
  if (spec.podCIDR) w.write(0, `PodCIDR:\t${spec.podCIDR}\n`);
  if ((spec.podCIDRs ?? []).length) w.write(0, `PodCIDRs:\t${spec.podCIDRs.join(',')}\n`);
  if (spec.providerID) w.write(0, `ProviderID:\t${spec.providerID}\n`);

  const pods = cluster.list('pods', undefined, { fieldSelector: `spec.nodeName=${node.metadata.name},status.phase!=Succeeded,status.phase!=Failed` });
  const alloc: Json = st.allocatable ?? st.capacity ?? {};
  const cpuAlloc = cpuMillis(alloc.cpu);
  const memAlloc = memoryBytes(alloc.memory);
  w.write(0, `Non-terminated Pods:\t(${pods.length} in total)\n`);
  w.write(1, 'Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n');
  w.write(1, '---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n');
  const total = { cpuReq: 0, cpuLim: 0, memReq: 0, memLim: 0 };
  for (const p of pods) {
    const t = podTotals(p);
    total.cpuReq += t.cpuReq;
    total.cpuLim += t.cpuLim;
    total.memReq += t.memReq;
    total.memLim += t.memLim;
    w.write(
      1,
      `${p.metadata.namespace}\t${p.metadata.name}\t\t${formatCpu(t.cpuReq)} (${pct(t.cpuReq, cpuAlloc)}%)\t${formatCpu(t.cpuLim)} (${pct(t.cpuLim, cpuAlloc)}%)\t${formatMemory(t.memReq)} (${pct(t.memReq, memAlloc)}%)\t${formatMemory(t.memLim)} (${pct(t.memLim, memAlloc)}%)\t${translateTimestampSince(p.metadata.creationTimestamp, now)}\n`,
    );
  }
  w.write(0, 'Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n');
  w.write(1, 'Resource\tRequests\tLimits\n');
  w.write(1, '--------\t--------\t------\n');
  w.write(1, `cpu\t${formatCpu(total.cpuReq)} (${pct(total.cpuReq, cpuAlloc)}%)\t${formatCpu(total.cpuLim)} (${pct(total.cpuLim, cpuAlloc)}%)\n`);
  w.write(1, `memory\t${formatMemory(total.memReq)} (${pct(total.memReq, memAlloc)}%)\t${formatMemory(total.memLim)} (${pct(total.memLim, memAlloc)}%)\n`);
  w.write(1, 'ephemeral-storage\t0 (0%)\t0 (0%)\n');
  for (const hp of Object.keys(alloc).filter((k) => k.startsWith('hugepages-')).sort()) w.write(1, `${hp}\t0 (0%)\t0 (0%)\n`);
  // Node events are recorded by node name in the default namespace.
  describeEvents(w, opts.showEvents === false ? undefined : cluster.list('events', 'default').filter((e) => (e.involvedObject as Json).kind === 'Node' && (e.involvedObject as Json).name === node.metadata.name), now);
  return w.toString();
}

export function describeNamespace(cluster: Cluster, ns: KObject, opts: DescribeOptions = {}): string {
  const w = new PrefixWriter();
  w.write(0, `Name:\t${ns.metadata.name}\n`);
  labelsMultiline(w, 'Labels', ns.metadata.labels);
  annotationsMultiline(w, 'Annotations', ns.metadata.annotations);
  w.write(0, `Status:\t${(ns.status as Json)?.phase ?? ''}\n`);
  const quotas = cluster.list('resourcequotas', ns.metadata.name);
  w.write(0, '\n');
  if (!quotas.length) w.write(0, 'No resource quota.\n');
  else {
    w.write(0, 'Resource Quotas\n');
    for (const q of quotas) {
      const hard: Record<string, string> = (q.status as Json)?.hard ?? (q.spec as Json)?.hard ?? {};
      const used: Record<string, string> = (q.status as Json)?.used ?? {};
      w.write(1, `Name:\t${q.metadata.name}\n`);
      w.write(1, 'Resource\tUsed\tHard\n');
      w.write(1, '--------\t---\t---\n');
      for (const k of Object.keys(hard).sort()) w.write(1, `${k}\t${used[k] ?? '0'}\t${hard[k]}\n`);
    }
  }
  const limits = cluster.list('limitranges', ns.metadata.name);
  w.write(0, '\n');
  if (!limits.length) w.write(0, 'No LimitRange resource.\n');
  else {
    w.write(0, 'Resource Limits\n Type\tResource\tMin\tMax\tDefault Request\tDefault Limit\tMax Limit/Request Ratio\n');
    w.write(0, ' ----\t--------\t---\t---\t---------------\t-------------\t-----------------------\n');
    for (const lr of limits) {
      for (const item of ((lr.spec as Json)?.limits ?? []) as Json[]) {
        const keys = new Set([...Object.keys(item.max ?? {}), ...Object.keys(item.min ?? {}), ...Object.keys(item.default ?? {}), ...Object.keys(item.defaultRequest ?? {}), ...Object.keys(item.maxLimitRequestRatio ?? {})]);
        for (const k of [...keys].sort()) {
          const v = (m: Json | undefined) => m?.[k] ?? '-';
          w.write(0, ` ${item.type}\t${k}\t${v(item.min)}\t${v(item.max)}\t${v(item.defaultRequest)}\t${v(item.default)}\t${v(item.maxLimitRequestRatio)}\n`);
        }
      }
    }
  }
  return w.toString();
}
