/**
 * kubectl top pod|node (kubectl/pkg/cmd/top). Metrics come from metrics-server, which neither a
 * kubeadm cluster nor minikube runs by default (`minikube addons enable metrics-server`): without
 * a ready `metrics-server` Deployment in kube-system the answer is kubectl's
 * `error: Metrics API not available`. With it, usage is deterministic: a share of each
 * container's requests (or a small idle figure per image) varied by a hash of the pod's uid and
 * the virtual minute. Honoured: NAME, -n, -A, -l, --containers, --sort-by=cpu|memory,
 * --no-headers, --sum, --show-capacity. Accepted without effect: --field-selector,
 * --use-protocol-buffers.
 */
import type { KObject } from '../../api/types';
import { hashInts } from '../../cluster/rng';
import { renderTabular } from '../../printers/table';
import { CliError, UsageError } from '../errors';
import { namespaceOf, type Invocation, type Verb } from '../invocation';
import { lookupImage, parseImage } from '../../cluster/images';

type Json = Record<string, any>;

export function metricsAvailable(inv: Invocation): boolean {
  const d = inv.env.cluster.tryGet('deployments', 'kube-system', 'metrics-server');
  return !!d && Number(((d.status ?? {}) as Json).readyReplicas ?? 0) > 0;
}

/** CPU in millicores and memory in bytes of a quantity string (`250m`, `0.5`, `128Mi`, `1G`). */
export function parseQuantity(q: unknown, unit: 'cpu' | 'memory'): number {
  const m = /^([0-9.]+)([a-zA-Z]*)$/.exec(String(q ?? ''));
  if (!m) return 0;
  const n = Number(m[1]);
  if (unit === 'cpu') return m[2] === 'm' ? n : n * 1000;
  const mult: Record<string, number> = { '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, Ki: 1024, Mi: 1024 ** 2, Gi: 1024 ** 3, Ti: 1024 ** 4 };
  return n * (mult[m[2]!] ?? 1);
}

const IDLE: Record<string, [number, number]> = {
  // [millicores, MiB] of an idle container of each image profile.
  nginx: [0, 3], httpd: [1, 6], redis: [2, 4], database: [6, 180], runtime: [1, 30], server: [2, 40], shell: [0, 1], worker: [8, 20], hello: [0, 0],
};

export interface ContainerUsage {
  name: string;
  cpuMilli: number;
  memoryBytes: number;
}

export function containerUsage(pod: KObject, now: number): ContainerUsage[] {
  const minute = Math.floor(now / 60000);
  return ((((pod.spec ?? {}) as Json).containers ?? []) as Json[]).map((c, i) => {
    const parsed = parseImage(String(c.image ?? ''));
    const profile = (parsed.ok && lookupImage(parsed.ref)?.profile) || 'server';
    const [idleCpu, idleMem] = IDLE[profile] ?? [1, 10];
    const h = hashInts(pod.metadata.uid ?? pod.metadata.name, i, minute);
    const reqCpu = parseQuantity(c.resources?.requests?.cpu, 'cpu');
    const reqMem = parseQuantity(c.resources?.requests?.memory, 'memory');
    const cpu = reqCpu ? Math.round(reqCpu * (0.05 + (h % 30) / 100)) : idleCpu + (h % 3);
    const mem = reqMem ? Math.round(reqMem * (0.3 + ((h >>> 8) % 40) / 100)) : (idleMem + ((h >>> 8) % 3)) * 1024 * 1024 + ((h >>> 4) % 900) * 1024;
    return { name: String(c.name), cpuMilli: cpu, memoryBytes: mem };
  });
}

const cpuText = (m: number) => `${Math.round(m)}m`;
const memText = (b: number) => `${Math.floor(b / (1024 * 1024))}Mi`;

/** Every row ends with a tab in kubectl's printer, so the last column is padded too. */
const table = (rows: string[][]) => renderTabular(rows.map((r) => [...r, '']));

function sortBy(inv: Invocation): 'cpu' | 'memory' | '' {
  const s = inv.flags.string('sort-by');
  if (s && s !== 'cpu' && s !== 'memory') throw new CliError(`--sort-by accepts only cpu or memory`);
  return s as 'cpu' | 'memory' | '';
}

function isRunning(pod: KObject): boolean {
  return ((pod.status ?? {}) as Json).phase === 'Running';
}

export const topPod: Verb = {
  path: 'top pod',
  run(inv) {
    const f = inv.flags;
    const sort = sortBy(inv);
    if (inv.args.length > 1) throw new UsageError('top pod', 'pod [NAME | -l label]');
    if (!metricsAvailable(inv)) throw new CliError('Metrics API not available');
    const cluster = inv.env.cluster;
    const allNs = f.bool('all-namespaces');
    const ns = namespaceOf(inv);
    let pods: KObject[];
    if (inv.args.length) {
      const pod = cluster.get('pods', ns, inv.args[0]!);
      if (!isRunning(pod)) throw new CliError(`Metrics not available for pod ${ns}/${pod.metadata.name}, age: 0s`);
      pods = [pod];
    } else {
      pods = cluster.list('pods', allNs ? undefined : ns, { labelSelector: f.string('selector') || undefined }).filter(isRunning);
      if (!pods.length) {
        inv.out.err(allNs ? 'No resources found\n' : `No resources found in ${ns} namespace.\n`);
        return;
      }
    }
    const rows = pods.map((p) => ({ pod: p, usage: containerUsage(p, cluster.now()) }));
    const total = (u: ContainerUsage[], k: 'cpuMilli' | 'memoryBytes') => u.reduce((a, c) => a + c[k], 0);
    if (sort) rows.sort((a, b) => total(b.usage, sort === 'cpu' ? 'cpuMilli' : 'memoryBytes') - total(a.usage, sort === 'cpu' ? 'cpuMilli' : 'memoryBytes'));
    const containers = f.bool('containers');
    const header = [...(allNs ? ['NAMESPACE'] : []), containers ? 'POD' : 'NAME', ...(containers ? ['NAME'] : []), 'CPU(cores)', 'MEMORY(bytes)'];
    const out: string[][] = f.bool('no-headers') ? [] : [header];
    for (const { pod, usage } of rows) {
      const nsCol = allNs ? [pod.metadata.namespace ?? ''] : [];
      if (containers) for (const c of usage) out.push([...nsCol, pod.metadata.name, c.name, cpuText(c.cpuMilli), memText(c.memoryBytes)]);
      else out.push([...nsCol, pod.metadata.name, cpuText(total(usage, 'cpuMilli')), memText(total(usage, 'memoryBytes'))]);
    }
    let text = table(out);
    if (f.bool('sum')) {
      const all = rows.flatMap((r) => r.usage);
      const pad = header.length - 2;
      text = table([...out, [...new Array(pad).fill(''), '________', '________'], [...new Array(pad).fill(''), cpuText(total(all, 'cpuMilli')), memText(total(all, 'memoryBytes'))]]);
    }
    inv.out.out(text);
  },
};

export const topNode: Verb = {
  path: 'top node',
  run(inv) {
    const f = inv.flags;
    const sort = sortBy(inv);
    if (!metricsAvailable(inv)) throw new CliError('Metrics API not available');
    const cluster = inv.env.cluster;
    const nodes = inv.args.length ? inv.args.map((n) => cluster.get('nodes', undefined, n)) : cluster.list('nodes', undefined, { labelSelector: f.string('selector') || undefined });
    const pods = cluster.list('pods', undefined).filter(isRunning);
    const capacityKey = f.bool('show-capacity') ? 'capacity' : 'allocatable';
    const rows = nodes.map((n) => {
      const mine = pods.filter((p) => ((p.spec ?? {}) as Json).nodeName === n.metadata.name).flatMap((p) => containerUsage(p, cluster.now()));
      // The node itself (kubelet, containerd, the OS) uses some too.
      const h = hashInts(n.metadata.uid ?? n.metadata.name, Math.floor(cluster.now() / 60000));
      const cpu = 90 + (h % 60) + mine.reduce((a, c) => a + c.cpuMilli, 0);
      const mem = (700 + ((h >>> 8) % 200)) * 1024 * 1024 + mine.reduce((a, c) => a + c.memoryBytes, 0);
      const cap = (((n.status ?? {}) as Json)[capacityKey] ?? {}) as Json;
      const capCpu = parseQuantity(cap.cpu, 'cpu') || 1;
      const capMem = parseQuantity(cap.memory, 'memory') || 1;
      return { n, cpu, mem, cpuPct: Math.floor((cpu / capCpu) * 100), memPct: Math.floor((mem / capMem) * 100) };
    });
    if (sort) rows.sort((a, b) => (sort === 'cpu' ? b.cpu - a.cpu : b.mem - a.mem));
    const out: string[][] = f.bool('no-headers') ? [] : [['NAME', 'CPU(cores)', 'CPU(%)', 'MEMORY(bytes)', 'MEMORY(%)']];
    for (const r of rows) out.push([r.n.metadata.name, cpuText(r.cpu), `${r.cpuPct}%`, memText(r.mem), `${r.memPct}%`]);
    inv.out.out(table(out));
  },
};
