/**
 * The awk one-liners learners pipe kubectl into: `awk '{print $1}'`, `awk -F: '{print $2, $NF}'`,
 * `awk 'NR>1 {print $1}'`, `awk '/Running/ {print $1}'`. A program is one optional pattern
 * (/regex/, `$N ~ /re/`, or a comparison of NR, NF, $N with a number or string) and one
 * `{print …}` action; anything richer is refused with a clear message rather than misread.
 */
import { posixToJs } from './grep';
import { fail, lines, readInputs, type Tool } from './types';

type Expr = { kind: 'field'; index: Expr } | { kind: 'num'; value: number } | { kind: 'str'; value: string } | { kind: 'var'; name: 'NR' | 'NF' };
type Pattern =
  | { kind: 'always' }
  | { kind: 'regex'; re: RegExp; subject?: Expr; negate: boolean }
  | { kind: 'compare'; left: Expr; op: string; right: Expr };
interface Program {
  pattern: Pattern;
  /** Each print item is a concatenation of expressions; items are joined by OFS (a space). */
  print: Expr[][] | null;
}

class AwkSyntax extends Error {}

function parseProgram(src: string): Program {
  let i = 0;
  const s = src.trim();
  const ws = () => {
    while (i < s.length && /\s/.test(s[i]!)) i++;
  };
  const regex = (): RegExp => {
    const end = findRegexEnd(s, i + 1);
    if (end < 0) throw new AwkSyntax('unterminated regexp');
    const body = s.slice(i + 1, end);
    i = end + 1;
    try {
      return new RegExp(posixToJs(body, true));
    } catch {
      throw new AwkSyntax(`invalid regexp /${body}/`);
    }
  };
  const expr = (): Expr => {
    ws();
    const c = s[i];
    if (c === '$') {
      i++;
      ws();
      if (s[i] === '(') {
        i++;
        const inner = expr();
        ws();
        if (s[i++] !== ')') throw new AwkSyntax('missing )');
        return { kind: 'field', index: inner };
      }
      const m = /^(\d+|NF|NR)/.exec(s.slice(i));
      if (!m) throw new AwkSyntax(`unexpected character after $`);
      i += m[0].length;
      return { kind: 'field', index: /^\d/.test(m[0]) ? { kind: 'num', value: Number(m[0]) } : { kind: 'var', name: m[0] as 'NF' | 'NR' } };
    }
    if (c === '"') {
      let j = i + 1;
      let v = '';
      while (j < s.length && s[j] !== '"') {
        if (s[j] === '\\' && j + 1 < s.length) {
          const n = s[++j]!;
          v += n === 'n' ? '\n' : n === 't' ? '\t' : n;
        } else v += s[j];
        j++;
      }
      if (j >= s.length) throw new AwkSyntax('non-terminated string');
      i = j + 1;
      return { kind: 'str', value: v };
    }
    const m = /^(\d+(?:\.\d+)?|NR|NF)/.exec(s.slice(i));
    if (!m) throw new AwkSyntax(`syntax error at source line 1`);
    i += m[0].length;
    return /^\d/.test(m[0]) ? { kind: 'num', value: Number(m[0]) } : { kind: 'var', name: m[0] as 'NR' | 'NF' };
  };
  let pattern: Pattern = { kind: 'always' };
  ws();
  if (s[i] === '/') pattern = { kind: 'regex', re: regex(), negate: false };
  else if (s[i] === '!' && s[i + 1] === '/') {
    i++;
    pattern = { kind: 'regex', re: regex(), negate: true };
  } else if (s[i] !== '{') {
    const left = expr();
    ws();
    const op = /^(==|!=|<=|>=|<|>|!~|~)/.exec(s.slice(i))?.[0];
    if (!op) throw new AwkSyntax('syntax error at source line 1');
    i += op.length;
    ws();
    if (op === '~' || op === '!~') {
      if (s[i] !== '/') throw new AwkSyntax('syntax error at source line 1');
      pattern = { kind: 'regex', re: regex(), subject: left, negate: op === '!~' };
    } else pattern = { kind: 'compare', left, op, right: expr() };
  }
  ws();
  if (i >= s.length) return { pattern, print: null };
  if (s[i] !== '{') throw new AwkSyntax('syntax error at source line 1');
  i++;
  ws();
  let print: Expr[][] | null = null;
  if (s[i] === '}') print = [];
  else {
    if (!s.startsWith('print', i)) throw new AwkSyntax('unsupported');
    i += 5;
    ws();
    const items: Expr[][] = [];
    let current: Expr[] = [];
    while (i < s.length && s[i] !== '}' && s[i] !== ';') {
      if (s[i] === ',') {
        items.push(current);
        current = [];
        i++;
      } else current.push(expr());
      ws();
    }
    if (current.length) items.push(current);
    print = items.length ? items : null;
    if (s[i] === ';') i++;
    ws();
    if (s[i] !== '}') throw new AwkSyntax('unsupported');
    // An empty `print` prints the record.
    if (items.length === 0) print = null;
  }
  i++;
  ws();
  if (i < s.length) throw new AwkSyntax('unsupported');
  return { pattern, print: print ?? null };
}

function findRegexEnd(s: string, from: number): number {
  for (let j = from; j < s.length; j++) {
    if (s[j] === '\\') j++;
    else if (s[j] === '/') return j;
  }
  return -1;
}

export const awk: Tool = (call) => {
  let sep: string | undefined;
  const rest: string[] = [];
  for (let i = 0; i < call.args.length; i++) {
    const a = call.args[i]!;
    if (a === '-F') sep = call.args[++i];
    else if (a.startsWith('-F')) sep = a.slice(2);
    else rest.push(a);
  }
  const [source, ...files] = rest;
  if (source === undefined) return fail("usage: awk [-F fs] 'program' [file ...]", 2);
  let program: Program;
  try {
    program = parseProgram(source);
  } catch (e) {
    const msg = (e as Error).message;
    if (msg === 'unsupported') return fail(`awk: the drill terminal's awk prints fields only, as in awk '{print $1}' or awk -F: 'NR>1 {print $2, $NF}'`, 2);
    return fail(`awk: ${msg}\n source line number 1`, 2);
  }
  const input = readInputs({ ...call, name: 'awk' }, files);
  const splitter = sep === undefined || sep === ' ' ? null : sep === '\\t' || sep === 't' ? '\t' : sep;
  let separator: string | RegExp | null = splitter;
  if (splitter !== null && splitter.length > 1) {
    try {
      separator = new RegExp(posixToJs(splitter, true));
    } catch {
      return fail(`awk: fatal: Invalid regular expression: /${splitter}/`, 2);
    }
  }
  let out = '';
  lines(input.text).forEach((record, n) => {
    const fields = separator === null ? record.trim().split(/[ \t]+/).filter(Boolean) : record.split(separator);
    const ctx = { record, fields, NR: n + 1 };
    if (!matches(program.pattern, ctx)) return;
    if (program.print === null) out += record + '\n';
    else out += program.print.map((item) => item.map((e) => String(evaluate(e, ctx))).join('')).join(' ') + '\n';
  });
  return { exitCode: input.missing ? 2 : 0, stdout: out, stderr: input.errors };
};

interface Ctx {
  record: string;
  fields: string[];
  NR: number;
}

function evaluate(e: Expr, ctx: Ctx): string | number {
  switch (e.kind) {
    case 'num':
      return e.value;
    case 'str':
      return e.value;
    case 'var':
      return e.name === 'NR' ? ctx.NR : ctx.fields.length;
    case 'field': {
      const n = Math.trunc(Number(evaluate(e.index, ctx)));
      if (!(n >= 0)) return '';
      return n === 0 ? ctx.record : (ctx.fields[n - 1] ?? '');
    }
  }
}

function matches(p: Pattern, ctx: Ctx): boolean {
  if (p.kind === 'always') return true;
  if (p.kind === 'regex') return p.re.test(p.subject ? String(evaluate(p.subject, ctx)) : ctx.record) !== p.negate;
  const l = evaluate(p.left, ctx);
  const r = evaluate(p.right, ctx);
  const numeric = (v: string | number) => typeof v === 'number' || /^\s*[-+]?\d+(\.\d+)?\s*$/.test(v);
  const [a, b] = numeric(l) && numeric(r) ? [Number(l), Number(r)] : [String(l), String(r)];
  switch (p.op) {
    case '==': return a === b;
    case '!=': return a !== b;
    case '<': return a < b;
    case '<=': return a <= b;
    case '>': return a > b;
    default: return a >= b;
  }
}
