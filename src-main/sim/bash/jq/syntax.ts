/**
 * jq's filter language, the part kubectl exercises use: paths (`.a.b`, `.a[]`, `.[0]`, `.["k"]`,
 * slices, `?`, `..`), pipes, commas, arithmetic, comparisons, and/or, `//`, object and array
 * construction (`{name}`, `{name: .x}`, `{(.k): .v}`), string interpolation, `@base64`-style
 * formats, `$var`, `… as $x | …`, `if … then … elif … else … end`, `try … catch …`,
 * assignment (`=`, `|=`, `+=`…) and function calls. Precedence follows jq's grammar:
 * `|` < `,` < `//` < assignment < `or` < `and` < comparison < `+ -` < `* / %`.
 */
import type { Json } from './json';

export type Node =
  | { kind: 'identity' }
  | { kind: 'recurse' }
  | { kind: 'field'; target: Node; name: string }
  | { kind: 'index'; target: Node; index: Node }
  | { kind: 'slice'; target: Node; from: Node | null; to: Node | null }
  | { kind: 'iterate'; target: Node }
  | { kind: 'try'; body: Node; handler: Node | null }
  | { kind: 'literal'; value: Json }
  | { kind: 'string'; parts: (string | Node)[]; format?: string }
  | { kind: 'format'; name: string }
  | { kind: 'pipe'; left: Node; right: Node }
  | { kind: 'comma'; left: Node; right: Node }
  | { kind: 'binary'; op: string; left: Node; right: Node }
  | { kind: 'neg'; body: Node }
  | { kind: 'array'; body: Node | null }
  | { kind: 'object'; entries: { key: Node; value: Node }[] }
  | { kind: 'var'; name: string }
  | { kind: 'bind'; source: Node; name: string; body: Node }
  | { kind: 'if'; cond: Node; then: Node; else: Node | null }
  | { kind: 'reduce'; source: Node; name: string; init: Node; update: Node }
  | { kind: 'call'; name: string; args: Node[] };

type Tok =
  | { t: 'field'; v: string }
  | { t: 'ident'; v: string }
  | { t: 'var'; v: string }
  | { t: 'format'; v: string }
  | { t: 'num'; v: number }
  | { t: 'str'; parts: (string | Node)[] }
  | { t: 'op'; v: string }
  | { t: 'invalid'; v: string }
  | { t: 'eof' };

export class JqSyntaxError extends Error {}

const KEYWORDS = new Set(['if', 'then', 'elif', 'else', 'end', 'as', 'def', 'reduce', 'foreach', 'try', 'catch', 'label', 'import', 'include', 'and', 'or', '__loc__']);
const OPS = ['?//=', '?//', '|=', '+=', '-=', '*=', '/=', '%=', '//=', '==', '!=', '<=', '>=', '//', '..', '|', ',', '+', '-', '*', '/', '%', '=', '<', '>', '(', ')', '[', ']', '{', '}', ':', ';', '?', '.'];
const MAX_NESTING = 200;

function lex(src: string, depth: number): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '#') {
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    const rest = src.slice(i);
    let m = /^\.[A-Za-z_][A-Za-z0-9_]*/.exec(rest);
    if (m) {
      toks.push({ t: 'field', v: m[0].slice(1) });
      i += m[0].length;
      continue;
    }
    m = /^\$(__loc__|[A-Za-z_][A-Za-z0-9_]*)/.exec(rest);
    if (m) {
      toks.push({ t: 'var', v: m[1]! });
      i += m[0].length;
      continue;
    }
    m = /^@[A-Za-z0-9_]+/.exec(rest);
    if (m) {
      toks.push({ t: 'format', v: m[0] });
      i += m[0].length;
      continue;
    }
    m = /^[A-Za-z_][A-Za-z0-9_]*(::[A-Za-z_][A-Za-z0-9_]*)*/.exec(rest);
    if (m) {
      toks.push({ t: 'ident', v: m[0] });
      i += m[0].length;
      continue;
    }
    m = /^(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?/.exec(rest);
    if (m) {
      toks.push({ t: 'num', v: Number(m[0]) });
      i += m[0].length;
      continue;
    }
    if (c === '"') {
      const r = lexString(src, i, depth);
      toks.push({ t: 'str', parts: r.parts });
      i = r.end;
      continue;
    }
    const op = OPS.find((o) => src.startsWith(o, i));
    if (op) {
      toks.push({ t: 'op', v: op });
      i += op.length;
      continue;
    }
    toks.push({ t: 'invalid', v: c });
    i++;
  }
  toks.push({ t: 'eof' });
  return toks;
}

function lexString(src: string, start: number, depth: number): { parts: (string | Node)[]; end: number } {
  const parts: (string | Node)[] = [];
  let cur = '';
  let j = start + 1;
  while (true) {
    const c = src[j];
    if (c === undefined) throw new JqSyntaxError('syntax error, unexpected end of file, expecting QQSTRING_TEXT or QQSTRING_INTERP_START or QQSTRING_END');
    if (c === '"') break;
    if (c === '\\') {
      const n = src[j + 1];
      if (n === '(') {
        const close = matchingClose(src, j + 1);
        if (close < 0) throw new JqSyntaxError('syntax error, unexpected end of file');
        if (cur) parts.push(cur);
        cur = '';
        parts.push(parseAt(src.slice(j + 2, close), depth + 1));
        j = close + 1;
        continue;
      }
      const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
      if (n !== undefined && n in simple) {
        cur += simple[n];
        j += 2;
      } else if (n === 'u' && /^[0-9a-fA-F]{4}$/.test(src.slice(j + 2, j + 6))) {
        cur += String.fromCharCode(parseInt(src.slice(j + 2, j + 6), 16));
        j += 6;
      } else throw new JqSyntaxError(`syntax error, unexpected INVALID_CHARACTER, expecting QQSTRING_TEXT or QQSTRING_INTERP_START or QQSTRING_END`);
      continue;
    }
    cur += c;
    j++;
  }
  if (cur || parts.length === 0) parts.push(cur);
  return { parts, end: j + 1 };
}

/** The `)` closing the `(` at `open` inside a jq program, skipping strings. */
function matchingClose(src: string, open: number): number {
  let depth = 0;
  for (let k = open; k < src.length; k++) {
    const c = src[k];
    if (c === '"') {
      k++;
      while (k < src.length && src[k] !== '"') k += src[k] === '\\' ? 2 : 1;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return k;
  }
  return -1;
}

export function parseFilter(src: string): Node {
  if (src.trim() === '') return { kind: 'identity' };
  return parseAt(src, 0);
}

function parseAt(src: string, depth: number): Node {
  if (depth > MAX_NESTING) throw new JqSyntaxError('syntax error, program nested too deeply');
  const p = new Parser(lex(src, depth), depth);
  const node = p.pipe();
  p.expectEnd();
  return node;
}

function describe(tok: Tok): string {
  switch (tok.t) {
    case 'eof':
      return 'end of file';
    case 'field':
      return 'FIELD';
    case 'ident':
      return KEYWORDS.has(tok.v) ? tok.v : 'IDENT';
    case 'var':
      return '$' + tok.v;
    case 'format':
      return 'FORMAT';
    case 'num':
      return 'LITERAL';
    case 'str':
      return 'QQSTRING_START';
    case 'invalid':
      return 'INVALID_CHARACTER';
    case 'op':
      return tok.v.length === 1 ? `'${tok.v}'` : tok.v;
  }
}

class Parser {
  private i = 0;
  private nesting = 0;
  constructor(
    private readonly toks: Tok[],
    private readonly depth: number,
  ) {}

  private peek(): Tok {
    return this.toks[this.i]!;
  }

  private isOp(v: string): boolean {
    const t = this.peek();
    return t.t === 'op' && t.v === v;
  }

  private isWord(v: string): boolean {
    const t = this.peek();
    return t.t === 'ident' && t.v === v;
  }

  private fail(): never {
    throw new JqSyntaxError(`syntax error, unexpected ${describe(this.peek())}`);
  }

  private expectOp(v: string): void {
    if (!this.isOp(v)) this.fail();
    this.i++;
  }

  private expectWord(v: string): void {
    if (!this.isWord(v)) this.fail();
    this.i++;
  }

  expectEnd(): void {
    if (this.peek().t !== 'eof') this.fail();
  }

  private nest<T>(f: () => T): T {
    if (++this.nesting + this.depth * 10 > MAX_NESTING) throw new JqSyntaxError('syntax error, program nested too deeply');
    try {
      return f();
    } finally {
      this.nesting--;
    }
  }

  /** Pipe level; `noComma` inside object values, where `,` separates entries. */
  pipe(noComma = false): Node {
    return this.nest(() => {
      if (this.isWord('def')) throw new JqSyntaxError('syntax error: function definitions (def) are not available in the drill terminal');
      const left = noComma ? this.alternative() : this.comma();
      if (this.isWord('as')) {
        this.i++;
        const v = this.peek();
        if (v.t !== 'var') this.fail();
        this.i++;
        this.expectOp('|');
        return { kind: 'bind', source: left, name: v.v, body: this.pipe(noComma) };
      }
      if (this.isOp('|')) {
        this.i++;
        return { kind: 'pipe', left, right: this.pipe(noComma) };
      }
      return left;
    });
  }

  private comma(): Node {
    let left = this.alternative();
    while (this.isOp(',')) {
      this.i++;
      left = { kind: 'comma', left, right: this.alternative() };
    }
    return left;
  }

  private alternative(): Node {
    const left = this.assignment();
    if (this.isOp('//')) {
      this.i++;
      return { kind: 'binary', op: '//', left, right: this.alternative() };
    }
    return left;
  }

  private assignment(): Node {
    const left = this.or();
    const t = this.peek();
    if (t.t === 'op' && ['=', '|=', '+=', '-=', '*=', '/=', '%=', '//='].includes(t.v)) {
      this.i++;
      return { kind: 'binary', op: t.v, left, right: this.alternative() };
    }
    return left;
  }

  private or(): Node {
    let left = this.and();
    while (this.isWord('or')) {
      this.i++;
      left = { kind: 'binary', op: 'or', left, right: this.and() };
    }
    return left;
  }

  private and(): Node {
    let left = this.compare();
    while (this.isWord('and')) {
      this.i++;
      left = { kind: 'binary', op: 'and', left, right: this.compare() };
    }
    return left;
  }

  private compare(): Node {
    const left = this.additive();
    const t = this.peek();
    if (t.t === 'op' && ['==', '!=', '<', '<=', '>', '>='].includes(t.v)) {
      this.i++;
      const right = this.additive();
      const next = this.peek();
      if (next.t === 'op' && ['==', '!=', '<', '<=', '>', '>='].includes(next.v)) this.fail();
      return { kind: 'binary', op: t.v, left, right };
    }
    return left;
  }

  private additive(): Node {
    let left = this.multiplicative();
    while (this.isOp('+') || this.isOp('-')) {
      const op = (this.toks[this.i++] as { v: string }).v;
      left = { kind: 'binary', op, left, right: this.multiplicative() };
    }
    return left;
  }

  private multiplicative(): Node {
    let left = this.unary();
    while (this.isOp('*') || this.isOp('/') || this.isOp('%')) {
      const op = (this.toks[this.i++] as { v: string }).v;
      left = { kind: 'binary', op, left, right: this.unary() };
    }
    return left;
  }

  private unary(): Node {
    if (this.isOp('-')) {
      this.i++;
      return { kind: 'neg', body: this.unary() };
    }
    return this.postfix();
  }

  private postfix(): Node {
    return this.nest(() => {
      let node = this.primary();
      while (true) {
        const t = this.peek();
        if (t.t === 'field') {
          this.i++;
          node = { kind: 'field', target: node, name: t.v };
        } else if (this.isOp('.') && this.toks[this.i + 1]?.t === 'str') {
          this.i++;
          node = { kind: 'index', target: node, index: this.stringLiteral() };
        } else if (this.isOp('.') && this.toks[this.i + 1]?.t === 'op' && (this.toks[this.i + 1] as { v: string }).v === '[') {
          this.i++;
        } else if (this.isOp('[')) {
          node = this.bracket(node);
        } else if (this.isOp('?')) {
          this.i++;
          node = { kind: 'try', body: node, handler: null };
        } else return node;
      }
    });
  }

  private bracket(target: Node): Node {
    this.expectOp('[');
    if (this.isOp(']')) {
      this.i++;
      return { kind: 'iterate', target };
    }
    if (this.isOp(':')) {
      this.i++;
      const to = this.pipe();
      this.expectOp(']');
      return { kind: 'slice', target, from: null, to };
    }
    const index = this.pipe();
    if (this.isOp(':')) {
      this.i++;
      const to = this.isOp(']') ? null : this.pipe();
      this.expectOp(']');
      return { kind: 'slice', target, from: index, to };
    }
    this.expectOp(']');
    return { kind: 'index', target, index };
  }

  private stringLiteral(): Node {
    const t = this.toks[this.i++] as Extract<Tok, { t: 'str' }>;
    if (t.parts.length === 1 && typeof t.parts[0] === 'string') return { kind: 'literal', value: t.parts[0] };
    return { kind: 'string', parts: t.parts };
  }

  private primary(): Node {
    const t = this.peek();
    switch (t.t) {
      case 'field':
        this.i++;
        return { kind: 'field', target: { kind: 'identity' }, name: t.v };
      case 'num':
        this.i++;
        return { kind: 'literal', value: t.v };
      case 'str':
        return this.stringLiteral();
      case 'format': {
        this.i++;
        const s = this.peek();
        if (s.t === 'str') {
          this.i++;
          return { kind: 'string', parts: s.parts, format: t.v };
        }
        return { kind: 'format', name: t.v };
      }
      case 'var':
        this.i++;
        return { kind: 'var', name: t.v };
      case 'ident':
        return this.word(t.v);
      case 'op':
        return this.opPrimary(t.v);
      default:
        return this.fail();
    }
  }

  private opPrimary(v: string): Node {
    if (v === '.') {
      this.i++;
      const next = this.peek();
      if (next.t === 'str') return { kind: 'index', target: { kind: 'identity' }, index: this.stringLiteral() };
      return { kind: 'identity' };
    }
    if (v === '..') {
      this.i++;
      return { kind: 'recurse' };
    }
    if (v === '(') {
      this.i++;
      const body = this.pipe();
      this.expectOp(')');
      return body;
    }
    if (v === '[') {
      this.i++;
      if (this.isOp(']')) {
        this.i++;
        return { kind: 'array', body: null };
      }
      const body = this.pipe();
      this.expectOp(']');
      return { kind: 'array', body };
    }
    if (v === '{') return this.object();
    return this.fail();
  }

  private word(v: string): Node {
    if (v === 'if') return this.ifExpr();
    if (v === 'try') {
      this.i++;
      const body = this.postfixOrUnary();
      let handler: Node | null = null;
      if (this.isWord('catch')) {
        this.i++;
        handler = this.postfixOrUnary();
      }
      return { kind: 'try', body, handler };
    }
    if (v === 'reduce') {
      this.i++;
      const source = this.postfix();
      this.expectWord('as');
      const name = this.peek();
      if (name.t !== 'var') this.fail();
      this.i++;
      this.expectOp('(');
      const init = this.pipe();
      this.expectOp(';');
      const update = this.pipe();
      this.expectOp(')');
      return { kind: 'reduce', source, name: name.v, init, update };
    }
    if (KEYWORDS.has(v) && v !== '__loc__') this.fail();
    this.i++;
    if (v === 'true' || v === 'false') return { kind: 'literal', value: v === 'true' };
    if (v === 'null') return { kind: 'literal', value: null };
    const args: Node[] = [];
    if (this.isOp('(')) {
      this.i++;
      args.push(this.pipe());
      while (this.isOp(';')) {
        this.i++;
        args.push(this.pipe());
      }
      this.expectOp(')');
    }
    return { kind: 'call', name: v, args };
  }

  private postfixOrUnary(): Node {
    return this.unary();
  }

  private ifExpr(): Node {
    this.i++;
    const cond = this.pipe();
    this.expectWord('then');
    const then = this.pipe();
    let otherwise: Node | null = null;
    if (this.isWord('elif')) {
      otherwise = this.ifExpr();
      return { kind: 'if', cond, then, else: otherwise };
    }
    if (this.isWord('else')) {
      this.i++;
      otherwise = this.pipe();
    }
    this.expectWord('end');
    return { kind: 'if', cond, then, else: otherwise };
  }

  private object(): Node {
    this.expectOp('{');
    const entries: { key: Node; value: Node }[] = [];
    if (this.isOp('}')) {
      this.i++;
      return { kind: 'object', entries };
    }
    while (true) {
      const t = this.peek();
      let key: Node;
      let shorthand: Node | null = null;
      if (t.t === 'ident') {
        this.i++;
        key = { kind: 'literal', value: t.v };
        shorthand = { kind: 'field', target: { kind: 'identity' }, name: t.v };
      } else if (t.t === 'var') {
        this.i++;
        key = { kind: 'literal', value: t.v };
        shorthand = { kind: 'var', name: t.v };
      } else if (t.t === 'str') {
        key = this.stringLiteral();
        shorthand = { kind: 'index', target: { kind: 'identity' }, index: key };
      } else if (t.t === 'num') {
        this.i++;
        key = { kind: 'literal', value: t.v };
      } else if (t.t === 'format') {
        this.i++;
        key = { kind: 'format', name: t.v };
      } else if (this.isOp('(')) {
        this.i++;
        key = this.pipe();
        this.expectOp(')');
      } else return this.fail();
      let value: Node;
      if (this.isOp(':')) {
        this.i++;
        value = this.objectValue();
      } else if (shorthand) value = shorthand;
      else return this.fail();
      entries.push({ key, value });
      if (this.isOp(',')) {
        this.i++;
        continue;
      }
      this.expectOp('}');
      return { kind: 'object', entries };
    }
  }

  /** jq's ObjVal: a term, optionally piped (`{a: .b | .c}`), without a top-level comma. */
  private objectValue(): Node {
    let left = this.alternative();
    while (this.isOp('|')) {
      this.i++;
      left = { kind: 'pipe', left, right: this.alternative() };
    }
    return left;
  }
}
