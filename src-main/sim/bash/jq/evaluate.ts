/**
 * Runs a jq filter: every expression maps one input to a list of outputs (jq's generators,
 * computed eagerly; inputs are kubectl documents, so lists stay small). Runtime errors carry
 * jq's wording (`Cannot index string with "x"`) and stop the current input, as in jq.
 */
import { compareKeys, dump, isObject, newObject, type Json } from './json';
import type { Node } from './syntax';
import { encodeBase64, decodeBase64 } from '../builtins/base64';
import { byteLength } from '../builtins/utf8';

export class JqRuntimeError extends Error {
  constructor(readonly value: Json) {
    super(typeof value === 'string' ? value : `${dump(value, { compact: true })} (not a string)`);
  }
}

/** Outputs one evaluation may produce before jq here gives up (`range(1e9)` would otherwise hang). */
export const MAX_OUTPUTS = 100_000;
/** Longest string `"x" * n` may build. */
const MAX_STRING = 1_000_000;

type Env = ReadonlyMap<string, Json>;
type Path = (string | number)[];

function fail(message: string): never {
  throw new JqRuntimeError(message);
}

export function typeName(v: Json): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v === 'object' ? 'object' : typeof v;
}

/** A value in an error message, cut as jq cuts it (at most 11 characters, then `...`). */
export function errDump(v: Json): string {
  const s = dump(v, { compact: true });
  return s.length > 14 ? s.slice(0, 11) + '...' : s;
}

function described(v: Json): string {
  return `${typeName(v)} (${errDump(v)})`;
}

export function truthy(v: Json): boolean {
  return v !== null && v !== false;
}

const TYPE_ORDER = ['null', 'boolean', 'number', 'string', 'array', 'object'];

/** jq's total order: null < false < true < numbers < strings < arrays < objects. */
export function compare(a: Json, b: Json): number {
  const ta = TYPE_ORDER.indexOf(typeName(a));
  const tb = TYPE_ORDER.indexOf(typeName(b));
  if (ta !== tb) return ta - tb;
  if (typeof a === 'boolean') return Number(a) - Number(b as boolean);
  if (typeof a === 'number') return a - (b as number);
  if (typeof a === 'string') return compareKeys(a, b as string);
  if (Array.isArray(a)) {
    const bb = b as Json[];
    for (let i = 0; i < Math.min(a.length, bb.length); i++) {
      const c = compare(a[i]!, bb[i]!);
      if (c) return c;
    }
    return a.length - bb.length;
  }
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a).sort(compareKeys);
    const kb = Object.keys(b).sort(compareKeys);
    const c = compare(ka, kb);
    if (c) return c;
    for (const k of ka) {
      const d = compare(a[k]!, b[k]!);
      if (d) return d;
    }
  }
  return 0;
}

function equal(a: Json, b: Json): boolean {
  return compare(a, b) === 0;
}

function index(v: Json, key: Json): Json {
  if (v === null) {
    if (typeof key === 'string' || typeof key === 'number' || key === null) return null;
  }
  if (typeof key === 'string') {
    if (isObject(v)) return v[key] ?? null;
    if (v === null) return null;
    return fail(`Cannot index ${typeName(v)} with "${key}"`);
  }
  if (typeof key === 'number') {
    if (Array.isArray(v)) {
      const i = Math.floor(key);
      return v[i < 0 ? v.length + i : i] ?? null;
    }
    return fail(`Cannot index ${typeName(v)} with number`);
  }
  if (isObject(key) && Array.isArray(v)) {
    const from = key.start;
    const to = key.end;
    return slice(v, typeof from === 'number' ? from : null, typeof to === 'number' ? to : null);
  }
  return fail(`Cannot index ${typeName(v)} with ${typeName(key)}`);
}

function slice(v: Json, from: number | null, to: number | null): Json {
  if (v === null) return null;
  if (typeof v !== 'string' && !Array.isArray(v)) return fail(`Cannot index ${typeName(v)} with object`);
  const len = v.length;
  const norm = (n: number | null, d: number) => (n === null ? d : Math.max(0, Math.min(len, Math.floor(n < 0 ? len + n : n))));
  return v.slice(norm(from, 0), Math.max(norm(from, 0), norm(to, len)));
}

function iterate(v: Json): Json[] {
  if (Array.isArray(v)) return v;
  if (isObject(v)) return Object.values(v);
  return fail(`Cannot iterate over ${v === null ? 'null' : described(v)}`);
}

function add(a: Json, b: Json): Json {
  if (a === null) return b;
  if (b === null) return a;
  if (typeof a === 'number' && typeof b === 'number') return a + b;
  if (typeof a === 'string' && typeof b === 'string') return a + b;
  if (Array.isArray(a) && Array.isArray(b)) return [...a, ...b];
  if (isObject(a) && isObject(b)) return Object.assign(newObject(), a, b);
  return fail(`${described(a)} and ${described(b)} cannot be added`);
}

function deepMerge(a: { [k: string]: Json }, b: { [k: string]: Json }): Json {
  const out = Object.assign(newObject(), a);
  for (const [k, v] of Object.entries(b)) {
    const cur = out[k];
    out[k] = cur !== undefined && isObject(cur) && isObject(v) ? deepMerge(cur, v) : v;
  }
  return out;
}

function arith(op: string, a: Json, b: Json): Json {
  switch (op) {
    case '+':
      return add(a, b);
    case '-':
      if (typeof a === 'number' && typeof b === 'number') return a - b;
      if (Array.isArray(a) && Array.isArray(b)) return a.filter((x) => !b.some((y) => equal(x, y)));
      return fail(`${described(a)} and ${described(b)} cannot be subtracted`);
    case '*':
      if (typeof a === 'number' && typeof b === 'number') return a * b;
      if (isObject(a) && isObject(b)) return deepMerge(a, b);
      if (typeof a === 'string' && typeof b === 'number') {
        if (b <= 0) return null;
        if (a.length * b > MAX_STRING) return fail(`string ("${a.slice(0, 8)}...) repeated ${b} times is too long (drill terminal limit)`);
        return a.repeat(Math.ceil(b));
      }
      return fail(`${described(a)} and ${described(b)} cannot be multiplied`);
    case '/':
      if (typeof a === 'number' && typeof b === 'number') {
        if (b === 0) return fail(`${described(a)} and ${described(b)} cannot be divided because the divisor is zero`);
        return a / b;
      }
      if (typeof a === 'string' && typeof b === 'string') return splitString(a, b);
      return fail(`${described(a)} and ${described(b)} cannot be divided`);
    case '%':
      if (typeof a === 'number' && typeof b === 'number') {
        if (Math.trunc(b) === 0) return fail(`${described(a)} and ${described(b)} cannot be divided because the divisor is zero`);
        return Math.trunc(a) % Math.trunc(b);
      }
      return fail(`${described(a)} and ${described(b)} cannot be divided`);
  }
  return fail(`unknown operator ${op}`);
}

function splitString(s: string, sep: string): Json {
  if (s === '') return [];
  return s.split(sep);
}

function length(v: Json): Json {
  if (v === null) return 0;
  if (typeof v === 'boolean') return fail(`boolean (${v}) has no length`);
  if (typeof v === 'number') return Math.abs(v);
  if (typeof v === 'string') return [...v].length;
  if (Array.isArray(v)) return v.length;
  return Object.keys(v).length;
}

function keys(v: Json, sorted: boolean): Json {
  if (Array.isArray(v)) return v.map((_, i) => i);
  if (isObject(v)) return sorted ? Object.keys(v).sort(compareKeys) : Object.keys(v);
  return fail(`${described(v)} has no keys`);
}

function tostring(v: Json): string {
  return typeof v === 'string' ? v : dump(v, { compact: true });
}

function getPath(v: Json, path: Path): Json {
  let cur = v;
  for (const k of path) {
    if (cur === null) return null;
    cur = index(cur, k);
  }
  return cur;
}

function setPath(v: Json, path: Path, value: Json): Json {
  if (path.length === 0) return value;
  const [k, ...rest] = path as [string | number, ...Path];
  if (typeof k === 'string') {
    if (v !== null && !isObject(v)) return fail(`Cannot index ${typeName(v)} with "${k}"`);
    const out = Object.assign(newObject(), v ?? {});
    out[k] = setPath(out[k] ?? null, rest, value);
    return out;
  }
  if (v !== null && !Array.isArray(v)) return fail(`Cannot index ${typeName(v)} with number`);
  const arr = [...(v ?? [])];
  const i = k < 0 ? arr.length + k : k;
  if (i < 0) return fail('Out of bounds negative array index');
  if (i > 100_000) return fail('Array index too large');
  while (arr.length < i) arr.push(null);
  arr[i] = setPath(arr[i] ?? null, rest, value);
  return arr;
}

function deletePaths(v: Json, paths: Path[]): Json {
  // Longest and highest indices first, so earlier deletions do not shift later ones.
  const sorted = [...paths].sort((a, b) => compare(b as Json, a as Json));
  let out = v;
  for (const p of sorted) out = deletePath(out, p);
  return out;
}

function deletePath(v: Json, path: Path): Json {
  if (path.length === 0) return null;
  if (v === null) return null;
  const [k, ...rest] = path as [string | number, ...Path];
  if (rest.length === 0) {
    if (typeof k === 'string' && isObject(v)) {
      const out = Object.assign(newObject(), v);
      delete out[k];
      return out;
    }
    if (typeof k === 'number' && Array.isArray(v)) {
      const i = k < 0 ? v.length + k : k;
      return v.filter((_, j) => j !== i);
    }
    return fail(`Cannot delete field at ${typeof k === 'string' ? `object index of ${typeName(v)}` : `index of ${typeName(v)}`}`);
  }
  const child = index(v, k);
  return setPath(v, [k], deletePath(child, rest));
}

export class Evaluator {
  private outputs = 0;

  constructor(private readonly envVars: ReadonlyMap<string, string>) {}

  run(node: Node, input: Json, vars: Env): Json[] {
    return this.eval(node, input, vars);
  }

  private count<T>(xs: T[]): T[] {
    this.outputs += xs.length;
    if (this.outputs > MAX_OUTPUTS * 10) fail(`too many results (drill terminal limit)`);
    return xs;
  }

  private eval(node: Node, input: Json, vars: Env): Json[] {
    switch (node.kind) {
      case 'identity':
        return [input];
      case 'recurse':
        return this.count(recurseAll(input));
      case 'field':
        return this.eval(node.target, input, vars).map((v) => index(v, node.name));
      case 'index':
        return this.eval(node.target, input, vars).flatMap((v) => this.eval(node.index, input, vars).map((k) => index(v, k)));
      case 'slice':
        return this.eval(node.target, input, vars).flatMap((v) => {
          const froms = node.from ? this.eval(node.from, input, vars) : [null];
          const tos = node.to ? this.eval(node.to, input, vars) : [null];
          return froms.flatMap((f) => tos.map((t) => slice(v, numOrNull(f), numOrNull(t))));
        });
      case 'iterate':
        return this.count(this.eval(node.target, input, vars).flatMap((v) => iterate(v)));
      case 'try':
        try {
          return this.eval(node.body, input, vars);
        } catch (e) {
          if (!(e instanceof JqRuntimeError) || e.message.includes('drill terminal limit')) throw e;
          return node.handler ? this.eval(node.handler, e.value, vars) : [];
        }
      case 'literal':
        return [node.value];
      case 'string':
        return this.interpolate(node.parts, node.format, input, vars);
      case 'format':
        return [format(node.name, input)];
      case 'pipe':
        return this.count(this.eval(node.left, input, vars).flatMap((v) => this.eval(node.right, v, vars)));
      case 'comma':
        return this.count([...this.eval(node.left, input, vars), ...this.eval(node.right, input, vars)]);
      case 'neg':
        return this.eval(node.body, input, vars).map((v) => (typeof v === 'number' ? -v : fail(`${described(v)} cannot be negated`)));
      case 'array':
        return [node.body ? this.eval(node.body, input, vars) : []];
      case 'object':
        return this.object(node.entries, input, vars);
      case 'var':
        return [this.variable(node.name, vars)];
      case 'bind':
        return this.count(this.eval(node.source, input, vars).flatMap((v) => this.eval(node.body, input, new Map([...vars, [node.name, v]]))));
      case 'if':
        return this.eval(node.cond, input, vars).flatMap((c) => (truthy(c) ? this.eval(node.then, input, vars) : node.else ? this.eval(node.else, input, vars) : [input]));
      case 'reduce': {
        let accs = this.eval(node.init, input, vars);
        for (const item of this.eval(node.source, input, vars)) {
          const scope = new Map([...vars, [node.name, item]]);
          accs = accs.flatMap((acc) => this.eval(node.update, acc, scope)).slice(-1);
        }
        return accs;
      }
      case 'binary':
        return this.binary(node.op, node.left, node.right, input, vars);
      case 'call':
        return this.call(node.name, node.args, input, vars);
    }
  }

  private variable(name: string, vars: Env): Json {
    if (name === 'ENV' && !vars.has('ENV')) return envObject(this.envVars);
    if (name === '__loc__') {
      const o = newObject();
      o.file = '<stdin>';
      o.line = 1;
      return o;
    }
    const v = vars.get(name);
    if (v === undefined) fail(`$${name} is not defined`);
    return v as Json;
  }

  private interpolate(parts: (string | Node)[], fmt: string | undefined, input: Json, vars: Env): Json[] {
    let results = [''];
    for (const part of parts) {
      if (typeof part === 'string') results = results.map((r) => r + part);
      else {
        const values = this.eval(part, input, vars);
        results = results.flatMap((r) => values.map((v) => r + (fmt ? String(format(fmt, v)) : tostring(v))));
      }
    }
    return results;
  }

  private object(entries: { key: Node; value: Node }[], input: Json, vars: Env): Json[] {
    let results: { [k: string]: Json }[] = [newObject()];
    for (const entry of entries) {
      const ks = this.eval(entry.key, input, vars);
      const vs = this.eval(entry.value, input, vars);
      const next: { [k: string]: Json }[] = [];
      for (const r of results) {
        for (const k of ks) {
          if (typeof k !== 'string') fail(`Object keys must be strings`);
          for (const v of vs) {
            const o = Object.assign(newObject(), r);
            o[k] = v;
            next.push(o);
          }
        }
      }
      results = this.count(next);
    }
    return results;
  }

  private binary(op: string, left: Node, right: Node, input: Json, vars: Env): Json[] {
    if (op === 'and' || op === 'or') {
      return this.eval(left, input, vars).flatMap((l) => {
        if (op === 'and' && !truthy(l)) return [false];
        if (op === 'or' && truthy(l)) return [true];
        return this.eval(right, input, vars).map((r) => truthy(r));
      });
    }
    if (op === '//') {
      let ls: Json[] = [];
      try {
        ls = this.eval(left, input, vars).filter(truthy);
      } catch (e) {
        if (!(e instanceof JqRuntimeError)) throw e;
      }
      return ls.length ? ls : this.eval(right, input, vars);
    }
    if (op.endsWith('=') && !['==', '!=', '<=', '>='].includes(op)) return [this.assign(op, left, right, input, vars)];
    const rs = this.eval(right, input, vars);
    const ls = this.eval(left, input, vars);
    const out: Json[] = [];
    for (const r of rs) {
      for (const l of ls) {
        switch (op) {
          case '==': out.push(equal(l, r)); break;
          case '!=': out.push(!equal(l, r)); break;
          case '<': out.push(compare(l, r) < 0); break;
          case '<=': out.push(compare(l, r) <= 0); break;
          case '>': out.push(compare(l, r) > 0); break;
          case '>=': out.push(compare(l, r) >= 0); break;
          default: out.push(arith(op, l, r));
        }
      }
    }
    return this.count(out);
  }

  private assign(op: string, left: Node, right: Node, input: Json, vars: Env): Json {
    const paths = this.paths(left, input, vars);
    if (op === '|=') {
      let out = input;
      for (const p of paths) {
        const next = this.eval(right, getPath(out, p), vars);
        out = next.length ? setPath(out, p, next[0]!) : deletePaths(out, [p]);
      }
      return out;
    }
    const values = this.eval(right, input, vars);
    const value = values[values.length - 1] ?? null;
    let out = input;
    for (const p of paths) {
      const cur = getPath(out, p);
      const arithOp = op === '=' ? null : op.slice(0, -1);
      const next = arithOp === null ? value : arithOp === '//' ? (truthy(cur) ? cur : value) : arith(arithOp, cur, value);
      out = setPath(out, p, next);
    }
    return out;
  }

  /** The paths a path expression denotes (`.a.b`, `.items[]`, `select(…)`): for `del`, `path`, `=` and `|=`. */
  paths(node: Node, input: Json, vars: Env): Path[] {
    const rel = (n: Node, base: Path): Path[] => {
      const at = getPath(input, base);
      switch (n.kind) {
        case 'identity':
          return [base];
        case 'field':
          return rel(n.target, base).map((p) => [...p, n.name]);
        case 'index':
          return rel(n.target, base).flatMap((p) =>
            this.eval(n.index, input, vars).map((k) => {
              if (typeof k !== 'string' && typeof k !== 'number') fail(`Cannot update field at object index of ${typeName(getPath(input, p))}`);
              return [...p, k as string | number];
            }),
          );
        case 'iterate':
          return rel(n.target, base).flatMap((p) => {
            const v = getPath(input, p);
            if (v === null) return [];
            if (Array.isArray(v)) return v.map((_, i) => [...p, i]);
            if (isObject(v)) return Object.keys(v).map((k) => [...p, k]);
            return fail(`Cannot iterate over ${described(v)}`);
          });
        case 'pipe':
          return rel(n.left, base).flatMap((p) => rel(n.right, p));
        case 'comma':
          return [...rel(n.left, base), ...rel(n.right, base)];
        case 'try':
          try {
            return rel(n.body, base);
          } catch (e) {
            if (e instanceof JqRuntimeError) return [];
            throw e;
          }
        case 'if':
          return this.eval(n.cond, at, vars).flatMap((c) => (truthy(c) ? rel(n.then, base) : n.else ? rel(n.else, base) : [base]));
        case 'recurse':
          return recursePaths(at).map((p) => [...base, ...p]);
        case 'call':
          if (n.name === 'select' && n.args.length === 1) return this.eval(n.args[0]!, at, vars).some(truthy) ? [base] : [];
          if (n.name === 'empty' && n.args.length === 0) return [];
          if ((n.name === 'first' || n.name === 'last') && n.args.length === 0) return [[...base, n.name === 'first' ? 0 : -1]];
          if (n.name === 'getpath' && n.args.length === 1) return this.eval(n.args[0]!, at, vars).map((p) => [...base, ...(p as Path)]);
          return fail(`Invalid path expression with result ${errDump(this.eval(n, at, vars)[0] ?? null)}`);
        default:
          return fail(`Invalid path expression with result ${errDump(this.eval(n, at, vars)[0] ?? null)}`);
      }
    };
    return rel(node, []);
  }

  private call(name: string, args: Node[], input: Json, vars: Env): Json[] {
    const arity = args.length;
    const f = BUILTINS[`${name}/${arity}`];
    if (!f) fail(`${name}/${arity} is not defined`);
    return f!(this, input, args, vars);
  }

  /** For builtins: evaluate an argument against a value. */
  evalArg(node: Node, input: Json, vars: Env): Json[] {
    return this.eval(node, input, vars);
  }

  get env(): ReadonlyMap<string, string> {
    return this.envVars;
  }
}

/** Names a filter may call; checked when the filter is compiled, as jq does. */
export function isDefined(name: string, arity: number): boolean {
  return `${name}/${arity}` in BUILTINS;
}

function numOrNull(v: Json): number | null {
  if (v === null) return null;
  if (typeof v !== 'number') return fail(`Start and end indices of an array slice must be numbers`);
  return v;
}

function recurseAll(v: Json): Json[] {
  const out: Json[] = [v];
  if (Array.isArray(v)) for (const x of v) out.push(...recurseAll(x));
  else if (isObject(v)) for (const x of Object.values(v)) out.push(...recurseAll(x));
  return out;
}

function recursePaths(v: Json): Path[] {
  const out: Path[] = [[]];
  if (Array.isArray(v)) v.forEach((x, i) => out.push(...recursePaths(x).map((p) => [i, ...p])));
  else if (isObject(v)) for (const [k, x] of Object.entries(v)) out.push(...recursePaths(x).map((p) => [k, ...p]));
  return out;
}

function envObject(env: ReadonlyMap<string, string>): Json {
  const o = newObject();
  for (const [k, v] of env) o[k] = v;
  return o;
}

function format(name: string, v: Json): Json {
  switch (name) {
    case '@text':
      return tostring(v);
    case '@json':
      return dump(v, { compact: true });
    case '@base64':
      return encodeBase64(tostring(v));
    case '@base64d': {
      const r = decodeBase64(tostring(v), false);
      if (!r.valid && r.text === '') fail(`${described(v)} is not valid base64 data`);
      return r.text;
    }
    case '@uri':
      return tostring(v).replace(/[^A-Za-z0-9\-_.~]/g, (c) => encodeURIComponent(c));
    case '@html':
      return tostring(v).replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&#39;', '"': '&quot;' })[c]!);
    case '@sh': {
      const quote = (x: Json) => (typeof x === 'string' ? `'${x.replace(/'/g, "'\\''")}'` : Array.isArray(x) || isObject(x) ? fail(`${described(x)} can not be escaped for shell`) : tostring(x));
      return Array.isArray(v) ? v.map(quote).join(' ') : quote(v);
    }
    case '@csv':
    case '@tsv': {
      if (!Array.isArray(v)) return fail(`${described(v)} cannot be ${name === '@csv' ? 'csv' : 'tsv'}-formatted, only an array can be`);
      return v
        .map((x) => {
          if (typeof x === 'string') return name === '@csv' ? `"${x.replace(/"/g, '""')}"` : x.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
          if (Array.isArray(x) || isObject(x)) return fail(`${described(x)} is not valid in a csv row`);
          return x === null ? '' : tostring(x);
        })
        .join(name === '@csv' ? ',' : '\t');
    }
    default:
      return fail(`${name.slice(1)} is not a valid format`);
  }
}

type Builtin = (ev: Evaluator, input: Json, args: Node[], vars: Env) => Json[];

const one =
  (f: (v: Json) => Json): Builtin =>
  (_ev, input) => [f(input)];

function str(v: Json, what: string): string {
  if (typeof v !== 'string') fail(`${described(v)} ${what}`);
  return v as string;
}

function arr(v: Json, what: string): Json[] {
  if (!Array.isArray(v)) fail(`Cannot ${what} ${described(v)}`);
  return v as Json[];
}

function sortBy(ev: Evaluator, input: Json, f: Node, vars: Env): { v: Json; k: Json }[] {
  const a = arr(input, 'sort');
  if (!Array.isArray(input)) fail(`${described(input)} cannot be sorted, as it is not an array`);
  return a.map((v) => ({ v, k: ev.evalArg(f, v, vars) as Json })).sort((x, y) => compare(x.k, y.k));
}

const BUILTINS: Record<string, Builtin> = {
  'empty/0': () => [],
  'not/0': one((v) => !truthy(v)),
  'length/0': one(length),
  'utf8bytelength/0': one((v) => byteLength(str(v, 'only strings have UTF-8 byte length'))),
  'keys/0': one((v) => keys(v, true)),
  'keys_unsorted/0': one((v) => keys(v, false)),
  'values/0': (_ev, v) => (v === null ? [] : [v]),
  'has/1': (ev, v, [k], vars) =>
    ev.evalArg(k!, v, vars).map((key) => {
      if (isObject(v) && typeof key === 'string') return key in v;
      if (Array.isArray(v) && typeof key === 'number') return key >= 0 && key < v.length;
      return fail(`Cannot check whether ${typeName(v)} has a ${typeName(key)} key`);
    }),
  'in/1': (ev, v, [o], vars) => ev.evalArg(o!, v, vars).map((obj) => (isObject(obj) && typeof v === 'string' ? v in obj : Array.isArray(obj) && typeof v === 'number' ? v >= 0 && v < obj.length : fail(`Cannot check whether ${typeName(obj)} has a ${typeName(v)} key`))),
  'contains/1': (ev, v, [b], vars) => ev.evalArg(b!, v, vars).map((x) => contains(v, x)),
  'add/0': one((v) => iterate(v).reduce<Json>((acc, x) => add(acc, x), null)),
  'any/0': one((v) => iterate(v).some(truthy)),
  'all/0': one((v) => iterate(v).every(truthy)),
  'any/1': (ev, v, [f], vars) => [iterate(v).some((x) => ev.evalArg(f!, x, vars).some(truthy))],
  'all/1': (ev, v, [f], vars) => [iterate(v).every((x) => ev.evalArg(f!, x, vars).every(truthy))],
  'flatten/0': one((v) => flatten(arr(v, 'flatten'), Infinity)),
  'flatten/1': (ev, v, [d], vars) => ev.evalArg(d!, v, vars).map((depth) => (typeof depth === 'number' && depth >= 0 ? flatten(arr(v, 'flatten'), depth) : fail('flatten depth must not be negative'))),
  'range/1': (ev, v, [n], vars) => ev.evalArg(n!, v, vars).flatMap((to) => range(0, to, 1)),
  'range/2': (ev, v, [a, b], vars) => ev.evalArg(a!, v, vars).flatMap((from) => ev.evalArg(b!, v, vars).flatMap((to) => range(from, to, 1))),
  'floor/0': one((v) => (typeof v === 'number' ? Math.floor(v) : fail(`${described(v)} number required`))),
  'ceil/0': one((v) => (typeof v === 'number' ? Math.ceil(v) : fail(`${described(v)} number required`))),
  'round/0': one((v) => (typeof v === 'number' ? Math.round(v) : fail(`${described(v)} number required`))),
  'abs/0': one((v) => (typeof v === 'number' ? Math.abs(v) : fail(`${described(v)} has no absolute value`))),
  'sqrt/0': one((v) => (typeof v === 'number' ? Math.sqrt(v) : fail(`${described(v)} number required`))),
  'tostring/0': one(tostring),
  'tonumber/0': one((v) => {
    if (typeof v === 'number') return v;
    const s = str(v, 'cannot be parsed as a number');
    if (!/^\s*-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(s)) fail(`Cannot parse '${s}' as JSON`);
    return Number(s);
  }),
  'type/0': one(typeName),
  'sort/0': one((v) => [...arr(v, 'sort')].sort(compare)),
  'sort_by/1': (ev, v, [f], vars) => [sortBy(ev, v, f!, vars).map((x) => x.v)],
  'group_by/1': (ev, v, [f], vars) => {
    const groups: Json[][] = [];
    let lastKey: Json | undefined;
    for (const { v: x, k } of sortBy(ev, v, f!, vars)) {
      if (lastKey !== undefined && equal(lastKey, k)) groups[groups.length - 1]!.push(x);
      else groups.push([x]);
      lastKey = k;
    }
    return [groups];
  },
  'unique/0': one((v) => [...arr(v, 'sort')].sort(compare).filter((x, i, a) => i === 0 || !equal(a[i - 1]!, x))),
  'unique_by/1': (ev, v, [f], vars) => [sortBy(ev, v, f!, vars).filter((x, i, a) => i === 0 || !equal(a[i - 1]!.k, x.k)).map((x) => x.v)],
  'min/0': one((v) => [...arr(v, 'sort')].sort(compare)[0] ?? null),
  'max/0': one((v) => [...arr(v, 'sort')].sort(compare).pop() ?? null),
  'min_by/1': (ev, v, [f], vars) => [sortBy(ev, v, f!, vars)[0]?.v ?? null],
  'max_by/1': (ev, v, [f], vars) => [sortBy(ev, v, f!, vars).pop()?.v ?? null],
  'reverse/0': one((v) => (typeof v === 'string' ? [...v].reverse().join('') : v === null ? [] : [...arr(v, 'reverse')].reverse())),
  'to_entries/0': one((v) => {
    if (!isObject(v)) return fail(`${described(v)} has no keys`);
    return Object.entries(v).map(([k, x]) => Object.assign(newObject(), { key: k, value: x }));
  }),
  'from_entries/0': one((v) => {
    const o = newObject();
    for (const e of arr(v, 'iterate over')) {
      if (!isObject(e)) return fail(`Cannot index ${typeName(e)} with "key"`);
      const k = e.key ?? e.k ?? e.name ?? e.Name ?? e.Key ?? e.K ?? null;
      if (typeof k !== 'string' && typeof k !== 'number' && typeof k !== 'boolean') return fail(`Cannot use ${described(k)} as object key`);
      o[String(k)] = e.value ?? e.v ?? e.Value ?? e.V ?? null;
    }
    return o;
  }),
  'with_entries/1': (ev, v, [f], vars) => {
    const entries = BUILTINS['to_entries/0']!(ev, v, [], vars)[0] as Json[];
    const mapped = entries.flatMap((e) => ev.evalArg(f!, e, vars));
    return BUILTINS['from_entries/0']!(ev, mapped, [], vars);
  },
  'map/1': (ev, v, [f], vars) => [iterate(v).flatMap((x) => ev.evalArg(f!, x, vars))],
  'map_values/1': (ev, v, [f], vars) => {
    if (Array.isArray(v)) return [v.flatMap((x) => ev.evalArg(f!, x, vars).slice(0, 1))];
    if (!isObject(v)) return fail(`Cannot iterate over ${described(v)}`);
    const o = newObject();
    for (const [k, x] of Object.entries(v)) {
      const r = ev.evalArg(f!, x, vars);
      if (r.length) o[k] = r[0]!;
    }
    return [o];
  },
  'select/1': (ev, v, [f], vars) => ev.evalArg(f!, v, vars).filter(truthy).map(() => v),
  'recurse/0': (_ev, v) => recurseAll(v),
  'recurse/1': (ev, v, [f], vars) => {
    const out: Json[] = [];
    const walk = (x: Json, depth: number) => {
      if (depth > 1000 || out.length > MAX_OUTPUTS) fail('recurse: too deep (drill terminal limit)');
      out.push(x);
      for (const y of ev.evalArg(f!, x, vars)) walk(y, depth + 1);
    };
    walk(v, 0);
    return out;
  },
  'first/0': one((v) => index(v, 0)),
  'last/0': one((v) => index(v, -1)),
  'first/1': (ev, v, [f], vars) => ev.evalArg(f!, v, vars).slice(0, 1),
  'last/1': (ev, v, [f], vars) => ev.evalArg(f!, v, vars).slice(-1),
  'limit/2': (ev, v, [n, f], vars) => ev.evalArg(n!, v, vars).flatMap((k) => (typeof k === 'number' && k > 0 ? ev.evalArg(f!, v, vars).slice(0, k) : [])),
  'nth/1': (ev, v, [n], vars) => ev.evalArg(n!, v, vars).map((k) => index(v, k)),
  'join/1': (ev, v, [sep], vars) =>
    ev.evalArg(sep!, v, vars).map((s) =>
      iterate(v)
        .map((x) => (x === null ? '' : typeof x === 'object' ? fail(`Cannot join with ${typeName(x)}`) : String(x)))
        .join(str(s, 'cannot be used to join')),
    ),
  'split/1': (ev, v, [sep], vars) => ev.evalArg(sep!, v, vars).map((s) => splitString(str(v, 'cannot be split'), str(s, 'cannot be used to split'))),
  'test/1': (ev, v, [re], vars) => ev.evalArg(re!, v, vars).map((r) => regex(r, '').test(str(v, 'cannot be matched, as it is not a string'))),
  'test/2': (ev, v, [re, fl], vars) => ev.evalArg(re!, v, vars).flatMap((r) => ev.evalArg(fl!, v, vars).map((f) => regex(r, f).test(str(v, 'cannot be matched, as it is not a string')))),
  'sub/2': (ev, v, [re, to], vars) => ev.evalArg(re!, v, vars).flatMap((r) => ev.evalArg(to!, v, vars).map((t) => str(v, 'cannot be matched, as it is not a string').replace(regex(r, ''), str(t, 'cannot be added')))),
  'gsub/2': (ev, v, [re, to], vars) => ev.evalArg(re!, v, vars).flatMap((r) => ev.evalArg(to!, v, vars).map((t) => str(v, 'cannot be matched, as it is not a string').replace(regex(r, 'g'), str(t, 'cannot be added')))),
  'ascii_downcase/0': one((v) => str(v, 'cannot be lowercased').replace(/[A-Z]/g, (c) => c.toLowerCase())),
  'ascii_upcase/0': one((v) => str(v, 'cannot be uppercased').replace(/[a-z]/g, (c) => c.toUpperCase())),
  'startswith/1': (ev, v, [s], vars) => ev.evalArg(s!, v, vars).map((p) => (typeof v === 'string' && typeof p === 'string' ? v.startsWith(p) : fail('startswith() requires string inputs'))),
  'endswith/1': (ev, v, [s], vars) => ev.evalArg(s!, v, vars).map((p) => (typeof v === 'string' && typeof p === 'string' ? v.endsWith(p) : fail('endswith() requires string inputs'))),
  'ltrimstr/1': (ev, v, [s], vars) => ev.evalArg(s!, v, vars).map((p) => (typeof v === 'string' && typeof p === 'string' && v.startsWith(p) ? v.slice(p.length) : v)),
  'rtrimstr/1': (ev, v, [s], vars) => ev.evalArg(s!, v, vars).map((p) => (typeof v === 'string' && typeof p === 'string' && v.endsWith(p) && p ? v.slice(0, -p.length) : v)),
  'tojson/0': one((v) => dump(v, { compact: true })),
  'fromjson/0': one((v) => {
    const s = str(v, 'only strings can be parsed');
    try {
      return JSON.parse(s) as Json;
    } catch {
      return fail(`${s} (while parsing '${s}')`);
    }
  }),
  'explode/0': one((v) => [...str(v, 'cannot be exploded')].map((c) => c.codePointAt(0)!)),
  'implode/0': one((v) => arr(v, 'implode').map((c) => (typeof c === 'number' ? String.fromCodePoint(Math.max(0, Math.min(0x10ffff, c))) : fail('Implode input must be an array of codepoints'))).join('')),
  'error/0': one((v) => {
    throw new JqRuntimeError(v);
  }),
  'error/1': (ev, v, [m], vars) => {
    throw new JqRuntimeError(ev.evalArg(m!, v, vars)[0] ?? null);
  },
  'path/1': (ev, v, [f], vars) => ev.paths(f!, v, vars) as Json[],
  'paths/0': (_ev, v) => recursePaths(v).slice(1) as Json[],
  'getpath/1': (ev, v, [p], vars) => ev.evalArg(p!, v, vars).map((path) => getPath(v, arr(path, 'use as a path') as Path)),
  'setpath/2': (ev, v, [p, x], vars) => ev.evalArg(p!, v, vars).flatMap((path) => ev.evalArg(x!, v, vars).map((val) => setPath(v, arr(path, 'use as a path') as Path, val))),
  'del/1': (ev, v, [f], vars) => [deletePaths(v, ev.paths(f!, v, vars))],
  'arrays/0': (_ev, v) => (Array.isArray(v) ? [v] : []),
  'objects/0': (_ev, v) => (isObject(v) ? [v] : []),
  'iterables/0': (_ev, v) => (Array.isArray(v) || isObject(v) ? [v] : []),
  'scalars/0': (_ev, v) => (Array.isArray(v) || isObject(v) ? [] : [v]),
  'strings/0': (_ev, v) => (typeof v === 'string' ? [v] : []),
  'numbers/0': (_ev, v) => (typeof v === 'number' ? [v] : []),
  'booleans/0': (_ev, v) => (typeof v === 'boolean' ? [v] : []),
  'nulls/0': (_ev, v) => (v === null ? [v] : []),
  'env/0': (ev) => [envObject(ev.env)],
  'input_filename/0': () => [null],
  'splits/1': (ev, v, [sep], vars) => ev.evalArg(sep!, v, vars).flatMap((s) => str(v, 'cannot be matched, as it is not a string').split(regex(s, 'g'))),
  'ascii/0': one((v) => (typeof v === 'number' ? String.fromCharCode(v) : fail('ascii requires a number'))),
  'isempty/1': (ev, v, [f], vars) => [ev.evalArg(f!, v, vars).length === 0],
  'tostream/0': () => fail('tostream is not available in the drill terminal'),
  'indices/1': (ev, v, [x], vars) => ev.evalArg(x!, v, vars).map((needle) => indices(v, needle)),
  'index/1': (ev, v, [x], vars) => ev.evalArg(x!, v, vars).map((needle) => (indices(v, needle) as number[])[0] ?? null),
  'rindex/1': (ev, v, [x], vars) => ev.evalArg(x!, v, vars).map((needle) => (indices(v, needle) as number[]).pop() ?? null),
  'inside/1': (ev, v, [b], vars) => ev.evalArg(b!, v, vars).map((x) => contains(x, v)),
  'trim/0': one((v) => str(v, 'trim input must be a string').trim()),
  'ltrim/0': one((v) => str(v, 'trim input must be a string').trimStart()),
  'rtrim/0': one((v) => str(v, 'trim input must be a string').trimEnd()),
};

function range(from: Json, to: Json, step: number): Json[] {
  if (typeof from !== 'number' || typeof to !== 'number') return fail('Range bounds must be numeric');
  const out: Json[] = [];
  for (let i = from; i < to; i += step) {
    if (out.length >= MAX_OUTPUTS) fail(`range: more than ${MAX_OUTPUTS} values (drill terminal limit)`);
    out.push(i);
  }
  return out;
}

function flatten(a: Json[], depth: number): Json[] {
  return a.flatMap((x) => (Array.isArray(x) && depth > 0 ? flatten(x, depth - 1) : [x]));
}

function contains(a: Json, b: Json): boolean {
  if (typeName(a) !== typeName(b)) fail(`${described(a)} and ${described(b)} cannot have their containment checked`);
  if (typeof a === 'string') return a.includes(b as string);
  if (Array.isArray(a)) return (b as Json[]).every((y) => a.some((x) => typeName(x) === typeName(y) && contains(x, y)));
  if (isObject(a)) return Object.entries(b as Record<string, Json>).every(([k, y]) => k in a && typeName(a[k]!) === typeName(y) && contains(a[k]!, y));
  return equal(a, b);
}

function indices(v: Json, needle: Json): Json {
  if (v === null) return null;
  const out: number[] = [];
  if (typeof v === 'string' && typeof needle === 'string') {
    if (needle === '') return null;
    for (let i = v.indexOf(needle); i >= 0; i = v.indexOf(needle, i + 1)) out.push(i);
    return out;
  }
  if (Array.isArray(v)) {
    const n = Array.isArray(needle) ? needle : [needle];
    if (n.length === 0) return null;
    for (let i = 0; i + n.length <= v.length; i++) if (n.every((x, j) => equal(v[i + j]!, x))) out.push(i);
    return out;
  }
  return fail(`Cannot determine indices of ${typeName(needle)} in ${typeName(v)}`);
}

function regex(re: Json, flags: Json): RegExp {
  const src = str(re, 'cannot be matched, as it is not a string');
  const fl = typeof flags === 'string' ? flags : '';
  let js = '';
  for (const f of fl) {
    if (f === 'i') js += 'i';
    else if (f === 'g') js += 'g';
    else if (f === 'x' || f === 'n' || f === 's' || f === 'l' || f === 'p') continue;
    else fail(`${fl} is not a valid modifier string`);
  }
  try {
    return new RegExp(src, [...new Set(js)].join(''));
  } catch {
    return fail(`${src} (at offset 0) is not a valid regex`);
  }
}
