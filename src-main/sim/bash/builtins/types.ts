import type { CommandResult } from '../../api/types';
import type { VirtualFs } from '../fs';

/** What a shell tool is given: its arguments (without its name), its standard input and the files. */
export interface ToolCall {
  name: string;
  args: string[];
  stdin: string;
  fs: VirtualFs;
  env: ReadonlyMap<string, string>;
  /** Whether standard output is the terminal (not a pipe or a file): ls prints columns only then. */
  tty: boolean;
  /** The simulator's clock, ms since epoch (ls -l dates). */
  now: number;
}

export type Tool = (call: ToolCall) => CommandResult;

export function ok(stdout = ''): CommandResult {
  return { exitCode: 0, stdout, stderr: '' };
}

export function fail(stderr: string, exitCode = 1, stdout = ''): CommandResult {
  return { exitCode, stdout, stderr: stderr.endsWith('\n') ? stderr : stderr + '\n' };
}

/** Text split into lines as line-oriented tools see it: a final newline does not start another line. */
export function lines(text: string): string[] {
  if (text === '') return [];
  const parts = text.split('\n');
  if (parts[parts.length - 1] === '') parts.pop();
  return parts;
}

export function unlines(xs: readonly string[]): string {
  return xs.map((x) => x + '\n').join('');
}

/**
 * The text a tool reads: the named files in order (`-` is standard input), else standard input.
 * Missing files become `tool: name: No such file or directory` and exit 1, as GNU tools report them.
 */
export function readInputs(call: ToolCall, files: string[]): { text: string; errors: string; missing: boolean; perFile: { name: string; text: string }[] } {
  if (files.length === 0) return { text: call.stdin, errors: '', missing: false, perFile: [{ name: '-', text: call.stdin }] };
  let text = '';
  let errors = '';
  let missing = false;
  const perFile: { name: string; text: string }[] = [];
  for (const f of files) {
    if (f === '-') {
      text += call.stdin;
      perFile.push({ name: f, text: call.stdin });
      continue;
    }
    const content = call.fs.read(f);
    if (content === undefined) {
      missing = true;
      errors += call.fs.isDir(f) ? `${call.name}: ${f}: Is a directory\n` : `${call.name}: ${f}: No such file or directory\n`;
      continue;
    }
    text += content;
    perFile.push({ name: f, text: content });
  }
  return { text, errors, missing, perFile };
}

/**
 * Splits argv into short/long options and operands the getopt way: `-rn` is `-r -n`, `--` ends
 * options, and options listed in `withValue` take the rest of the cluster or the next argument.
 */
export interface ParsedArgs {
  flags: { name: string; value?: string }[];
  operands: string[];
  error?: string;
}

export function parseArgs(args: string[], withValue: string[], opts: { numericShort?: boolean } = {}): ParsedArgs {
  const flags: ParsedArgs['flags'] = [];
  const operands: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('--') ) {
      const eq = a.indexOf('=');
      const name = eq >= 0 ? a.slice(0, eq) : a;
      if (withValue.includes(name)) {
        const value = eq >= 0 ? a.slice(eq + 1) : args[++i];
        if (value === undefined) return { flags, operands, error: `option '${name}' requires an argument` };
        flags.push({ name, value });
      } else flags.push({ name, ...(eq >= 0 ? { value: a.slice(eq + 1) } : {}) });
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      if (opts.numericShort && /^-\d+$/.test(a)) {
        flags.push({ name: '-#', value: a.slice(1) });
        continue;
      }
      for (let j = 1; j < a.length; j++) {
        const name = '-' + a[j];
        if (withValue.includes(name)) {
          const value = j + 1 < a.length ? a.slice(j + 1) : args[++i];
          if (value === undefined) return { flags, operands, error: `option requires an argument -- '${a[j]}'` };
          flags.push({ name, value });
          break;
        }
        flags.push({ name });
      }
      continue;
    }
    operands.push(a);
  }
  return { flags, operands };
}

export function has(p: ParsedArgs, ...names: string[]): boolean {
  return p.flags.some((f) => names.includes(f.name));
}

export function value(p: ParsedArgs, ...names: string[]): string | undefined {
  let v: string | undefined;
  for (const f of p.flags) if (names.includes(f.name)) v = f.value;
  return v;
}

/** GNU's answer to an option the tool does not know (or that the drill terminal's version lacks). */
export function checkFlags(call: ToolCall, p: ParsedArgs, known: string[]): ReturnType<Tool> | undefined {
  if (p.error) return fail(`${call.name}: ${p.error}\nTry '${call.name} --help' for more information.`, call.name === 'grep' ? 2 : 1);
  const bad = p.flags.find((f) => f.name !== '-#' && !known.includes(f.name));
  if (!bad) return undefined;
  const msg = bad.name.startsWith('--') ? `unrecognized option '${bad.name}'` : `invalid option -- '${bad.name.slice(1)}'`;
  return fail(`${call.name}: ${msg}\nTry '${call.name} --help' for more information.`, call.name === 'grep' ? 2 : 1);
}
