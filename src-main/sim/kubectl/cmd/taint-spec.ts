/**
 * Taint arguments as kubectl/pkg/cmd/taint/utils.go reads and applies them: `key=value:Effect`,
 * `key:Effect` add; `key:Effect-`, `key-` remove. Pure: node taints in, new taints and the
 * operation word (`tainted`, `untainted`, `modified`) out.
 */
export interface Taint {
  key: string;
  value?: string;
  effect: string;
}

const EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];
const NAME_RE = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const DNS1123_SUBDOMAIN_RE = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const NAME_MSG = "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";

/** apimachinery's validation.IsQualifiedName. */
export function qualifiedNameErrors(value: string): string[] {
  const parts = value.split('/');
  let name = value;
  const errs: string[] = [];
  if (parts.length === 2) {
    const prefix = parts[0]!;
    name = parts[1]!;
    if (prefix.length === 0) errs.push('prefix part must be non-empty');
    else if (prefix.length > 253) errs.push('prefix part must be no more than 253 characters');
    else if (!DNS1123_SUBDOMAIN_RE.test(prefix)) {
      errs.push("prefix part a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')");
    }
  } else if (parts.length > 2) {
    return [`a qualified name ${NAME_MSG} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`];
  }
  if (name.length === 0) errs.push('name part must be non-empty');
  else if (name.length > 63) errs.push('name part must be no more than 63 characters');
  if (name.length > 0 && !NAME_RE.test(name)) errs.push(`name part ${NAME_MSG}`);
  return errs;
}

/** apimachinery's validation.IsValidLabelValue. */
export function labelValueErrors(value: string): string[] {
  const errs: string[] = [];
  if (value.length > 63) errs.push('must be no more than 63 characters');
  if (value.length > 0 && !NAME_RE.test(value)) {
    errs.push("a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')");
  }
  return errs;
}

/** A parse failure: kubectl reports it as a usage error. */
export class TaintSpecError extends Error {}

function parseTaint(st: string): Taint {
  const parts = st.split(':');
  let key: string;
  let value: string | undefined;
  let effect = '';
  if (parts.length === 1) key = parts[0]!;
  else if (parts.length === 2) {
    effect = parts[1]!;
    if (!EFFECTS.includes(effect)) throw new TaintSpecError(`invalid taint effect: ${effect}, unsupported taint effect`);
    const kv = parts[0]!.split('=');
    if (kv.length > 2) throw new TaintSpecError(`invalid taint spec: ${st}`);
    key = kv[0]!;
    if (kv.length === 2) {
      value = kv[1]!;
      const errs = labelValueErrors(value);
      if (errs.length) throw new TaintSpecError(`invalid taint spec: ${st}, ${errs.join('; ')}`);
    }
  } else throw new TaintSpecError(`invalid taint spec: ${st}`);
  const errs = qualifiedNameErrors(key);
  if (errs.length) throw new TaintSpecError(`invalid taint spec: ${st}, ${errs.join('; ')}`);
  return value === undefined || value === '' ? { key, effect } : { key, value, effect };
}

/** parseTaints: the taints to add and to remove (a removal's effect may be ''). */
export function parseTaints(specs: readonly string[]): { add: Taint[]; remove: Taint[] } {
  const add: Taint[] = [];
  const remove: Taint[] = [];
  for (const spec of specs) {
    if (spec.endsWith('-')) {
      const t = parseTaint(spec.slice(0, -1));
      remove.push({ key: t.key, effect: t.effect });
      continue;
    }
    const t = parseTaint(spec);
    if (!t.effect) throw new TaintSpecError(`invalid taint spec: ${spec}`);
    // Go's %v of a corev1.Taint: {Key Value Effect TimeAdded}.
    if (add.some((a) => a.key === t.key && a.effect === t.effect)) throw new TaintSpecError(`duplicated taints with the same key and effect: {${t.key} ${t.value ?? ''} ${t.effect} <nil>}`);
    add.push(t);
  }
  return { add, remove };
}

/** Taint.ToString(): `key=value:effect`, `key:effect`, `key=value` or `key`. */
export function taintString(t: Taint): string {
  return `${t.key}${t.value ? `=${t.value}` : ''}${t.effect ? `:${t.effect}` : ''}`;
}

/** The conflicts Validate() refuses: a key both added and removed (with that effect, or any). */
export function conflicts(add: readonly Taint[], remove: readonly Taint[]): string[] {
  const out: string[] = [];
  for (const a of add) for (const r of remove) if (a.key === r.key && (!r.effect || a.effect === r.effect)) out.push(`${r.key}=${r.effect}`);
  return out;
}

const matches = (a: Taint, b: Taint) => a.key === b.key && a.effect === b.effect;

/**
 * updateTaints + reorganizeTaints: the node's new taints and the operation word; an Error when a
 * taint exists without --overwrite or a removed taint is missing.
 */
export function reorganize(nodeName: string, old: readonly Taint[], add: readonly Taint[], remove: readonly Taint[], overwrite: boolean): { operation: string; taints: Taint[] } {
  if (!overwrite) {
    const existing = add.filter((t) => old.some((o) => matches(t, o))).map((t) => t.key);
    if (existing.length) throw new Error(`node ${nodeName} already has ${existing.join(',')} taint(s) with same effect(s) and --overwrite is false`);
  }
  let taints: Taint[] = [...add];
  for (const o of old) if (!taints.some((t) => matches(t, o))) taints.push(o);
  const added = old.length !== taints.length;
  const errors: string[] = [];
  let removed = false;
  for (const r of remove) {
    const kept = taints.filter((t) => (r.effect ? !matches(r, t) : t.key !== r.key));
    removed = kept.length !== taints.length;
    taints = kept;
    if (!removed) errors.push(`taint "${taintString(r)}" not found`);
  }
  if (errors.length) throw new Error(errors.length === 1 ? errors[0] : `[${errors.join(', ')}]`);
  const operation = (added && removed) || overwrite ? 'modified' : added ? 'tainted' : 'untainted';
  return { operation, taints };
}
