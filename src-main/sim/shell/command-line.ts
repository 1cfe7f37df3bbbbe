/**
 * From a typed line to kubectl's argv: tokenizes, refuses shell operators for now, and accepts
 * the ways learners start a kubectl command: `kubectl`, the common `k` alias, a leading `sudo`,
 * and `minikube kubectl --` (the notes use minikube).
 */
import { tokenize } from './tokenize';

export type CommandLine =
  | { kind: 'empty' }
  | { kind: 'kubectl'; argv: string[] }
  /** A line the simulator answers itself, as a shell would (exit 2 for syntax, 127 for a missing program). */
  | { kind: 'shell-error'; exitCode: number; stderr: string };

const KUBECTL_NAMES = new Set(['kubectl', 'k', 'kubectl.exe', 'kubectl.1.32']);

export function parseCommandLine(line: string): CommandLine {
  const t = tokenize(line);
  if (!t.ok) return { kind: 'shell-error', exitCode: 2, stderr: `sim: ${t.error}\n` };
  const op = t.tokens.find((tok) => tok.kind === 'operator');
  if (op) {
    return {
      kind: 'shell-error',
      exitCode: 2,
      stderr: `sim: the shell operator \`${op.text}\` is not supported yet: run one kubectl command at a time, without pipes (|), redirects (>, <) or command lists (;, &&)\n`,
    };
  }
  let words = t.tokens.map((tok) => tok.text);
  if (words.length === 0) return { kind: 'empty' };
  if (words[0] === 'sudo') {
    words = words.slice(1);
    // sudo's own options that learners type (-E keeps the environment); anything else is sudo's business.
    while (words[0] === '-E' || words[0] === '-H') words = words.slice(1);
    if (words.length === 0) return { kind: 'shell-error', exitCode: 1, stderr: 'usage: sudo command\n' };
  }
  const program = words[0]!;
  if (program === 'minikube' && words[1] === 'kubectl') {
    const rest = words.slice(2);
    return { kind: 'kubectl', argv: rest[0] === '--' ? rest.slice(1) : rest };
  }
  if (!KUBECTL_NAMES.has(program)) {
    return { kind: 'shell-error', exitCode: 127, stderr: `sim: ${program}: command not found (only kubectl commands run here)\n` };
  }
  return { kind: 'kubectl', argv: words.slice(1) };
}
