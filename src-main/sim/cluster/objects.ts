/**
 * Helpers over plain API objects. Objects in the store are immutable (deep-frozen): every change
 * is a copy that replaces the stored one, so a cluster clone can share them safely.
 */
import type { KObject } from '../api/types';

/** A deep copy of a JSON-shaped value: faster than structuredClone for API objects. */
export function deepCopy<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const out = new Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = deepCopy(value[i]);
    return out as T;
  }
  const out: Record<string, unknown> = {};
  for (const key in value as Record<string, unknown>) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = deepCopy(v);
  }
  return out as T;
}

export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    // Every write freezes what it stores: index loops, since for-in over arrays is slow.
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) deepFreeze(value[i]);
    } else {
      const obj = value as Record<string, unknown>;
      const keys = Object.keys(obj);
      for (let i = 0; i < keys.length; i++) deepFreeze(obj[keys[i]!]);
    }
  }
  return value;
}

/** `ns/name`, or `name` for cluster-scoped objects: the store key. */
export function objectKey(namespace: string | undefined, name: string): string {
  return namespace ? `${namespace}/${name}` : name;
}

export function isDeleting(obj: KObject): boolean {
  return obj.metadata.deletionTimestamp !== undefined;
}

/** Reads a nested field by dotted path (`status.phase`); undefined when any step is missing. */
export function fieldAt(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

/** The controller owner reference of an object, if any. */
export function controllerOf(obj: KObject) {
  return obj.metadata.ownerReferences?.find((r) => r.controller);
}

/** Canonical JSON with sorted keys: equal objects give equal strings (hashing pod templates). */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

/**
 * `canonicalJson(a) === canonicalJson(b)` without building either string: absent (undefined)
 * keys are dropped, and undefined or non-finite numbers compare as the null JSON writes for them.
 */
export function canonicalEqual(a: unknown, b: unknown): boolean {
  if (a === undefined || (typeof a === 'number' && !Number.isFinite(a))) a = null;
  if (b === undefined || (typeof b === 'number' && !Number.isFinite(b))) b = null;
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!canonicalEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  let count = 0;
  for (const k in ao) {
    if (ao[k] === undefined) continue;
    if (bo[k] === undefined) return false;
    count++;
    if (!canonicalEqual(ao[k], bo[k])) return false;
  }
  for (const k in bo) if (bo[k] !== undefined) count--;
  return count === 0;
}

