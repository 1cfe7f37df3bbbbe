/**
 * Runs a parsed line. Every command runs to completion before the next (the simulator's output
 * is finite), so a pipeline passes each command's standard output as the next one's input.
 * Standard error goes to the terminal unless redirected. Loops and nested substitutions are
 * bounded so that no line can hang the terminal.
 */
import type { CommandResult } from '../api/types';
import type { Simulator } from '../index';
import type { AndOr, Command, ForCommand, List, Pipeline, Redirect } from './ast';
import { TOOLS } from './builtins/index';
import { expandToString, expandWord, expandWords, type ExpansionHost } from './expand';
import { HOME, VirtualFs } from './fs';
import { kubectlArgv, runKubectl } from './kubectl-bridge';
import { bashError, commandNotFound } from './messages';
import { parse } from './parser';
import { runShellBuiltin, SHELL_BUILTINS, type ShellHost } from './shell-builtins';
import { LineLimitError, MAX_LINE_CHARS, MAX_LOOP_ITERATIONS, MAX_SUBSTITUTION_DEPTH } from './limits';

/** What survives from one line to the next: variables, folders made with mkdir, `$?`. */
export interface ShellState {
  env: Map<string, string>;
  dirs: Set<string>;
  lastExitCode: number;
}

export function initialEnv(): Map<string, string> {
  return new Map([
    ['HOME', HOME],
    ['USER', 'learner'],
    ['SHELL', '/bin/bash'],
    ['PATH', '/usr/local/bin:/usr/bin:/bin'],
    ['PWD', HOME],
  ]);
}

/** Where a descriptor points after redirection. */
type Sink = { kind: 'stdout' } | { kind: 'stderr' } | { kind: 'file'; path: string } | { kind: 'null' };

export class Interpreter {
  private iterations = 0;
  private chars = 0;
  readonly fs: VirtualFs;

  constructor(
    private readonly sim: Simulator,
    private readonly state: ShellState,
  ) {
    this.fs = new VirtualFs(sim.files, state.dirs);
  }

  /** Parses and runs a line (or a `$(…)` body at `depth`). */
  runSource(source: string, stdin: string, depth: number): CommandResult {
    const parsed = parse(source);
    if (!parsed.ok) {
      this.state.lastExitCode = 2;
      return { exitCode: 2, stdout: '', stderr: bashError(parsed.message) };
    }
    return this.list(parsed.list, stdin, depth, depth === 0);
  }

  /** `tty`: whether standard output reaches the terminal (not a pipe, a file or a substitution). */
  private list(list: List, stdin: string, depth: number, tty: boolean): CommandResult {
    // An empty line answers 0 (the terminal shows no error) but leaves $? as it was, as bash does.
    const out = { exitCode: 0, stdout: '', stderr: '' };
    for (const item of list.items) {
      const r = this.andOr(item, stdin, depth, tty);
      out.stdout += r.stdout;
      out.stderr += r.stderr;
      out.exitCode = r.exitCode;
    }
    return out;
  }

  private andOr(node: AndOr, stdin: string, depth: number, tty: boolean): CommandResult {
    const out = this.pipeline(node.first, stdin, depth, tty);
    for (const { op, pipeline } of node.rest) {
      if ((op === '&&') !== (out.exitCode === 0)) continue;
      const r = this.pipeline(pipeline, stdin, depth, tty);
      out.stdout += r.stdout;
      out.stderr += r.stderr;
      out.exitCode = r.exitCode;
    }
    return out;
  }

  private pipeline(node: Pipeline, stdin: string, depth: number, tty: boolean): CommandResult {
    let input = stdin;
    let stderr = '';
    let last: CommandResult = { exitCode: 0, stdout: '', stderr: '' };
    node.commands.forEach((cmd, i) => {
      last = this.command(cmd, input, depth, tty && i === node.commands.length - 1);
      stderr += last.stderr;
      input = last.stdout;
      if (i < node.commands.length - 1) last = { ...last, stdout: '' };
    });
    const exitCode = node.negated ? (last.exitCode === 0 ? 1 : 0) : last.exitCode;
    this.state.lastExitCode = exitCode;
    return { exitCode, stdout: input, stderr };
  }

  private command(cmd: Command, stdin: string, depth: number, tty: boolean): CommandResult {
    const host = this.host(depth);
    const errors: string[] = [];
    host.error = (m) => errors.push(bashError(m));
    host.rawError = (text) => errors.push(text);
    const withErrors = (r: CommandResult): CommandResult => ({ ...r, stderr: errors.join('') + r.stderr });

    if (cmd.kind === 'for') {
      const sinks = this.openRedirects(cmd.redirects, host);
      if ('error' in sinks) return withErrors({ exitCode: 1, stdout: '', stderr: sinks.error });
      return withErrors(this.route(this.forLoop(cmd, sinks.stdin ?? stdin, depth, host, tty && sinks.out.kind === 'stdout'), sinks));
    }
    host.lastSubstitutionExit = undefined;
    const argv = expandWords(cmd.words, host);
    const values = cmd.assignments.map((a) => ({ name: a.name, value: expandToString(a.value, host) }));
    const sinks = this.openRedirects(cmd.redirects, host);
    if ('error' in sinks) return withErrors({ exitCode: 1, stdout: '', stderr: sinks.error });
    if (argv.length === 0) {
      for (const { name, value } of values) this.state.env.set(name, value);
      return withErrors({ exitCode: host.lastSubstitutionExit ?? 0, stdout: '', stderr: '' });
    }
    const result = this.dispatch(argv, sinks.stdin ?? stdin, depth, tty && sinks.out.kind === 'stdout');
    this.charge(result.stdout.length + result.stderr.length);
    return withErrors(this.route(result, sinks));
  }

  private forLoop(cmd: ForCommand, stdin: string, depth: number, host: ExpansionHost, tty: boolean): CommandResult {
    const items = cmd.items ? expandWords(cmd.items, host) : [];
    const out = { exitCode: 0, stdout: '', stderr: '' };
    for (const item of items) {
      if (++this.iterations > MAX_LOOP_ITERATIONS) {
        out.stderr += bashError(`loop stopped after ${MAX_LOOP_ITERATIONS} iterations (drill terminal limit)`);
        out.exitCode = 1;
        break;
      }
      this.state.env.set(cmd.variable, item);
      const r = this.list(cmd.body, stdin, depth, tty);
      out.stdout += r.stdout;
      out.stderr += r.stderr;
      out.exitCode = r.exitCode;
    }
    return out;
  }

  private host(depth: number): ExpansionHost & { lastSubstitutionExit: number | undefined; rawError(text: string): void } {
    const self = this;
    const host = {
      fs: this.fs,
      lastSubstitutionExit: undefined as number | undefined,
      variable(name: string): string {
        self.charge(self.state.env.get(name)?.length ?? 0);
        if (name === '?') return String(self.state.lastExitCode);
        if (name === '$') return '4242';
        if (name === '#') return '0';
        if (name === '0') return 'bash';
        return self.state.env.get(name) ?? '';
      },
      isSet(name: string): boolean {
        return self.state.env.has(name) || '?$#0'.includes(name);
      },
      assign(name: string, value: string): void {
        self.state.env.set(name, value);
      },
      substitute(source: string): string {
        if (depth + 1 > MAX_SUBSTITUTION_DEPTH) {
          host.error(`command substitution nested more than ${MAX_SUBSTITUTION_DEPTH} deep (drill terminal limit)`);
          return '';
        }
        const r = self.runSource(source, '', depth + 1);
        host.lastSubstitutionExit = r.exitCode;
        if (r.stderr) host.rawError(r.stderr);
        return r.stdout.replace(/\n+$/, '');
      },
      error(_message: string): void {},
      rawError(_text: string): void {},
    };
    return host;
  }

  private shellHost(depth: number): ShellHost {
    return {
      state: this.state,
      fs: this.fs,
      dispatch: (argv, stdin, tty) => this.dispatch(argv, stdin, depth, tty),
      countIteration: () => ++this.iterations <= MAX_LOOP_ITERATIONS,
      charge: (n) => this.charge(n),
    };
  }

  private charge(n: number): void {
    this.chars += n;
    if (this.chars > MAX_LINE_CHARS) throw new LineLimitError();
  }

  /** Opens redirections left to right, as the shell does before running the command. */
  private openRedirects(redirects: Redirect[], host: ExpansionHost): { out: Sink; err: Sink; stdin?: string } | { error: string } {
    const fds: { out: Sink; err: Sink; stdin?: string } = { out: { kind: 'stdout' }, err: { kind: 'stderr' } };
    for (const r of redirects) {
      if (r.op === '<<') {
        fds.stdin = expandToString(r.target, host);
        continue;
      }
      const fields = expandWord(r.target, host);
      if (fields.length !== 1) return { error: bashError(`${r.target.raw}: ambiguous redirect`) };
      const target = fields[0]!;
      if (r.op === '>&' && /^\d+$|^-$/.test(target)) {
        // `2>&1` copies where descriptor 1 points now; `>&-` closes.
        const copies: Record<string, Sink> = { '1': fds.out, '2': fds.err, '-': { kind: 'null' } };
        const from = copies[target];
        if (!from) return { error: bashError(`${target}: Bad file descriptor`) };
        if (r.fd === 1) fds.out = from;
        else if (r.fd === 2) fds.err = from;
        continue;
      }
      if (r.op === '<') {
        if (r.fd !== 0) continue;
        const text = this.fs.read(target);
        if (text === undefined) return { error: bashError(`${target}: ${this.fs.isDir(target) ? 'Is a directory' : 'No such file or directory'}`) };
        fds.stdin = text;
        continue;
      }
      const sink = this.openForWriting(target, r.op === '>>' || r.op === '&>>');
      if ('error' in sink) return sink;
      if (r.op === '&>' || r.op === '&>>' || r.op === '>&') {
        fds.out = sink;
        fds.err = sink;
      } else if (r.fd === 1) fds.out = sink;
      else if (r.fd === 2) fds.err = sink;
    }
    return fds;
  }

  private openForWriting(target: string, append: boolean): Sink | { error: string } {
    if (target === '/dev/null') return { kind: 'null' };
    if (target === '/dev/stdout') return { kind: 'stdout' };
    if (target === '/dev/stderr') return { kind: 'stderr' };
    if (target === '') return { error: bashError(': No such file or directory') };
    if (this.fs.isDir(target)) return { error: bashError(`${target}: Is a directory`) };
    if (!this.fs.parentExists(target)) return { error: bashError(`${target}: No such file or directory`) };
    if (append) this.fs.append(target, '');
    else this.fs.write(target, '');
    return { kind: 'file', path: target };
  }

  private route(r: CommandResult, sinks: { out: Sink; err: Sink }): CommandResult {
    const out = { exitCode: r.exitCode, stdout: '', stderr: '' };
    const write = (sink: Sink, text: string) => {
      if (!text) return;
      if (sink.kind === 'stdout') out.stdout += text;
      else if (sink.kind === 'stderr') out.stderr += text;
      else if (sink.kind === 'file') this.fs.append(sink.path, text);
    };
    write(sinks.out, r.stdout);
    write(sinks.err, r.stderr);
    return out;
  }

  private dispatch(argv: string[], stdin: string, depth: number, tty: boolean): CommandResult {
    const name = argv[0]!;
    const kubectl = kubectlArgv(argv);
    if (kubectl) return runKubectl(this.sim, kubectl, stdin);
    if (SHELL_BUILTINS.has(name)) return runShellBuiltin(this.shellHost(depth), argv, stdin, tty);
    const tool = TOOLS.get(name);
    if (tool) return tool({ name, args: argv.slice(1), stdin, fs: this.fs, env: this.state.env, tty, now: this.sim.cluster.now() });
    if (name.includes('/')) {
      const exists = this.fs.isFile(name) || this.fs.isDir(name);
      return { exitCode: exists ? 126 : 127, stdout: '', stderr: bashError(`${name}: ${exists ? 'Permission denied' : 'No such file or directory'}`) };
    }
    return { exitCode: 127, stdout: '', stderr: commandNotFound(name) };
  }

}

