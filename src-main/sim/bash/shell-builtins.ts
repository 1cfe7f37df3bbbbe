/**
 * The builtins that act on the shell itself or run other commands: sudo, export, unset, cd, pwd,
 * env/printenv, exit, which/type, alias and xargs.
 */
import type { CommandResult } from '../api/types';
import { TOOLS } from './builtins/index';
import type { VirtualFs } from './fs';
import { HOME } from './fs';
import { kubectlArgv } from './kubectl-bridge';
import { MAX_LOOP_ITERATIONS } from './limits';
import { bashError } from './messages';

export const SHELL_BUILTINS = new Set(['export', 'unset', 'cd', 'pwd', 'env', 'printenv', 'exit', 'which', 'type', 'sudo', 'alias', 'xargs']);

/** What these builtins need from the interpreter. */
export interface ShellHost {
  readonly state: { env: Map<string, string> };
  readonly fs: VirtualFs;
  /** Runs a command (kubectl, a tool or a builtin) with the given input. */
  dispatch(argv: string[], stdin: string, tty: boolean): CommandResult;
  /** Counts one loop-like run against the line's budget; false once it is spent. */
  countIteration(): boolean;
  /** Counts produced characters against the line's budget (throws past it). */
  charge(chars: number): void;
}

const KUBECTL_PATHS: Record<string, string> = { kubectl: '/usr/local/bin/kubectl' };

/**
 * `kubectl get pods -o name | xargs kubectl delete`: runs a command with the words of its input
 * appended (-n N at a time), or once per line with -I R replaced; GNU's exit codes (123, 127).
 */
export function xargs(host: ShellHost, args: string[], stdin: string): CommandResult {
  let perRun = Infinity;
  let replace: string | undefined;
  let skipEmpty = false;
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-n' || a === '-L') perRun = Number(args[++i]);
    else if (/^-[nL]\d+$/.test(a)) perRun = Number(a.slice(2));
    else if (a === '-I' || a === '-i') replace = args[++i] ?? '{}';
    else if (a.startsWith('-I')) replace = a.slice(2);
    else if (a === '-r' || a === '--no-run-if-empty') skipEmpty = true;
    else if (a === '-t' || a === '-0' || a === '-x') continue;
    else if (a.startsWith('-') && a !== '-') return { exitCode: 1, stdout: '', stderr: `xargs: invalid option -- '${a.slice(1)}'\nTry 'xargs --help' for more information.\n` };
    else break;
  }
  if (!(perRun >= 1)) return { exitCode: 1, stdout: '', stderr: 'xargs: value for -n option should be >= 1\n' };
  const command = args.slice(i).length ? args.slice(i) : ['echo'];
  const runs: string[][] = [];
  if (replace !== undefined) {
    for (const line of stdin.split('\n').map((l) => l.trim()).filter(Boolean)) runs.push(command.map((w) => w.split(replace!).join(line)));
  } else {
    const items = stdin.split(/\s+/).filter(Boolean);
    if (items.length === 0 && !skipEmpty) runs.push(command);
    for (let k = 0; k < items.length; k += perRun === Infinity ? items.length : perRun) runs.push([...command, ...items.slice(k, perRun === Infinity ? undefined : k + perRun)]);
  }
  const out = { exitCode: 0, stdout: '', stderr: '' };
  for (const argv of runs) {
    if (!host.countIteration()) {
      out.stderr += bashError(`xargs stopped after ${MAX_LOOP_ITERATIONS} runs (drill terminal limit)`);
      out.exitCode = 1;
      break;
    }
    const name = argv[0]!;
    if (!kubectlArgv(argv) && !SHELL_BUILTINS.has(name) && !TOOLS.has(name)) {
      return { exitCode: 127, stdout: out.stdout, stderr: out.stderr + `xargs: ${name}: No such file or directory\n` };
    }
    const r = host.dispatch(argv, '', false);
    host.charge(r.stdout.length + r.stderr.length);
    out.stdout += r.stdout;
    out.stderr += r.stderr;
    if (r.exitCode !== 0) out.exitCode = 123;
  }
  return out;
}

export function runShellBuiltin(host: ShellHost, argv: string[], stdin: string, tty: boolean): CommandResult {
  const [name, ...args] = argv as [string, ...string[]];
  const okr = (stdout = ''): CommandResult => ({ exitCode: 0, stdout, stderr: '' });
  switch (name) {
    case 'sudo': {
      let rest = args;
      while (rest[0] === '-E' || rest[0] === '-H' || rest[0] === '-i' || rest[0] === '-s') rest = rest.slice(1);
      if (rest[0] === '-u') rest = rest.slice(2);
      if (rest.length === 0) return { exitCode: 1, stdout: '', stderr: 'usage: sudo [-EH] [-u user] command\n' };
      return host.dispatch(rest, stdin, tty);
    }
    case 'xargs':
      return xargs(host, args, stdin);
    case 'export': {
      let code = 0;
      let stderr = '';
      for (const a of args.filter((x) => x !== '-n')) {
        const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:=([\s\S]*))?$/.exec(a);
        if (!m) {
          stderr += bashError(`export: \`${a}': not a valid identifier`);
          code = 1;
        } else if (m[2] !== undefined) host.state.env.set(m[1]!, m[2]);
        else if (!host.state.env.has(m[1]!)) host.state.env.set(m[1]!, '');
      }
      if (args.length === 0) return okr([...host.state.env].map(([k, v]) => `declare -x ${k}="${v}"\n`).join(''));
      return { exitCode: code, stdout: '', stderr };
    }
    case 'unset':
      for (const a of args) host.state.env.delete(a);
      return okr();
    case 'cd': {
      const target = args[0] ?? HOME;
      if (target === '-' || host.fs.isDir(target)) return okr();
      return { exitCode: 1, stdout: '', stderr: bashError(`cd: ${target}: No such file or directory`) };
    }
    case 'pwd':
      return okr(HOME + '\n');
    case 'env':
    case 'printenv': {
      if (name === 'printenv' && args.length) {
        const vals = args.map((a) => host.state.env.get(a));
        return { exitCode: vals.every((v) => v !== undefined) ? 0 : 1, stdout: vals.filter((v) => v !== undefined).map((v) => v + '\n').join(''), stderr: '' };
      }
      const command = args.filter((a) => !a.includes('='));
      if (name === 'env' && command.length) return host.dispatch(command, stdin, tty);
      return okr([...host.state.env].map(([k, v]) => `${k}=${v}\n`).join(''));
    }
    case 'exit':
      return { exitCode: /^\d+$/.test(args[0] ?? '') ? Number(args[0]) % 256 : 0, stdout: '', stderr: 'exit: the drill terminal stays open\n' };
    case 'alias':
      return { exitCode: 0, stdout: args.length ? '' : "alias k='kubectl'\n", stderr: '' };
    default: {
      // which / type
      let stdout = '';
      let code = 0;
      for (const a of args) {
        const path = KUBECTL_PATHS[a] ?? (TOOLS.has(a) ? `/usr/bin/${a}` : undefined);
        if (name === 'type' && (SHELL_BUILTINS.has(a) || a === 'echo' || a === 'printf' || a === 'true' || a === 'false')) stdout += `${a} is a shell builtin\n`;
        else if (name === 'type' && a === 'k') stdout += "k is aliased to `kubectl'\n";
        else if (path) stdout += name === 'type' ? `${a} is ${path}\n` : `${path}\n`;
        else {
          code = 1;
          if (name === 'type') return { exitCode: 1, stdout, stderr: bashError(`type: ${a}: not found`) };
        }
      }
      return { exitCode: code, stdout, stderr: '' };
    }
  }
}
