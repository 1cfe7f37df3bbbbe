/** Core/v1 kinds (printers.go printService, printEndpoints, printNode, printEvent...). */
import { translateTimestampSince } from '../age';
import { formatLabels } from '../../cluster/selectors';
import { cols, spec, status, type Json, type KindPrinter } from './types';

const age = (o: { metadata: { creationTimestamp?: string | null } }, now: number) => translateTimestampSince(o.metadata.creationTimestamp, now);

/** `80/TCP`, `80:30080/TCP`, joined with `,` (makePortString). */
export function servicePorts(ports: Json[] | undefined): string {
  return (ports ?? []).map((p) => (p.nodePort ? `${p.port}:${p.nodePort}/${p.protocol ?? 'TCP'}` : `${p.port}/${p.protocol ?? 'TCP'}`)).join(',');
}

function loadBalancerIPs(lb: Json | undefined, wide: boolean): string {
  const ips = (lb?.ingress ?? []).map((i: Json) => i.ip || i.hostname).filter(Boolean) as string[];
  const r = ips.join(',');
  return !wide && r.length > 16 ? `${r.slice(0, 13)}...` : r;
}

/** EXTERNAL-IP (getServiceExternalIP). */
export function serviceExternalIP(svc: Json, wide: boolean): string {
  const sp: Json = svc.spec ?? {};
  const external: string[] = sp.externalIPs ?? [];
  switch (sp.type) {
    case 'ClusterIP':
    case 'NodePort':
    case undefined:
      return external.length ? external.join(',') : '<none>';
    case 'LoadBalancer': {
      const lb = loadBalancerIPs(svc.status?.loadBalancer, wide);
      if (external.length) return [...(lb ? lb.split(',') : []), ...external].join(',');
      return lb || '<pending>';
    }
    case 'ExternalName':
      return sp.externalName ?? '';
  }
  return '<unknown>';
}

export const servicePrinter: KindPrinter = {
  columns: cols('Name', 'Type', 'Cluster-IP', 'External-IP', 'Port(s)', 'Age', '+Selector'),
  row(o, { now, wide }) {
    const sp = spec(o);
    return [o.metadata.name, sp.type ?? 'ClusterIP', sp.clusterIPs?.[0] ?? '<none>', serviceExternalIP(o as Json, wide), servicePorts(sp.ports) || '<none>', age(o, now), formatLabels(sp.selector)];
  },
};

/** ENDPOINTS: up to 3 `ip:port`, then ` + N more...` (formatEndpoints). */
export function formatEndpoints(ep: Json): string {
  const subsets: Json[] = ep.subsets ?? [];
  if (!subsets.length) return '<none>';
  const list: string[] = [];
  const max = 3;
  let more = false;
  let count = 0;
  for (const ss of subsets) {
    const addresses: Json[] = ss.addresses ?? [];
    if (!(ss.ports ?? []).length) {
      count += addresses.length;
      for (const a of addresses) {
        if (list.length === max) {
          more = true;
          break;
        }
        list.push(a.ip);
      }
    } else {
      for (const port of ss.ports as Json[]) {
        count += addresses.length;
        for (const a of addresses) {
          if (list.length === max) {
            more = true;
            break;
          }
          list.push(a.ip.includes(':') ? `[${a.ip}]:${port.port}` : `${a.ip}:${port.port}`);
        }
      }
    }
  }
  const ret = list.join(',');
  return more ? `${ret} + ${count - max} more...` : ret;
}

export const endpointsPrinter: KindPrinter = {
  columns: cols('Name', 'Endpoints', 'Age'),
  row: (o, { now }) => [o.metadata.name, formatEndpoints(o as Json), age(o, now)],
};

export function nodeStatus(node: Json): string {
  const conds: Json[] = node.status?.conditions ?? [];
  const ready = conds.find((c) => c.type === 'Ready');
  const parts = [ready ? (ready.status === 'True' ? 'Ready' : ready.status === 'False' ? 'NotReady' : 'Unknown') : 'Unknown'];
  if (node.spec?.unschedulable) parts.push('SchedulingDisabled');
  return parts.join(',');
}

export function nodeRoles(node: Json): string {
  const roles = new Set<string>();
  for (const [k, v] of Object.entries((node.metadata?.labels ?? {}) as Record<string, string>)) {
    if (k.startsWith('node-role.kubernetes.io/')) {
      const role = k.slice('node-role.kubernetes.io/'.length);
      if (role) roles.add(role);
    } else if (k === 'kubernetes.io/role' && v) roles.add(v);
  }
  return roles.size ? [...roles].sort().join(',') : '<none>';
}

const nodeAddress = (node: Json, type: string) => ((node.status?.addresses ?? []) as Json[]).find((a) => a.type === type)?.address;

export const nodePrinter: KindPrinter = {
  columns: cols('Name', 'Status', 'Roles', 'Age', 'Version', '+Internal-IP', '+External-IP', '+OS-Image', '+Kernel-Version', '+Container-Runtime'),
  row(o, { now }) {
    const info: Json = status(o).nodeInfo ?? {};
    return [
      o.metadata.name,
      nodeStatus(o as Json),
      nodeRoles(o as Json),
      age(o, now),
      info.kubeletVersion ?? '',
      nodeAddress(o as Json, 'InternalIP') ?? '<none>',
      nodeAddress(o as Json, 'ExternalIP') ?? '<none>',
      info.osImage || '<unknown>',
      info.kernelVersion || '<unknown>',
      info.containerRuntimeVersion || '<unknown>',
    ];
  },
};

export const namespacePrinter: KindPrinter = {
  columns: cols('Name', 'Status', 'Age'),
  row: (o, { now }) => [o.metadata.name, status(o).phase ?? '', age(o, now)],
};

export const configMapPrinter: KindPrinter = {
  columns: cols('Name', 'Data', 'Age'),
  row: (o, { now }) => [o.metadata.name, String(Object.keys((o.data as Json) ?? {}).length + Object.keys((o.binaryData as Json) ?? {}).length), age(o, now)],
};

export const secretPrinter: KindPrinter = {
  columns: cols('Name', 'Type', 'Data', 'Age'),
  row: (o, { now }) => [o.metadata.name, String(o.type ?? ''), String(Object.keys((o.data as Json) ?? {}).length + Object.keys((o.stringData as Json) ?? {}).length), age(o, now)],
};

export const serviceAccountPrinter: KindPrinter = {
  columns: cols('Name', 'Secrets', 'Age'),
  row: (o, { now }) => [o.metadata.name, String(((o.secrets as unknown[]) ?? []).length), age(o, now)],
};

/** `component, host`, or the component alone (formatEventSource). */
export function eventSource(e: Json): string {
  const component = e.source?.component || e.reportingComponent || '';
  const host = e.source?.host || e.reportingInstance || '';
  return host ? `${component}, ${host}` : component;
}

export const eventPrinter: KindPrinter = {
  columns: cols('Last Seen', 'Type', 'Reason', 'Object', '+Subobject', '+Source', 'Message', '+First Seen', '+Count', '+Name'),
  row(o, { now }) {
    const e = o as Json;
    const first = e.firstTimestamp ? translateTimestampSince(e.firstTimestamp, now) : translateTimestampSince(e.eventTime, now);
    let last = e.lastTimestamp ? translateTimestampSince(e.lastTimestamp, now) : first;
    let count = e.count || 1;
    if (e.series) {
      last = translateTimestampSince(e.series.lastObservedTime, now);
      count = e.series.count;
    }
    const inv: Json = e.involvedObject ?? {};
    const target = inv.name ? `${String(inv.kind).toLowerCase()}/${inv.name}` : String(inv.kind ?? '').toLowerCase();
    return [last, e.type ?? '', e.reason ?? '', target, inv.fieldPath ?? '', eventSource(e), String(e.message ?? '').trim(), first, String(count), o.metadata.name];
  },
};

const ACCESS_MODES: Record<string, string> = { ReadWriteOnce: 'RWO', ReadOnlyMany: 'ROX', ReadWriteMany: 'RWX', ReadWriteOncePod: 'RWOP' };
const accessModes = (modes: string[] | undefined) => (modes ?? []).map((m) => ACCESS_MODES[m] ?? m).join(',');

export const pvcPrinter: KindPrinter = {
  columns: cols('Name', 'Status', 'Volume', 'Capacity', 'Access Modes', 'StorageClass', 'VolumeAttributesClass', 'Age', '+VolumeMode'),
  row(o, { now }) {
    const sp = spec(o);
    const st = status(o);
    const phase = o.metadata.deletionTimestamp ? 'Terminating' : st.phase ?? 'Pending';
    const bound = !!sp.volumeName;
    return [
      o.metadata.name,
      phase,
      sp.volumeName ?? '',
      bound ? st.capacity?.storage ?? '' : '',
      bound ? accessModes(st.accessModes) : '',
      sp.storageClassName ?? '',
      sp.volumeAttributesClassName || '<unset>',
      age(o, now),
      sp.volumeMode || '<unset>',
    ];
  },
};

export const pvPrinter: KindPrinter = {
  columns: cols('Name', 'Capacity', 'Access Modes', 'Reclaim Policy', 'Status', 'Claim', 'StorageClass', 'VolumeAttributesClass', 'Reason', 'Age', '+VolumeMode'),
  row(o, { now }) {
    const sp = spec(o);
    const st = status(o);
    const claim = sp.claimRef ? `${sp.claimRef.namespace}/${sp.claimRef.name}` : '';
    return [
      o.metadata.name,
      sp.capacity?.storage ?? '',
      accessModes(sp.accessModes),
      sp.persistentVolumeReclaimPolicy ?? '',
      o.metadata.deletionTimestamp ? 'Terminating' : st.phase ?? '',
      claim,
      sp.storageClassName ?? '',
      sp.volumeAttributesClassName || '<unset>',
      st.reason ?? '',
      age(o, now),
      sp.volumeMode || '<unset>',
    ];
  },
};
