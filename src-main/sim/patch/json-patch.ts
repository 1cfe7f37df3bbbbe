/**
 * JSON patch (RFC 6902, `kubectl patch --type json`): a list of add/remove/replace/move/copy/test
 * operations on JSON pointers (RFC 6901), with the semantics and messages of evanphx/json-patch
 * v4, which kubectl and the API server use: `replace` of a missing key in an existing object sets
 * it, errors read `error in remove for path: '/a': Unable to remove nonexistent key: a: missing value`.
 */
import { clone, isMap, jsonEqual, PatchError } from './json-value';

export interface JsonPatchOp {
  op: string;
  path: string;
  from?: string;
  value?: unknown;
}

const MISSING = 'missing value';
const INVALID_INDEX = 'invalid index referenced';

/** Checks the document's shape (a list of operation objects) before anything is applied. */
export function parseJsonPatch(doc: unknown): JsonPatchOp[] {
  if (!Array.isArray(doc)) throw new PatchError('json: cannot unmarshal object into Go value of type jsonpatch.Patch');
  return doc.map((op) => {
    if (!isMap(op)) throw new PatchError('json: cannot unmarshal into Go value of type jsonpatch.Operation');
    return op as unknown as JsonPatchOp;
  });
}

function tokens(pointer: string): string[] {
  return pointer.split('/').slice(1).map((t) => t.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/** evanphx's findObject: the container of the pointer's last token, or undefined. */
function findObject(doc: unknown, pointer: string): { container: unknown[] | Record<string, unknown>; key: string } | undefined {
  if (pointer === '' || !pointer.startsWith('/')) return undefined;
  const ts = tokens(pointer);
  let node: unknown = doc;
  for (const t of ts.slice(0, -1)) {
    if (Array.isArray(node)) {
      if (!/^\d+$/.test(t) || Number(t) >= node.length) return undefined;
      node = node[Number(t)];
    } else if (isMap(node)) node = node[t];
    else return undefined;
  }
  if (!Array.isArray(node) && !isMap(node)) return undefined;
  return { container: node, key: ts[ts.length - 1]! };
}

function arrayIndex(key: string, max: number): number {
  if (!/^-?\d+$/.test(key)) throw new PatchError(`strconv.Atoi: parsing "${key}": invalid syntax`);
  const i = Number(key);
  if (i < 0 || i > max) throw new PatchError(`Unable to access invalid index: ${i}: ${INVALID_INDEX}`);
  return i;
}

function getFrom(c: unknown[] | Record<string, unknown>, key: string): unknown {
  if (Array.isArray(c)) return c[arrayIndex(key, c.length - 1)];
  return c[key];
}

function addTo(c: unknown[] | Record<string, unknown>, key: string, value: unknown): void {
  if (Array.isArray(c)) c.splice(key === '-' ? c.length : arrayIndex(key, c.length), 0, clone(value));
  else c[key] = clone(value);
}

function removeFrom(c: unknown[] | Record<string, unknown>, key: string): void {
  if (Array.isArray(c)) c.splice(arrayIndex(key, c.length - 1), 1);
  else if (key in c) delete c[key];
  else throw new PatchError(`Unable to remove nonexistent key: ${key}: ${MISSING}`);
}

/** Runs `fn`, prefixing a failure with evanphx's `error in <op> for path: '<path>'`. */
function wrapped<T>(op: string, what: string, path: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof PatchError) throw new PatchError(`error in ${op} for ${what}: '${path}': ${e.message}`);
    throw e;
  }
}

export function applyJsonPatch(target: unknown, ops: readonly JsonPatchOp[]): unknown {
  const doc = { root: clone(target) } as { root: unknown };
  // Pointers address the document inside a holder, so that "" (the whole document) has a container.
  const at = (p: string) => findObject(doc, `/root${p}`);
  for (const o of ops) {
    const path = typeof o.path === 'string' ? o.path : '';
    switch (o.op) {
      case 'add': {
        const c = at(path);
        if (!c) throw new PatchError(`add operation does not apply: doc is missing path: "${path}": ${MISSING}`);
        wrapped('add', 'path', path, () => addTo(c.container, c.key, o.value ?? null));
        break;
      }
      case 'remove': {
        const c = at(path);
        if (!c) throw new PatchError(`remove operation does not apply: doc is missing path: "${path}": ${MISSING}`);
        wrapped('remove', 'path', path, () => removeFrom(c.container, c.key));
        break;
      }
      case 'replace': {
        const c = at(path);
        if (!c) throw new PatchError(`replace operation does not apply: doc is missing path: ${path}: ${MISSING}`);
        if (Array.isArray(c.container)) {
          const arr = c.container;
          const i = /^\d+$/.test(c.key) ? Number(c.key) : -1;
          if (i < 0 || i >= arr.length) throw new PatchError(`replace operation does not apply: doc is missing key: ${path}: ${MISSING}`);
          arr[i] = clone(o.value ?? null);
        } else c.container[c.key] = clone(o.value ?? null);
        break;
      }
      case 'move': {
        const from = typeof o.from === 'string' ? o.from : '';
        const src = at(from);
        if (!src) throw new PatchError(`move operation does not apply: doc is missing from path: ${from}: ${MISSING}`);
        const value = wrapped('move', 'path', from, () => getFrom(src.container, src.key));
        wrapped('move', 'path', src.key, () => removeFrom(src.container, src.key));
        const dst = at(path);
        if (!dst) throw new PatchError(`move operation does not apply: doc is missing destination path: ${path}: ${MISSING}`);
        wrapped('move', 'path', path, () => addTo(dst.container, dst.key, value));
        break;
      }
      case 'copy': {
        const from = typeof o.from === 'string' ? o.from : '';
        const src = at(from);
        if (!src) throw new PatchError(`copy operation does not apply: doc is missing from path: ${from}: ${MISSING}`);
        const value = wrapped('copy', 'from', from, () => getFrom(src.container, src.key));
        const dst = at(path);
        if (!dst) throw new PatchError(`copy operation does not apply: doc is missing destination path: ${path}: ${MISSING}`);
        wrapped('copy', 'path', path, () => addTo(dst.container, dst.key, value));
        break;
      }
      case 'test': {
        const c = at(path);
        const actual = c ? (Array.isArray(c.container) ? c.container[Number(c.key)] : c.container[c.key]) : undefined;
        if (!jsonEqual(actual ?? null, o.value ?? null)) throw new PatchError(`testing value ${path} failed: test failed`);
        break;
      }
      default:
        throw new PatchError(`Unexpected kind: ${String(o.op)}`);
    }
  }
  return doc.root;
}
