/**
 * Simulator timings (DESIGN.md §7 budgets: a typical command well under 1 ms; `get pods -A` on
 * 10,000 pods under 30 ms). Prints min / median / p99 per command.
 * Run alone with `npx tsx scripts/bench-sim.ts`, or call `benchSim()` from `npm run bench`.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createSimulator, type Simulator } from '../src-main/sim/index';

function stats(samples: number[]): string {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return `min ${s[0]!.toFixed(3)} ms  median ${at(0.5).toFixed(3)} ms  p99 ${at(0.99).toFixed(3)} ms`;
}

function time(fn: () => void, n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return out;
}

export function benchSim(): void {
  console.log('\n## Simulator');
  const base = createSimulator({ seed: 42, start: Date.UTC(2026, 0, 15, 10) });
  base.run('kubectl create deployment web --image=nginx --replicas=3');
  base.run('kubectl expose deployment web --port=80');
  base.cluster.advance(60_000);

  const TYPICAL = [
    'kubectl get pods',
    'kubectl get pods -o wide',
    'kubectl get deploy web -o yaml',
    'kubectl describe deployment web',
    'kubectl create deployment web2 --image=nginx --dry-run=client -o yaml',
    'kubectl run tmp --image=busybox --restart=Never --dry-run=client -o yaml -- sleep 3600',
    'kubectl get svc,deploy,rs',
    'kubectl scale deployment web --replicas=4',
    'kubectl label deployment web tier=fe --overwrite',
    'kubectl get pods --foo',
  ];

  console.log('typical commands (each on a fresh clone, 300 runs):');
  for (const cmd of TYPICAL) {
    const sims: Simulator[] = Array.from({ length: 300 }, () => base.clone());
    let i = 0;
    console.log(`  ${cmd.padEnd(90)} ${stats(time(() => sims[i++]!.run(cmd), 300))}`);
  }
  console.log(`  ${'clone()'.padEnd(90)} ${stats(time(() => base.clone(), 300))}`);

  // 10,000 pods written straight into the API (controllers at that scale are the cluster model's
  // concern, not the printer's): 10 namespaces of 1,000 pods each.
  const big = createSimulator({ seed: 1, start: Date.UTC(2026, 0, 15, 10) });
  for (let n = 0; n < 10; n++) {
    big.run(`kubectl create namespace team${n}`);
    for (let p = 0; p < 1000; p++) {
      big.cluster.create({ apiVersion: 'v1', kind: 'Pod', metadata: { name: `app${n}-${p}`, labels: { app: `app${n}` } }, spec: { containers: [{ name: 'nginx', image: 'nginx' }] } }, { namespace: `team${n}` });
    }
  }
  const pods = big.cluster.list('pods', undefined).length;
  console.log(`get pods -A with ${pods} pods (20 runs): ${stats(time(() => big.run('kubectl get pods -A'), 20))}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) benchSim();
