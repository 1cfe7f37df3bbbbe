/** RBAC, networking, autoscaling, policy and storage kinds, and the API server's default table. */
import { translateTimestampSince } from '../age';
import { rfc3339 } from '../../cluster/clock';
import { requirementsOf, requirementsToString } from '../../cluster/selectors';
import { cols, spec, status, type Json, type KindPrinter } from './types';

const age = (o: { metadata: { creationTimestamp?: string | null } }, now: number) => translateTimestampSince(o.metadata.creationTimestamp, now);

/** Kinds with no printer: the apiserver's default table convertor (NAME, CREATED AT). */
export const defaultPrinter: KindPrinter = {
  columns: cols('Name', 'Created At'),
  row: (o) => [o.metadata.name, o.metadata.creationTimestamp ? rfc3339(Date.parse(o.metadata.creationTimestamp)) : ''],
};

export const roleBindingPrinter: KindPrinter = {
  columns: cols('Name', 'Role', 'Age', '+Users', '+Groups', '+ServiceAccounts'),
  row(o, { now }) {
    const subjects: Json[] = (o.subjects as Json[]) ?? [];
    const roleRef = (o.roleRef as Json) ?? {};
    const of = (kind: string) => subjects.filter((s) => s.kind === kind);
    return [
      o.metadata.name,
      `${roleRef.kind}/${roleRef.name}`,
      age(o, now),
      of('User').map((s) => s.name).join(', '),
      of('Group').map((s) => s.name).join(', '),
      of('ServiceAccount').map((s) => `${s.namespace ?? ''}/${s.name}`).join(', '),
    ];
  },
};

export const ingressPrinter: KindPrinter = {
  columns: cols('Name', 'Class', 'Hosts', 'Address', 'Ports', 'Age'),
  row(o, { now }) {
    const sp = spec(o);
    const hosts = ((sp.rules ?? []) as Json[]).map((r) => r.host).filter(Boolean) as string[];
    let hostText = hosts.slice(0, 3).join(',');
    if (hosts.length > 3) hostText += ` + ${hosts.length - 3} more...`;
    const addresses = ((status(o).loadBalancer?.ingress ?? []) as Json[]).map((i) => i.ip || i.hostname).join(',');
    return [o.metadata.name, sp.ingressClassName || '<none>', hostText || '*', addresses, (sp.tls ?? []).length ? '80, 443' : '80', age(o, now)];
  },
};

export const hpaPrinter: KindPrinter = {
  columns: cols('Name', 'Reference', 'Targets', 'MinPods', 'MaxPods', 'Replicas', 'Age'),
  row(o, { now }) {
    const sp = spec(o);
    const st = status(o);
    const targets = ((sp.metrics ?? []) as Json[])
      .map((m) => (m.type === 'Resource' ? `${m.resource.name}: <unknown>/${m.resource.target?.averageUtilization ?? '?'}%` : '<unknown>'))
      .join(', ');
    return [o.metadata.name, `${sp.scaleTargetRef?.kind}/${sp.scaleTargetRef?.name}`, targets || '<none>', String(sp.minReplicas ?? 1), String(sp.maxReplicas ?? 0), String(st.currentReplicas ?? 0), age(o, now)];
  },
};

export const networkPolicyPrinter: KindPrinter = {
  columns: cols('Name', 'Pod-Selector', 'Age'),
  row: (o, { now }) => [o.metadata.name, requirementsToString(requirementsOf(spec(o).podSelector)) || '<none>', age(o, now)],
};

export const pdbPrinter: KindPrinter = {
  columns: cols('Name', 'Min Available', 'Max Unavailable', 'Allowed Disruptions', 'Age'),
  row(o, { now }) {
    const sp = spec(o);
    return [o.metadata.name, sp.minAvailable !== undefined ? String(sp.minAvailable) : 'N/A', sp.maxUnavailable !== undefined ? String(sp.maxUnavailable) : 'N/A', String(status(o).disruptionsAllowed ?? 0), age(o, now)];
  },
};

export const storageClassPrinter: KindPrinter = {
  columns: cols('Name', 'Provisioner', 'ReclaimPolicy', 'VolumeBindingMode', 'AllowVolumeExpansion', 'Age'),
  row(o, { now }) {
    const j = o as Json;
    const isDefault = o.metadata.annotations?.['storageclass.kubernetes.io/is-default-class'] === 'true';
    return [
      isDefault ? `${o.metadata.name} (default)` : o.metadata.name,
      j.provisioner ?? '',
      j.reclaimPolicy ?? 'Delete',
      j.volumeBindingMode ?? 'Immediate',
      j.allowVolumeExpansion ? 'true' : 'false',
      age(o, now),
    ];
  },
};

export const resourceQuotaPrinter: KindPrinter = {
  columns: cols('Name', 'Request', 'Limit', 'Age'),
  row(o, { now }) {
    const hard: Record<string, string> = spec(o).hard ?? {};
    const used: Record<string, string> = status(o).used ?? {};
    const req: string[] = [];
    const lim: string[] = [];
    for (const k of Object.keys(hard).sort()) {
      const cell = `${k}: ${used[k] ?? '0'}/${hard[k]}`;
      if (k.startsWith('limits.')) lim.push(cell);
      else req.push(cell);
    }
    return [o.metadata.name, req.join(', '), lim.join(', '), age(o, now)];
  },
};

export const priorityClassPrinter: KindPrinter = {
  columns: cols('Name', 'Value', 'Global-Default', 'Age', 'PreemptionPolicy'),
  row: (o, { now }) => [o.metadata.name, String((o as Json).value ?? 0), (o as Json).globalDefault ? 'true' : 'false', age(o, now), (o as Json).preemptionPolicy ?? 'PreemptLowerPriority'],
};

export const leasePrinter: KindPrinter = {
  columns: cols('Name', 'Holder', 'Age'),
  row: (o, { now }) => [o.metadata.name, spec(o).holderIdentity ?? '', age(o, now)],
};

/** `80,443` and `10.244.1.4,10.244.1.5 + 2 more...`; `<unset>` when empty (listWithMoreString). */
function listWithMore(items: string[]): string {
  const shown = items.slice(0, 3).join(',');
  if (items.length > 3) return `${shown} + ${items.length - 3} more...`;
  return shown || '<unset>';
}

export const endpointSlicePrinter: KindPrinter = {
  columns: cols('Name', 'AddressType', 'Ports', 'Endpoints', 'Age'),
  row(o, { now }) {
    const j = o as Json;
    const ports = ((j.ports ?? []) as Json[]).map((p) => (p.port !== undefined && p.port !== null ? String(p.port) : p.name || '*'));
    const addresses = ((j.endpoints ?? []) as Json[]).flatMap((e) => e.addresses ?? []) as string[];
    return [o.metadata.name, j.addressType ?? '', listWithMore(ports), listWithMore(addresses), age(o, now)];
  },
};
