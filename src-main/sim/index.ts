/**
 * The cluster simulator's entry point: a kubectl command line in, kubectl's answer out.
 *
 *   const sim = createSimulator({ seed: 42, start: Date.UTC(2026, 0, 15, 10) });
 *   sim.run('kubectl create deployment web --image=nginx');   // {exitCode, stdout, stderr}
 *   const copy = sim.clone();                                 // independent: for drill checks
 *
 * `run` never throws: an unexpected failure becomes an `error: ...` line with exit 1.
 */
import type { CommandResult } from './api/types';
import { Cluster } from './cluster/cluster';
import { runKubectl } from './kubectl/dispatch';
import { complete } from './kubectl/complete';
import { parseCommandLine } from './shell/command-line';
import { kubeconfigInfo, loadScenario, type Scenario } from './scenario';
import type { KubeconfigInfo } from './kubectl/kubeconfig-check';

export type { CommandResult } from './api/types';
export type { Scenario, ScenarioKubeconfig } from './scenario';
export type { KubeconfigInfo } from './kubectl/kubeconfig-check';

export interface SimulatorOptions {
  /** Seed of every generated name, uid and address. Default 1 (or the scenario's). */
  seed?: number;
  /** Virtual clock start: ms since epoch or an RFC 3339 string. Default the scenario's, else 2026-01-01. */
  start?: number | string;
  /** A parsed scenario (decks/scenarios/*.yaml): nodes, namespaces, setup commands, files. */
  scenario?: Scenario;
  /** Extra virtual files in the working directory (name → content). */
  files?: Record<string, string>;
}

export interface Simulator {
  /** Runs one command line (kubectl, k, sudo kubectl...). Never throws. */
  run(line: string): CommandResult;
  /** Runs kubectl with an argv that is already split (no shell rules). Never throws. */
  runArgv(argv: readonly string[]): CommandResult;
  readonly cluster: Cluster;
  /** The working directory's virtual files. */
  readonly files: Map<string, string>;
  /** The kubeconfig context's namespace (commands without -n use it). */
  namespace: string;
  /** The kubeconfig's current context, cluster, user and server (from the scenario). */
  readonly kubeconfig: KubeconfigInfo;
  /** Tab completion of the line's last word: subcommands, flags, resource types, names. Never throws. */
  complete(line: string): string[];
  /** An independent copy (cluster, files, namespace). */
  clone(): Simulator;
}

class SimulatorImpl implements Simulator {
  constructor(
    readonly cluster: Cluster,
    readonly files: Map<string, string>,
    public namespace: string,
    readonly kubeconfig: KubeconfigInfo,
  ) {}

  run(line: string): CommandResult {
    try {
      const parsed = parseCommandLine(line);
      switch (parsed.kind) {
        case 'empty':
          return { exitCode: 0, stdout: '', stderr: '' };
        case 'shell-error':
          return { exitCode: parsed.exitCode, stdout: '', stderr: parsed.stderr };
        case 'kubectl':
          return this.runArgv(parsed.argv);
      }
    } catch (e) {
      return internalError(e);
    }
  }

  runArgv(argv: readonly string[]): CommandResult {
    try {
      return runKubectl(argv, { cluster: this.cluster, files: this.files, namespace: this.namespace, kubeconfig: this.kubeconfig });
    } catch (e) {
      return internalError(e);
    }
  }

  complete(line: string): string[] {
    try {
      return complete(line, { cluster: this.cluster, namespace: this.namespace });
    } catch {
      return [];
    }
  }

  clone(): Simulator {
    return new SimulatorImpl(this.cluster.clone(), new Map(this.files), this.namespace, this.kubeconfig);
  }
}

function internalError(e: unknown): CommandResult {
  const msg = e instanceof Error ? e.message : String(e);
  return { exitCode: 1, stdout: '', stderr: `error: ${msg}\n` };
}

export function createSimulator(opts: SimulatorOptions = {}): Simulator {
  const scenario = opts.scenario;
  const start = opts.start ?? scenario?.start;
  const cluster = new Cluster({
    seed: opts.seed ?? scenario?.seed ?? 1,
    start: typeof start === 'string' ? Date.parse(start) : start,
    ...(scenario?.nodes ? { nodes: scenario.nodes } : {}),
  });
  const files = new Map(Object.entries({ ...(scenario?.files ?? {}), ...(opts.files ?? {}) }));
  const kubeconfig = kubeconfigInfo(scenario?.kubeconfig);
  const sim = new SimulatorImpl(cluster, files, kubeconfig.namespace, kubeconfig);
  if (scenario) loadScenario(sim, scenario);
  return sim;
}
