/**
 * JSON exactly as kubectl prints it (`-o json`): Go's encoding/json output re-indented with four
 * spaces. Struct fields follow the Go declaration order (serialize-field-order.ts), map keys are sorted,
 * and <, >, & are escaped as encoding/json does. Fields the schema does not know keep their order
 * after the known ones.
 */
import { structType } from './serialize-field-order';

export function toJson(value: unknown): string {
  return render(value, typeOf(value), '') + '\n';
}

function typeOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const kind = (value as { kind?: unknown }).kind;
  if (typeof kind !== 'string') return undefined;
  if (kind.endsWith('List') && Array.isArray((value as { items?: unknown }).items)) return 'List';
  return structType(kind) ? kind : 'TypeMeta';
}

function render(value: unknown, type: string | undefined, indent: string): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const elemType = type?.startsWith('[]') ? type.slice(2) : undefined;
    const inner = indent + '    ';
    const items = value.map((v) => inner + render(v, elemType ?? typeOf(v), inner));
    return `[\n${items.join(',\n')}\n${indent}]`;
  }
  if (typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const keys = orderedKeys(obj, type);
    if (keys.length === 0) return '{}';
    const st = type && type !== 'map' ? structType(type) : undefined;
    const inner = indent + '    ';
    const parts = keys.map((k) => {
      let childType = st?.types.get(k);
      // Items of a List are whole objects: each names its own kind.
      if (type === 'List' && k === 'items') childType = undefined;
      return `${inner}${quote(k)}: ${render(obj[k], childType, inner)}`;
    });
    return `{\n${parts.join(',\n')}\n${indent}}`;
  }
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  return String(value);
}

function orderedKeys(obj: Record<string, unknown>, type: string | undefined): string[] {
  const present = Object.keys(obj).filter((k) => obj[k] !== undefined);
  if (type === 'map') return present.sort();
  const st = type ? structType(type) : undefined;
  if (!st) return present;
  const known = st.fields.filter((f) => obj[f] !== undefined);
  const rest = present.filter((k) => !st.fields.includes(k));
  return [...known, ...rest];
}

/** encoding/json's string escaping, HTML-safe as kubectl's printer leaves it. */
function quote(s: string): string {
  return JSON.stringify(s)
    .replaceAll('<', '\\u003c')
    .replaceAll('>', '\\u003e')
    .replaceAll('&', '\\u0026')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
}
