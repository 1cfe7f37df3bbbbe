/**
 * Strategic merge patch (apimachinery's strategicpatch, `kubectl patch` by default): maps merge,
 * `null` deletes a key, lists with a merge key merge item by item (containers by name, env by
 * name, container ports by containerPort...), other lists are replaced. Directives:
 * `$patch: replace|delete|merge` in a map or a list item, `$retainKeys`,
 * `$deleteFromPrimitiveList/<field>`, `$setElementOrder/<field>` (orders the merged list).
 */
import { clone, isMap, jsonEqual, PatchError, type JsonMap } from './json-value';
import { listStrategy } from './patch-meta';

const DIRECTIVE = '$patch';
const RETAIN_KEYS = '$retainKeys';
const DELETE_FROM = '$deleteFromPrimitiveList/';
const ELEMENT_ORDER = '$setElementOrder/';

/** Applies `patch` to an object of `kind`; returns the patched copy. Throws PatchError on a malformed patch. */
export function applyStrategicPatch(original: JsonMap, patch: unknown, kind: string): JsonMap {
  if (!isMap(patch)) throw new PatchError('json: cannot unmarshal array into Go value of type map[string]interface {}');
  return mergeMap(clone(original), patch, kind, []) ?? {};
}

/** Go's `%v` of a map in error messages: `map[image:nginx]`. */
function goMap(m: JsonMap): string {
  const v = (x: unknown): string => (isMap(x) ? goMap(x) : Array.isArray(x) ? `[${x.map(v).join(' ')}]` : String(x));
  return `map[${Object.keys(m).sort().map((k) => `${k}:${v(m[k])}`).join(' ')}]`;
}

/** A patch map without its directives: what is stored when there is nothing to merge into. */
function stripDirectives(v: unknown): unknown {
  if (Array.isArray(v)) return v.filter((x) => !(isMap(x) && x[DIRECTIVE] !== undefined && Object.keys(x).length === 1)).map(stripDirectives);
  if (!isMap(v)) return v;
  const out: JsonMap = {};
  for (const [k, x] of Object.entries(v)) {
    if (k === DIRECTIVE || k === RETAIN_KEYS || k.startsWith(DELETE_FROM) || k.startsWith(ELEMENT_ORDER) || x === null) continue;
    out[k] = stripDirectives(x);
  }
  return out;
}

/** Returns undefined when the patch deletes the whole map (`$patch: delete`). */
function mergeMap(original: JsonMap, patch: JsonMap, kind: string, path: string[]): JsonMap | undefined {
  const directive = patch[DIRECTIVE];
  if (directive === 'delete') return undefined;
  if (directive === 'replace') return stripDirectives(patch) as JsonMap;
  if (directive !== undefined && directive !== 'merge') throw new PatchError(`Unknown patch type: ${String(directive)} in map: ${goMap(patch)}`);
  const out: JsonMap = { ...original };
  const orders: Record<string, unknown[]> = {};
  for (const [k, v] of Object.entries(patch)) {
    if (k === DIRECTIVE || k === RETAIN_KEYS) continue;
    if (k.startsWith(ELEMENT_ORDER)) {
      if (Array.isArray(v)) orders[k.slice(ELEMENT_ORDER.length)] = v;
      continue;
    }
    if (k.startsWith(DELETE_FROM)) {
      const field = k.slice(DELETE_FROM.length);
      const current = out[field];
      if (Array.isArray(current) && Array.isArray(v)) out[field] = current.filter((x) => !v.some((d) => jsonEqual(d, x)));
      continue;
    }
    const here = [...path, k];
    if (v === null) delete out[k];
    else if (isMap(v)) {
      const merged = mergeMap(isMap(out[k]) ? (out[k] as JsonMap) : {}, v, kind, here);
      if (merged === undefined) delete out[k];
      else out[k] = merged;
    } else if (Array.isArray(v)) out[k] = mergeList(Array.isArray(out[k]) ? (out[k] as unknown[]) : [], v, kind, here);
    else out[k] = v;
  }
  for (const [field, order] of Object.entries(orders)) {
    const list = out[field];
    if (Array.isArray(list)) out[field] = orderList(list, order, listStrategy(kind, [...path, field]));
  }
  const retain = patch[RETAIN_KEYS];
  if (Array.isArray(retain)) {
    for (const k of Object.keys(out)) if (!retain.includes(k)) delete out[k];
  }
  return out;
}

function mergeList(original: unknown[], patch: unknown[], kind: string, path: string[]): unknown[] {
  const strategy = listStrategy(kind, path);
  if (strategy.kind === 'replace') return stripDirectives(patch) as unknown[];
  if (patch.some((x) => isMap(x) && x[DIRECTIVE] === 'replace')) {
    return stripDirectives(patch.filter((x) => !(isMap(x) && x[DIRECTIVE] === 'replace'))) as unknown[];
  }
  if (strategy.kind === 'set') {
    const out = [...original];
    for (const x of patch) if (!out.some((y) => jsonEqual(x, y))) out.push(x);
    return out;
  }
  const key = strategy.key;
  const out = [...original];
  const sameKey = (x: unknown, item: JsonMap) => isMap(x) && jsonEqual(x[key], item[key]);
  /** The keys the patch sets (not deletes), in patch order: their items come first, see below. */
  const patched: unknown[] = [];
  for (const item of patch) {
    if (!isMap(item)) {
      // A scalar in a list of maps: the API server cannot merge it and keeps the patch's list.
      return stripDirectives(patch) as unknown[];
    }
    if (!(key in item)) throw new PatchError(`map: ${goMap(item)} does not contain declared merge key: ${key}`);
    const at = out.findIndex((x) => sameKey(x, item));
    if (item[DIRECTIVE] === 'delete') {
      for (let i = out.length - 1; i >= 0; i--) if (sameKey(out[i], item)) out.splice(i, 1);
      continue;
    }
    if (at >= 0) {
      const merged = mergeMap(out[at] as JsonMap, item, kind, path);
      if (merged === undefined) out.splice(at, 1);
      else out[at] = merged;
    } else out.push(stripDirectives(item));
    if (!patched.some((k) => jsonEqual(k, item[key]))) patched.push(item[key]);
  }
  return normalizeOrder(out, original, patched, key);
}

/**
 * strategicpatch's normalizeElementOrder without $setElementOrder: the items the patch names, in
 * patch order, merged with the others in their original order — a new item goes before the
 * remaining original ones, an existing one keeps its rank (so `env: [B]` on `[A]` gives `[B, A]`).
 */
function normalizeOrder(items: unknown[], original: unknown[], patchKeys: unknown[], key: string): unknown[] {
  const keyOf = (x: unknown) => (isMap(x) ? x[key] : undefined);
  const rank = (x: unknown) => original.findIndex((o) => isMap(o) && jsonEqual(o[key], keyOf(x)));
  const inPatch = (x: unknown) => patchKeys.some((k) => jsonEqual(k, keyOf(x)));
  const fromPatch = patchKeys.map((k) => items.find((x) => jsonEqual(keyOf(x), k))).filter((x) => x !== undefined);
  const serverOnly = items.filter((x) => !inPatch(x));
  const out: unknown[] = [];
  let i = 0;
  let j = 0;
  while (i < fromPatch.length && j < serverOnly.length) {
    const r = rank(fromPatch[i]);
    if (r < 0 || r < rank(serverOnly[j])) out.push(fromPatch[i++]);
    else out.push(serverOnly[j++]);
  }
  return [...out, ...fromPatch.slice(i), ...serverOnly.slice(j)];
}

/** `$setElementOrder`: the listed items first, in the given order, then the others as they were. */
function orderList(list: unknown[], order: unknown[], strategy: ReturnType<typeof listStrategy>): unknown[] {
  const keyOf = (x: unknown): unknown => (strategy.kind === 'merge' && isMap(x) ? x[strategy.key] : x);
  const wanted = order.map((o) => keyOf(o));
  const ranked = list.map((x, i) => ({ x, i, r: wanted.findIndex((w) => jsonEqual(w, keyOf(x))) }));
  ranked.sort((a, b) => (a.r < 0 ? Infinity : a.r) - (b.r < 0 ? Infinity : b.r) || a.i - b.i);
  return ranked.map((e) => e.x);
}
