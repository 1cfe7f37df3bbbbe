/**
 * JSON patch (RFC 6902, `kubectl patch --type json`): a list of add/remove/replace/move/copy/test
 * operations on JSON pointers (RFC 6901). Messages follow evanphx/json-patch, which kubectl and
 * the API server use.
 */
import { clone, isMap, jsonEqual, PatchError } from './json-value';

export interface JsonPatchOp {
  op: string;
  path: string;
  from?: string;
  value?: unknown;
}

/** Checks the document's shape (a list of operation objects) before anything is applied. */
export function parseJsonPatch(doc: unknown): JsonPatchOp[] {
  if (!Array.isArray(doc)) throw new PatchError('json: cannot unmarshal object into Go value of type jsonpatch.Patch');
  return doc.map((op) => {
    if (!isMap(op)) throw new PatchError('json: cannot unmarshal into Go value of type jsonpatch.Operation');
    return op as unknown as JsonPatchOp;
  });
}

function tokens(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new PatchError(`Unable to parse path "${pointer}"`);
  return pointer.slice(1).split('/').map((t) => t.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/** The container holding the pointer's last token, and that token. */
function parent(doc: unknown, pointer: string, op: string): { container: unknown; key: string } {
  const ts = tokens(pointer);
  if (ts.length === 0) throw new PatchError(`${op} operation does not apply: doc is missing path: "${pointer}"`);
  let node: unknown = doc;
  for (const t of ts.slice(0, -1)) {
    node = child(node, t);
    if (node === undefined) throw new PatchError(`${op} operation does not apply: doc is missing path: "${pointer}": missing value`);
  }
  return { container: node, key: ts[ts.length - 1]! };
}

function child(node: unknown, t: string): unknown {
  if (Array.isArray(node)) {
    if (!/^(0|[1-9]\d*)$/.test(t)) return undefined;
    return node[Number(t)];
  }
  return isMap(node) ? node[t] : undefined;
}

function get(doc: unknown, pointer: string, op: string): unknown {
  let node = doc;
  for (const t of tokens(pointer)) {
    node = child(node, t);
    if (node === undefined) throw new PatchError(`${op} operation does not apply: doc is missing path: "${pointer}": missing value`);
  }
  return node;
}

function index(arr: unknown[], key: string, max: number, op: string, pointer: string): number {
  if (!/^(0|[1-9]\d*)$/.test(key) || Number(key) > max) throw new PatchError(`${op} operation does not apply: doc is missing path: "${pointer}": index out of range`);
  return Number(key);
}

function add(doc: unknown, pointer: string, value: unknown, op = 'add'): unknown {
  if (pointer === '') return clone(value);
  const { container, key } = parent(doc, pointer, op);
  if (Array.isArray(container)) {
    const i = key === '-' ? container.length : index(container, key, container.length, op, pointer);
    container.splice(i, 0, clone(value));
  } else if (isMap(container)) container[key] = clone(value);
  else throw new PatchError(`${op} operation does not apply: doc is missing path: "${pointer}": missing value`);
  return doc;
}

function remove(doc: unknown, pointer: string, op = 'remove'): unknown {
  const { container, key } = parent(doc, pointer, op);
  if (Array.isArray(container)) container.splice(index(container, key, container.length - 1, op, pointer), 1);
  else if (isMap(container) && key in container) delete container[key];
  else throw new PatchError(`${op} operation does not apply: doc is missing path: "${pointer}": missing value`);
  return doc;
}

export function applyJsonPatch(target: unknown, ops: readonly JsonPatchOp[]): unknown {
  let doc = clone(target);
  for (const o of ops) {
    const path = typeof o.path === 'string' ? o.path : '';
    switch (o.op) {
      case 'add':
        if (!('value' in o)) throw new PatchError('add operation does not apply: doc is missing value');
        doc = add(doc, path, o.value);
        break;
      case 'remove':
        doc = remove(doc, path);
        break;
      case 'replace': {
        if (!('value' in o)) throw new PatchError('replace operation does not apply: doc is missing value');
        if (path === '') {
          doc = clone(o.value);
          break;
        }
        const { container, key } = parent(doc, path, 'replace');
        if (Array.isArray(container)) container[index(container, key, container.length - 1, 'replace', path)] = clone(o.value);
        else if (isMap(container) && key in container) container[key] = clone(o.value);
        else throw new PatchError(`replace operation does not apply: doc is missing key: ${path}: missing value`);
        break;
      }
      case 'move': {
        const from = typeof o.from === 'string' ? o.from : '';
        const value = get(doc, from, 'move');
        doc = remove(doc, from, 'move');
        doc = add(doc, path, value, 'move');
        break;
      }
      case 'copy': {
        const from = typeof o.from === 'string' ? o.from : '';
        doc = add(doc, path, get(doc, from, 'copy'), 'copy');
        break;
      }
      case 'test':
        if (!jsonEqual(get(doc, path, 'test'), o.value)) throw new PatchError(`testing value ${path} failed: test failed`);
        break;
      default:
        throw new PatchError(`Unexpected kind: ${String(o.op)}`);
    }
  }
  return doc;
}
