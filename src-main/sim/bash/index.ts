/**
 * The drill terminal's shell: a small POSIX-like interpreter around the simulator's kubectl.
 *
 *   const shell = createShell(sim);
 *   shell.run('kubectl get pods -o json | jq -r ".items[].metadata.name" > names.txt');
 *   shell.run('for i in $(seq 3); do kubectl run p$i --image=nginx; done');
 *
 * Pipes, redirects into the simulator's virtual files, `;` `&&` `||`, `$(…)`, variables and
 * for-loops, plus cat, ls, grep, head, tail, wc, sort, uniq, cut, tr, awk, base64, jq, echo,
 * printf and seq. Anything else is answered as bash answers a missing program, with a hint.
 * `run` never throws, and every line finishes (loops and substitutions are bounded).
 */
import type { CommandResult } from '../api/types';
import type { Simulator } from '../index';
import { initialEnv, Interpreter, type ShellState } from './evaluate';
import { LineLimitError } from './limits';
import { hintOnce } from './messages';

export { HINT, commandNotFound } from './messages';
export { MAX_LINE_CHARS, MAX_LOOP_ITERATIONS, MAX_SUBSTITUTION_DEPTH } from './limits';

export interface Shell {
  /** Runs one line typed at the drill terminal. Never throws. */
  run(line: string): CommandResult;
  /** The shell's variables (`export X=1`, `X=$(…)`), kept from one line to the next. */
  readonly env: Map<string, string>;
  /** The simulator the shell drives. */
  readonly sim: Simulator;
}

/** A shell whose variables, folders and `$?` persist across lines, as a terminal session's do. */
export function createShell(sim: Simulator, env: Map<string, string> = initialEnv()): Shell {
  const state: ShellState = { env, dirs: new Set(), lastExitCode: 0 };
  return {
    sim,
    env,
    run: (line) => runWithState(sim, state, line),
  };
}

/** Runs one line in a fresh shell: the drop-in for `sim.run(line)` that also understands pipes and redirects. */
export function runShell(sim: Simulator, line: string): CommandResult {
  return runWithState(sim, { env: initialEnv(), dirs: new Set(), lastExitCode: 0 }, line);
}

function runWithState(sim: Simulator, state: ShellState, line: string): CommandResult {
  try {
    const r = new Interpreter(sim, state).runSource(line, '', 0);
    return { ...r, stderr: hintOnce(r.stderr) };
  } catch (e) {
    if (e instanceof LineLimitError) return { exitCode: 1, stdout: '', stderr: `bash: ${e.message}\n` };
    // A bug in a tool must not take the terminal down: report it as bash reports a crashed program.
    const msg = e instanceof Error ? e.message : String(e);
    return { exitCode: 1, stdout: '', stderr: `bash: internal error: ${msg}\n` };
  }
}
