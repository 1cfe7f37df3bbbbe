/**
 * The `jq` command: options, compile errors (exit 3), input parse errors (exit 2), runtime errors
 * (exit 5, `jq: error (at <stdin>:N): …`), `-e` exit statuses, as jq 1.7 reports them.
 */
import type { Tool } from '../builtins/types';
import { dump, parseJsonStream, type Json, type ParsedValue } from './json';
import { Evaluator, isDefined, JqRuntimeError, truthy } from './evaluate';
import { JqSyntaxError, parseFilter, type Node } from './syntax';

interface JqOptions {
  raw: boolean;
  join: boolean;
  compact: boolean;
  nullInput: boolean;
  slurp: boolean;
  rawInput: boolean;
  exitStatus: boolean;
  sortKeys: boolean;
  tab: boolean;
  indent: number;
  vars: Map<string, Json>;
  filter?: string;
  files: string[];
}

const USAGE_HINT = 'Use jq --help for help with command-line options,\nor see the jq manpage, or online docs  at https://jqlang.github.io/jq';

function parseOptions(args: string[]): JqOptions | string {
  const o: JqOptions = { raw: false, join: false, compact: false, nullInput: false, slurp: false, rawInput: false, exitStatus: false, sortKeys: false, tab: false, indent: 2, vars: new Map(), files: [] };
  const positional: string[] = [];
  const short: Record<string, keyof JqOptions> = { r: 'raw', j: 'join', c: 'compact', n: 'nullInput', s: 'slurp', R: 'rawInput', e: 'exitStatus', S: 'sortKeys' };
  const long: Record<string, keyof JqOptions> = { '--raw-output': 'raw', '--join-output': 'join', '--compact-output': 'compact', '--null-input': 'nullInput', '--slurp': 'slurp', '--raw-input': 'rawInput', '--exit-status': 'exitStatus', '--sort-keys': 'sortKeys', '--tab': 'tab' };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--arg' || a === '--argjson') {
      const name = args[i + 1];
      const value = args[i + 2];
      if (name === undefined || value === undefined) return `jq: ${a} takes two parameters (e.g. ${a} varname ${a === '--arg' ? 'value' : 'text'})\n${USAGE_HINT}`;
      if (a === '--arg') o.vars.set(name, value);
      else {
        const parsed = parseJsonStream(value);
        if (parsed.error || parsed.values.length !== 1) return `jq: Invalid JSON text passed to --argjson\n${USAGE_HINT}`;
        o.vars.set(name, parsed.values[0]!.value);
      }
      i += 2;
    } else if (a === '--indent') {
      const n = Number(args[++i]);
      if (!Number.isInteger(n) || n < 0 || n > 7) return n > 7 ? 'jq: Cannot indent more than 7 characters' : `jq: --indent takes one parameter\n${USAGE_HINT}`;
      o.indent = n;
    } else if (a in long) (o[long[a]!] as boolean) = true;
    else if (/^-[a-zA-Z]+$/.test(a)) {
      for (const f of a.slice(1)) {
        if (f in short) (o[short[f]!] as boolean) = true;
        else if ('aCM'.includes(f)) continue;
        else return `jq: Unknown option: ${a}\n${USAGE_HINT}`;
      }
    } else if (a === '--color-output' || a === '--monochrome-output' || a === '--ascii-output') continue;
    else if (a.startsWith('--') && a.length > 2) return `jq: Unknown option: ${a}\n${USAGE_HINT}`;
    else positional.push(a);
  }
  if (o.join) o.raw = true;
  o.filter = positional[0];
  o.files = positional.slice(1);
  return o;
}

/** jq compiles the whole program first: an unknown function or variable is a compile error. */
function checkNames(node: Node, scope: Set<string>): string | undefined {
  const visit = (n: Node, s: Set<string>): string | undefined => {
    switch (n.kind) {
      case 'call':
        if (!isDefined(n.name, n.args.length)) return `${n.name}/${n.args.length} is not defined`;
        return first(n.args.map((a) => () => visit(a, s)));
      case 'var':
        return s.has(n.name) || n.name === 'ENV' || n.name === '__loc__' ? undefined : `$${n.name} is not defined`;
      case 'bind':
        return visit(n.source, s) ?? visit(n.body, new Set([...s, n.name]));
      case 'reduce':
        return visit(n.source, s) ?? visit(n.init, s) ?? visit(n.update, new Set([...s, n.name]));
      case 'field':
      case 'iterate':
        return visit(n.target, s);
      case 'index':
        return visit(n.target, s) ?? visit(n.index, s);
      case 'slice':
        return visit(n.target, s) ?? (n.from ? visit(n.from, s) : undefined) ?? (n.to ? visit(n.to, s) : undefined);
      case 'try':
        return visit(n.body, s) ?? (n.handler ? visit(n.handler, s) : undefined);
      case 'string':
        return first(n.parts.map((p) => () => (typeof p === 'string' ? undefined : visit(p, s))));
      case 'pipe':
      case 'comma':
      case 'binary':
        return visit(n.left, s) ?? visit(n.right, s);
      case 'neg':
        return visit(n.body, s);
      case 'array':
        return n.body ? visit(n.body, s) : undefined;
      case 'object':
        return first(n.entries.map((e) => () => visit(e.key, s) ?? visit(e.value, s)));
      case 'if':
        return visit(n.cond, s) ?? visit(n.then, s) ?? (n.else ? visit(n.else, s) : undefined);
      default:
        return undefined;
    }
  };
  return visit(node, scope);
}

function first(fs: (() => string | undefined)[]): string | undefined {
  for (const f of fs) {
    const r = f();
    if (r !== undefined) return r;
  }
  return undefined;
}

export const jq: Tool = (call) => {
  const opts = parseOptions(call.args);
  if (typeof opts === 'string') return { exitCode: 2, stdout: '', stderr: opts + '\n' };
  const program = opts.filter ?? '.';
  let filter: Node;
  try {
    filter = parseFilter(program);
    const unknown = checkNames(filter, new Set(opts.vars.keys()));
    if (unknown) throw new JqSyntaxError(unknown);
  } catch (e) {
    if (!(e instanceof JqSyntaxError)) throw e;
    const shellHint = e.message.includes('unexpected') ? ' (Unix shell quoting issues?)' : '';
    return { exitCode: 3, stdout: '', stderr: `jq: error: ${e.message}${shellHint} at <top-level>, line 1:\n${program}\njq: 1 compile error\n` };
  }

  // Inputs: the named files one after another, else standard input.
  const sources: { name: string; text: string }[] = [];
  let stderr = '';
  for (const f of opts.files) {
    const text = call.fs.read(f);
    if (text === undefined) {
      stderr += `jq: error: Could not open ${f}: ${call.fs.isDir(f) ? 'Is a directory' : 'No such file or directory'}\n`;
      continue;
    }
    sources.push({ name: f, text });
  }
  if (opts.files.length === 0) sources.push({ name: '<stdin>', text: call.stdin });
  if (stderr && sources.length === 0) return { exitCode: 2, stdout: '', stderr };

  let inputs: { value: Json; at: string }[] = [];
  let parseError: string | undefined;
  for (const src of sources) {
    if (opts.rawInput) {
      const ls = src.text.split('\n');
      if (ls[ls.length - 1] === '') ls.pop();
      inputs.push(...ls.map((l, i) => ({ value: l as Json, at: `${src.name}:${i + 1}` })));
      continue;
    }
    const parsed = parseJsonStream(src.text);
    inputs.push(...parsed.values.map((v: ParsedValue) => ({ value: v.value, at: `${src.name}:${v.line}` })));
    if (parsed.error) {
      parseError = parsed.error;
      break;
    }
  }
  if (opts.slurp) {
    const all = opts.rawInput ? [inputs.map((i) => i.value as string).join('\n') + (inputs.length ? '\n' : '')] : [inputs.map((i) => i.value)];
    inputs = [{ value: all[0]!, at: `${sources[sources.length - 1]?.name ?? '<stdin>'}:${lastLine(call.stdin)}` }];
  }
  if (opts.nullInput) inputs = [{ value: null, at: '<unknown>' }];

  const ev = new Evaluator(call.env);
  let stdout = '';
  let exitCode = 0;
  let last: Json | undefined;
  let produced = false;
  for (const input of inputs) {
    try {
      for (const out of ev.run(filter, input.value, opts.vars)) {
        produced = true;
        last = out;
        stdout += formatOutput(out, opts);
      }
    } catch (e) {
      if (!(e instanceof JqRuntimeError)) throw e;
      const where = input.at === '<unknown>' ? '(at <unknown>)' : `(at ${input.at})`;
      stderr += typeof e.value === 'string' ? `jq: error ${where}: ${e.value}\n` : `jq: error ${where} (not a string): ${dump(e.value, { compact: true })}\n`;
      exitCode = 5;
    }
  }
  if (parseError) {
    stderr += parseError + '\n';
    exitCode = 2;
  }
  if (opts.exitStatus && exitCode === 0) exitCode = !produced ? 4 : truthy(last ?? null) ? 0 : 1;
  return { exitCode, stdout, stderr };
};

function lastLine(text: string): number {
  return (text.match(/\n/g) ?? []).length;
}

function formatOutput(v: Json, o: JqOptions): string {
  const text = o.raw && typeof v === 'string' ? v : dump(v, { compact: o.compact, tab: o.tab, indent: o.indent, sortKeys: o.sortKeys });
  return o.join ? text : text + '\n';
}
