/**
 * JSON merge patch (RFC 7386, `kubectl patch --type merge`): maps merge key by key, `null`
 * deletes a key, anything else (lists included) replaces the target's value whole.
 */
import { clone, isMap } from './json-value';

export function applyMergePatch(target: unknown, patch: unknown): unknown {
  if (!isMap(patch)) return clone(patch);
  const out: Record<string, unknown> = isMap(target) ? { ...target } : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = applyMergePatch(out[k], v);
  }
  return out;
}
