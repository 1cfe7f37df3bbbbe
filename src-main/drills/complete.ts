/**
 * Tab completion in the drill terminal: the simulator's own completion (sim/kubectl/complete.ts)
 * on the learner's copy of the cluster, so names, namespaces and files are the learner's.
 */
import { completeLine, type Completion, type Simulator } from '../sim';

export type { Completion } from '../sim';

export function complete(line: string, sim: Simulator): Completion {
  return completeLine(line, sim);
}
