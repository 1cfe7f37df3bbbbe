/** jq's built-in functions by `name/arity`, the set kubectl exercises and the jq manual's basics use. */
import { byteLength } from '../builtins/utf8';
import type { Evaluator } from './evaluate';
import { dump, isObject, newObject, type Json } from './json';
import type { Node } from './syntax';
import { type Env, JqRuntimeError, MAX_OUTPUTS, type Path, add, compare, deletePaths, described, envObject, equal, fail, getPath, index, iterate, keys, length, recurseAll, recursePaths, setPath, splitString, tostring, truthy, typeName } from './values';

/** Names a filter may call; checked when the filter is compiled, as jq does. */
export function isDefined(name: string, arity: number): boolean {
  return `${name}/${arity}` in BUILTINS;
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

export const BUILTINS: Record<string, Builtin> = {
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
