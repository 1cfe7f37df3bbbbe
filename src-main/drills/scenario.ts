/**
 * Building a drill's starting cluster from a scenario file (decks/scenarios/*.yaml, already parsed
 * by src-main/decks). Building runs every setup step through the simulator, which costs a few
 * milliseconds, so a built scenario is cached and every drill attempt works on a `clone()` of it:
 * the cached copy is never run on, and the same seed always yields the same cluster.
 */
import { createSimulator, type Scenario, type Simulator } from '../sim';
import type { ScenarioFile } from '../decks/schema';

/** A scenario that could not be built: names the scenario and the step, with kubectl's error. */
export class ScenarioBuildError extends Error {
  constructor(
    readonly scenarioId: string,
    message: string,
  ) {
    super(`scenario ${scenarioId}: ${message}`);
    this.name = 'ScenarioBuildError';
  }
}

/** The namespace of the kubeconfig's current context (kubectl's default for commands without -n). */
export function contextNamespace(file: ScenarioFile): string {
  const kc = file.kubeconfig;
  const ctx = kc?.contexts?.find((c) => c.name === kc.currentContext);
  return ctx?.namespace ?? 'default';
}

/** The simulator's view of a scenario file. */
export function toSimScenario(file: ScenarioFile): Scenario {
  return {
    id: file.id,
    description: file.description,
    seed: file.seed,
    start: file.start,
    ...(file.nodes ? { nodes: file.nodes } : {}),
    ...(file.namespaces ? { namespaces: file.namespaces } : {}),
    setup: file.setup,
    ...(file.files ? { files: file.files } : {}),
    ...(file.kubeconfig ? { kubeconfig: file.kubeconfig } : {}),
  };
}

/** Builds the scenario's cluster; throws ScenarioBuildError naming the failing step. */
export function buildScenario(file: ScenarioFile): Simulator {
  let sim: Simulator;
  try {
    sim = createSimulator({ scenario: toSimScenario(file) });
  } catch (e) {
    throw new ScenarioBuildError(file.id, e instanceof Error ? e.message : String(e));
  }
  sim.namespace = contextNamespace(file);
  return sim;
}

/** Where scenario files come from (the decks folder in the app, a map in tests). */
export type ScenarioSource = (id: string) => ScenarioFile | undefined;

/** Built scenarios by id, built on first use; `fresh(id)` hands out an independent copy. */
export class ScenarioCache {
  private readonly built = new Map<string, Simulator>();

  constructor(private readonly source: ScenarioSource) {}

  /** A private copy of the scenario's cluster. Throws ScenarioBuildError (or for an unknown id). */
  fresh(id: string): Simulator {
    return this.shared(id).clone();
  }

  /**
   * The cached build itself, for callers that never run a command on it (a drill session keeps
   * it as the untouched starting point it compares with): saves a copy per session.
   */
  shared(id: string): Simulator {
    let sim = this.built.get(id);
    if (!sim) {
      const file = this.source(id);
      if (!file) throw new ScenarioBuildError(id, 'no such scenario in decks/scenarios');
      sim = buildScenario(file);
      this.built.set(id, sim);
    }
    return sim;
  }

  /** Forgets every built scenario (after the files changed). */
  clear(): void {
    this.built.clear();
  }
}
