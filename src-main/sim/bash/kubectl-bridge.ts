/**
 * How the shell hands a command to the simulator's kubectl: `kubectl`, the `k` alias and
 * `minikube kubectl --`. kubectl's `-f -` reads the pipe: runArgv has no standard input, so the
 * piped text is lent to kubectl as a virtual file named STDIN for the duration of the call
 * (kubectl itself calls standard input STDIN in its messages).
 */
import type { CommandResult } from '../api/types';
import type { Simulator } from '../index';

export const KUBECTL_NAMES = new Set(['kubectl', 'k', 'kubectl.exe']);

const STDIN_FILE = 'STDIN';

/** The kubectl argv of a shell command, or undefined when the command is not kubectl. */
export function kubectlArgv(argv: readonly string[]): string[] | undefined {
  const [name, ...rest] = argv;
  if (name !== undefined && KUBECTL_NAMES.has(name)) return rest;
  if (name === 'minikube' && rest[0] === 'kubectl') return rest[1] === '--' ? rest.slice(2) : rest.slice(1);
  return undefined;
}

export function runKubectl(sim: Simulator, args: string[], stdin: string): CommandResult {
  const at = stdinFileArg(args);
  if (at === undefined) return sim.runArgv(args);
  const withFile = [...args];
  withFile[at.index] = at.inline ? `${at.flag}=${STDIN_FILE}` : STDIN_FILE;
  const saved = sim.files.get(STDIN_FILE);
  sim.files.set(STDIN_FILE, stdin);
  try {
    return sim.runArgv(withFile);
  } finally {
    if (saved === undefined) sim.files.delete(STDIN_FILE);
    else sim.files.set(STDIN_FILE, saved);
  }
}

function stdinFileArg(args: string[]): { index: number; inline: boolean; flag: string } | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') return undefined;
    if ((a === '-f' || a === '--filename') && args[i + 1] === '-') return { index: i + 1, inline: false, flag: a };
    if (a === '-f=-' || a === '--filename=-') return { index: i, inline: true, flag: a.slice(0, a.indexOf('=')) };
    if (a === '-f-') return { index: i, inline: true, flag: '-f' };
  }
  return undefined;
}
