/**
 * jq's values and the operations on them: types, ordering, indexing, arithmetic, paths and
 * formats, each failing with jq's own wording (`Cannot index string with "x"`).
 */
import { encodeBase64, decodeBase64 } from '../builtins/base64';
import { compareKeys, dump, isObject, newObject, type Json } from './json';

export class JqRuntimeError extends Error {
  constructor(readonly value: Json) {
    super(typeof value === 'string' ? value : `${dump(value, { compact: true })} (not a string)`);
  }
}

/** Outputs one evaluation may produce before jq here gives up (`range(1e9)` would otherwise hang). */
export const MAX_OUTPUTS = 100_000;
/** Longest string `"x" * n` may build. */
export const MAX_STRING = 1_000_000;

export type Env = ReadonlyMap<string, Json>;
export type Path = (string | number)[];

export function fail(message: string): never {
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

export function described(v: Json): string {
  return `${typeName(v)} (${errDump(v)})`;
}

export function truthy(v: Json): boolean {
  return v !== null && v !== false;
}

export const TYPE_ORDER = ['null', 'boolean', 'number', 'string', 'array', 'object'];

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

export function equal(a: Json, b: Json): boolean {
  return compare(a, b) === 0;
}

export function index(v: Json, key: Json): Json {
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

export function slice(v: Json, from: number | null, to: number | null): Json {
  if (v === null) return null;
  if (typeof v !== 'string' && !Array.isArray(v)) return fail(`Cannot index ${typeName(v)} with object`);
  const len = v.length;
  const norm = (n: number | null, d: number) => (n === null ? d : Math.max(0, Math.min(len, Math.floor(n < 0 ? len + n : n))));
  return v.slice(norm(from, 0), Math.max(norm(from, 0), norm(to, len)));
}

export function iterate(v: Json): Json[] {
  if (Array.isArray(v)) return v;
  if (isObject(v)) return Object.values(v);
  return fail(`Cannot iterate over ${v === null ? 'null' : described(v)}`);
}

export function add(a: Json, b: Json): Json {
  if (a === null) return b;
  if (b === null) return a;
  if (typeof a === 'number' && typeof b === 'number') return a + b;
  if (typeof a === 'string' && typeof b === 'string') return a + b;
  if (Array.isArray(a) && Array.isArray(b)) return [...a, ...b];
  if (isObject(a) && isObject(b)) return Object.assign(newObject(), a, b);
  return fail(`${described(a)} and ${described(b)} cannot be added`);
}

export function deepMerge(a: { [k: string]: Json }, b: { [k: string]: Json }): Json {
  const out = Object.assign(newObject(), a);
  for (const [k, v] of Object.entries(b)) {
    const cur = out[k];
    out[k] = cur !== undefined && isObject(cur) && isObject(v) ? deepMerge(cur, v) : v;
  }
  return out;
}

export function arith(op: string, a: Json, b: Json): Json {
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

export function splitString(s: string, sep: string): Json {
  if (s === '') return [];
  return s.split(sep);
}

export function length(v: Json): Json {
  if (v === null) return 0;
  if (typeof v === 'boolean') return fail(`boolean (${v}) has no length`);
  if (typeof v === 'number') return Math.abs(v);
  if (typeof v === 'string') return [...v].length;
  if (Array.isArray(v)) return v.length;
  return Object.keys(v).length;
}

export function keys(v: Json, sorted: boolean): Json {
  if (Array.isArray(v)) return v.map((_, i) => i);
  if (isObject(v)) return sorted ? Object.keys(v).sort(compareKeys) : Object.keys(v);
  return fail(`${described(v)} has no keys`);
}

export function tostring(v: Json): string {
  return typeof v === 'string' ? v : dump(v, { compact: true });
}

export function getPath(v: Json, path: Path): Json {
  let cur = v;
  for (const k of path) {
    if (cur === null) return null;
    cur = index(cur, k);
  }
  return cur;
}

export function setPath(v: Json, path: Path, value: Json): Json {
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

export function deletePaths(v: Json, paths: Path[]): Json {
  // Longest and highest indices first, so earlier deletions do not shift later ones.
  const sorted = [...paths].sort((a, b) => compare(b as Json, a as Json));
  let out = v;
  for (const p of sorted) out = deletePath(out, p);
  return out;
}

export function deletePath(v: Json, path: Path): Json {
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

export function recurseAll(v: Json): Json[] {
  const out: Json[] = [v];
  if (Array.isArray(v)) for (const x of v) out.push(...recurseAll(x));
  else if (isObject(v)) for (const x of Object.values(v)) out.push(...recurseAll(x));
  return out;
}

export function recursePaths(v: Json): Path[] {
  const out: Path[] = [[]];
  if (Array.isArray(v)) v.forEach((x, i) => out.push(...recursePaths(x).map((p) => [i, ...p])));
  else if (isObject(v)) for (const [k, x] of Object.entries(v)) out.push(...recursePaths(x).map((p) => [k, ...p]));
  return out;
}

export function envObject(env: ReadonlyMap<string, string>): Json {
  const o = newObject();
  for (const [k, v] of env) o[k] = v;
  return o;
}

export function format(name: string, v: Json): Json {
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
