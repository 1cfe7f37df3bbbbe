/**
 * Measures the cluster model: construction, clone() of a ~50-object cluster, advancing time, and
 * `get pods -A` (list + printTable) over 10,000 pods. Run: npx tsx scripts/bench-cluster.ts
 */
import { loadavg } from 'node:os';
import { Cluster } from '../src-main/sim/cluster/cluster';
import { printTable } from '../src-main/sim/printers/table';
import { resolveResource } from '../src-main/sim/api/registry';
import type { KObject } from '../src-main/sim/api/types';

const START = Date.UTC(2026, 10, 26, 10, 0, 0);

/**
 * Wall-clock median, p99 and minimum, plus mean CPU time (process.cpuUsage): on a shared machine
 * the wall figures swing with the load; CPU time and the minimum show the code's own cost.
 */
function time<T>(label: string, runs: number, fn: () => T): T {
  let result!: T;
  for (let i = 0; i < Math.min(5, runs); i++) result = fn(); // warm-up
  const samples: number[] = [];
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = fn();
    samples.push(performance.now() - t0);
  }
  const cpu = process.cpuUsage(cpu0);
  samples.sort((a, b) => a - b);
  const med = samples[Math.floor(samples.length / 2)]!;
  const p99 = samples[Math.min(samples.length - 1, Math.floor(samples.length * 0.99))]!;
  const cpuMean = (cpu.user + cpu.system) / 1000 / runs;
  console.log(`${label.padEnd(52)} median ${med.toFixed(3)} ms  p99 ${p99.toFixed(3)} ms  min ${samples[0]!.toFixed(3)} ms  cpu ${cpuMean.toFixed(3)} ms  (${runs} runs)`);
  return result;
}

function deployment(name: string, replicas: number): KObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, labels: { app: name } },
    spec: { replicas, selector: { matchLabels: { app: name } }, template: { metadata: { labels: { app: name } }, spec: { containers: [{ name, image: 'nginx:1.27' }] } } },
  };
}

console.log(`load average: ${loadavg().map((l) => l.toFixed(2)).join(' ')} (2 cores shared)`);
time('new Cluster() (bootstrap + 25 min of system time)', 50, () => new Cluster({ seed: 1, start: START }));

const small = new Cluster({ seed: 1, start: START });
small.create(deployment('web', 3));
small.create(deployment('api', 2));
small.create({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'web' }, spec: { selector: { app: 'web' }, ports: [{ port: 80 }] } });
small.advance(30_000);
const objectCount = small.store.resources().filter((r) => r !== 'events').reduce((n, r) => n + small.store.count(r), 0);
time(`clone() of a ${objectCount}-object cluster (+${small.store.count('events')} events)`, 2000, () => small.clone());
time('clone() + create deployment + advance 10 s', 200, () => {
  const c = small.clone();
  c.create(deployment('extra', 2));
  c.advance(10_000);
  return c;
});
const pods = resolveResource('pods')!;
time('get pods (list + printTable) on that cluster', 2000, () => printTable(pods, small.list(pods, 'default'), { now: small.now() }));

const big = new Cluster({ seed: 2, start: START, nodes: ['node1', 'node2', 'node3', 'node4', 'node5'] });
let t0 = performance.now();
for (let i = 0; i < 100; i++) big.create(deployment(`app-${i}`, 100), { settle: false });
big.settle();
console.log(`create 100 deployments x 100 replicas + settle: ${(performance.now() - t0).toFixed(0)} ms`);
t0 = performance.now();
big.advance(15_000);
console.log(`advance 15 s with ${big.store.count('pods')} pods: ${(performance.now() - t0).toFixed(0)} ms`);
time(`get pods -A on ${big.store.count('pods')} pods (list + printTable)`, 30, () => printTable(pods, big.list(pods, undefined), { now: big.now(), withNamespace: true }));
time(`get pods -A -o wide on ${big.store.count('pods')} pods`, 30, () => printTable(pods, big.list(pods, undefined), { now: big.now(), withNamespace: true, wide: true }));
time(`get pods -l app=app-7 among ${big.store.count('pods')} pods`, 30, () => printTable(pods, big.list(pods, 'default', { labelSelector: 'app=app-7' }), { now: big.now() }));
time(`clone() of the 10,000-pod cluster`, 10, () => big.clone());
