/**
 * Scenarios (decks/scenarios/*.yaml, format in decks/README.md): the starting cluster of a drill.
 * Namespaces are created, then the setup steps run in order through the simulator itself; the
 * first failing step is reported by number and command.
 */
import type { Simulator } from './index';
import type { NodeOptions } from './cluster/bootstrap';
import type { ScenarioKubeconfigInput } from './kubectl/kubeconfig';

export interface Scenario {
  id?: string;
  description?: string;
  seed?: number;
  /** RFC 3339 start of the virtual clock. */
  start?: string;
  /** Node names (the first is the control plane), or full node options (roles, taints, labels...). */
  nodes?: Array<string | NodeOptions>;
  namespaces?: string[];
  setup?: Array<string | { advance: string | number }>;
  files?: Record<string, string>;
  /** The learner's kubeconfig (decks/README.md): its current context names the cluster, user and default namespace. */
  kubeconfig?: ScenarioKubeconfig;
}

export type ScenarioKubeconfig = ScenarioKubeconfigInput;

export class ScenarioError extends Error {}

/** `60s`, `5m`, `1h30m`, `2d` or a number of seconds, in ms. */
export function parseAdvance(value: string | number): number {
  if (typeof value === 'number') return value * 1000;
  const units: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
  let total = 0;
  let rest = value.trim();
  if (/^\d+(\.\d+)?$/.test(rest)) return Number(rest) * 1000;
  while (rest) {
    const m = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)/.exec(rest);
    if (!m) throw new ScenarioError(`invalid duration "${value}": use 30s, 5m, 1h30m...`);
    total += Number(m[1]) * units[m[2]!]!;
    rest = rest.slice(m[0].length);
  }
  return total;
}

/** Applies a scenario to a fresh simulator (called by createSimulator). */
export function loadScenario(sim: Simulator, scenario: Scenario): void {
  for (const ns of scenario.namespaces ?? []) {
    const r = sim.runArgv(['create', 'namespace', ns]);
    if (r.exitCode !== 0) throw new ScenarioError(`namespace ${ns}: ${r.stderr.trim()}`);
  }
  (scenario.setup ?? []).forEach((step, i) => {
    if (typeof step === 'string') {
      const r = sim.run(step);
      if (r.exitCode !== 0) throw new ScenarioError(`setup step ${i + 1} (${step}) failed: ${r.stderr.trim()}`);
    } else sim.cluster.advance(parseAdvance(step.advance));
  });
}
