/**
 * The three-way merge of client-side `kubectl apply`: `modified` (the file) is merged into
 * `current` (the live object); what `original` (the last applied configuration) had and the file
 * no longer has is removed; everything else the live object has (defaults, fields set by other
 * commands) stays. Lists with a merge key merge item by item, as strategicpatch's
 * CreateThreeWayMergePatch does, so a container's defaulted fields survive an apply.
 */
import { isMap, jsonEqual, type JsonMap } from './json-value';
import { listStrategy } from './patch-meta';

export function threeWayMerge(current: JsonMap, modified: JsonMap, original: JsonMap | undefined, kind: string): JsonMap {
  return mergeMaps(current, modified, original, kind, []);
}

function mergeMaps(current: JsonMap, modified: JsonMap, original: JsonMap | undefined, kind: string, path: string[]): JsonMap {
  const out: JsonMap = { ...current };
  for (const [k, v] of Object.entries(modified)) {
    const here = [...path, k];
    const cur = current[k];
    const orig = original?.[k];
    if (isMap(v) && isMap(cur)) out[k] = mergeMaps(cur, v, isMap(orig) ? orig : undefined, kind, here);
    else if (Array.isArray(v) && Array.isArray(cur)) out[k] = mergeLists(cur, v, Array.isArray(orig) ? orig : undefined, kind, here);
    else out[k] = v;
  }
  for (const k of Object.keys(original ?? {})) if (!(k in modified)) delete out[k];
  return out;
}

function mergeLists(current: unknown[], modified: unknown[], original: unknown[] | undefined, kind: string, path: string[]): unknown[] {
  const strategy = listStrategy(kind, path);
  if (strategy.kind === 'set') {
    const removed = (original ?? []).filter((x) => !modified.some((m) => jsonEqual(m, x)));
    const kept = current.filter((x) => !removed.some((r) => jsonEqual(r, x)));
    for (const m of modified) if (!kept.some((x) => jsonEqual(x, m))) kept.push(m);
    return kept;
  }
  if (strategy.kind === 'replace' || !modified.every(isMap) || !current.every(isMap)) return modified;
  const key = strategy.key;
  const find = (list: readonly unknown[] | undefined, item: JsonMap) => list?.find((x) => isMap(x) && jsonEqual(x[key], item[key])) as JsonMap | undefined;
  // Items the last apply set and the file dropped are deleted; items added by others stay.
  const kept = (current as JsonMap[]).filter((c) => find(modified, c) !== undefined || find(original, c) === undefined);
  const out: JsonMap[] = kept.map((c) => {
    const m = find(modified, c);
    return m ? mergeMaps(c, m, find(original, c), kind, path) : c;
  });
  for (const m of modified as JsonMap[]) if (!find(out, m)) out.push(m);
  // The file's order wins for its own items ($setElementOrder), others keep their place after them.
  const rank = (x: JsonMap) => {
    const i = (modified as JsonMap[]).findIndex((m) => jsonEqual(m[key], x[key]));
    return i < 0 ? Infinity : i;
  };
  return out.map((x, i) => ({ x, i })).sort((a, b) => rank(a.x) - rank(b.x) || a.i - b.i).map((e) => e.x);
}
