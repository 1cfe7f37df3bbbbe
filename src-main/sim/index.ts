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
import { completeLine } from './kubectl/complete';
import { parseCommandLine } from './shell/command-line';
import { loadScenario, type Scenario } from './scenario';
import { cloneKubeconfig, contextNamespace, defaultKubeconfig, kubeconfigFromScenario, type Kubeconfig } from './kubectl/kubeconfig';

export type { CommandResult } from './api/types';
export type { Scenario, ScenarioKubeconfig } from './scenario';
export type { Kubeconfig } from './kubectl/kubeconfig';
export { completeLine, type Completion, type CompletionSource } from './kubectl/complete';

export interface SimulatorOptions {
  /** Seed of every generated name, uid and address. Default 1 (or the scenario's). */
  seed?: number;
  /** Virtual clock start: ms since epoch or an RFC 3339 string. Default the scenario's, else 2026-01-01. */
  start?: number | string;
  /** A parsed scenario (decks/scenarios/*.yaml): nodes, namespaces, setup commands, files. */
  scenario?: Scenario;
  /** Extra virtual files in the working directory (name → content). */
  files?: Record<string, string>;
  /** The learner's kubeconfig; default the scenario's, else context `sim` (cluster sim, user learner). */
  kubeconfig?: Kubeconfig;
}

export interface Simulator {
  /** Runs one command line (kubectl, k, sudo kubectl...). Never throws. */
  run(line: string): CommandResult;
  /** Runs kubectl with an argv that is already split (no shell rules). Never throws. */
  runArgv(argv: readonly string[]): CommandResult;
  readonly cluster: Cluster;
  /** The working directory's virtual files. */
  readonly files: Map<string, string>;
  /** The current context's namespace (commands without -n use it); setting it changes the context, as `config set-context --current --namespace` does. */
  namespace: string;
  /** The learner's kubeconfig (`config` commands change it). */
  readonly kubeconfig: Kubeconfig;
  /** Tab completion of the line's last word: subcommands, flags, resource types, names (see completeLine). Never throws. */
  complete(line: string): string[];
  /** An independent copy (cluster, files, kubeconfig). */
  clone(): Simulator;
}

class SimulatorImpl implements Simulator {
  constructor(
    readonly cluster: Cluster,
    readonly files: Map<string, string>,
    readonly kubeconfig: Kubeconfig,
  ) {}

  get namespace(): string {
    return contextNamespace(this.kubeconfig);
  }

  set namespace(ns: string) {
    const ctx = this.kubeconfig.contexts[this.kubeconfig.currentContext];
    if (ctx) ctx.namespace = ns;
  }

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
      return runKubectl(argv, { cluster: this.cluster, files: this.files, kubeconfig: this.kubeconfig });
    } catch (e) {
      return internalError(e);
    }
  }

  complete(line: string): string[] {
    return completeLine(line, this).candidates;
  }

  clone(): Simulator {
    return new SimulatorImpl(this.cluster.clone(), new Map(this.files), cloneKubeconfig(this.kubeconfig));
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
  const kubeconfig = opts.kubeconfig ? cloneKubeconfig(opts.kubeconfig) : scenario?.kubeconfig ? kubeconfigFromScenario(scenario.kubeconfig) : defaultKubeconfig();
  const sim = new SimulatorImpl(cluster, files, kubeconfig);
  if (scenario) loadScenario(sim, scenario);
  return sim;
}
