/** Timing for `npm run bench`: figures are printed, never asserted (tests must not depend on speed). */

export interface Figures {
  name: string;
  runs: number;
  minMs: number;
  medianMs: number;
  p99Ms: number;
  /**
   * Median CPU time (user + system) of this process per run, ms: unlike wall time it does not
   * grow when other processes compete for the cores, so it stays comparable on a busy machine.
   */
  cpuMedianMs: number;
  budgetMs?: number;
}

export function measure(name: string, runs: number, fn: (i: number) => void, budgetMs?: number): Figures {
  // One untimed run warms the JIT and any caches, as a real session would be warm too.
  fn(-1);
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const cpuStart = process.cpuUsage();
    const start = process.hrtime.bigint();
    fn(i);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { name, runs, minMs: times[0]!, medianMs: at(0.5), p99Ms: at(0.99), cpuMedianMs: cpu[Math.floor(cpu.length / 2)]!, budgetMs };
}

export function printSection(title: string, rows: Figures[]): void {
  console.log(`\n## ${title}`);
  const fmt = (ms: number) => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`);
  const width = Math.max(...rows.map((r) => r.name.length));
  for (const r of rows) {
    const budget = r.budgetMs === undefined ? '' : `  budget ${fmt(r.budgetMs)} ${r.p99Ms <= r.budgetMs ? 'ok' : 'OVER'}`;
    console.log(
      `${r.name.padEnd(width)}  runs ${String(r.runs).padStart(5)}  min ${fmt(r.minMs).padStart(9)}  median ${fmt(r.medianMs).padStart(9)}  p99 ${fmt(r.p99Ms).padStart(9)}  cpu median ${fmt(r.cpuMedianMs).padStart(9)}${budget}`,
    );
  }
}
