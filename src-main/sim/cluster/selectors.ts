/**
 * Label and field selectors, after apimachinery's labels/selector.go and fields/selector.go.
 * Selectors are parsed once into requirements and then matched against many objects.
 */
import type { KObject, Labels } from '../api/types';
import { fieldAt } from './objects';

export type Operator = '=' | '!=' | 'in' | 'notin' | 'exists' | '!';

export interface Requirement {
  key: string;
  op: Operator;
  values: string[];
}

/** A Kubernetes LabelSelector as written in specs. */
export interface LabelSelectorSpec {
  matchLabels?: Labels;
  matchExpressions?: Array<{ key: string; operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist'; values?: string[] }>;
}

export class SelectorParseError extends Error {}

const KEY = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;

/**
 * Parses `-l` syntax: `a=b`, `a==b`, `a!=b`, `a in (x,y)`, `a notin (x)`, `a`, `!a`, comma-separated.
 * Throws SelectorParseError with apimachinery's wording on bad input.
 */
export function parseLabelSelector(text: string): Requirement[] {
  const reqs: Requirement[] = [];
  const src = text.trim();
  if (src === '') return reqs;
  let i = 0;
  const skipSpace = () => {
    while (i < src.length && src[i] === ' ') i++;
  };
  const readWord = () => {
    skipSpace();
    const start = i;
    while (i < src.length && !' ,()=!'.includes(src[i]!)) i++;
    return src.slice(start, i);
  };
  while (i <= src.length) {
    skipSpace();
    let negated = false;
    if (src[i] === '!') {
      negated = true;
      i++;
    }
    const key = readWord();
    if (!key) throw new SelectorParseError(`unable to parse requirement: found '${src[i] ?? ''}', expected: identifier`);
    if (!KEY.test(key)) throw new SelectorParseError(`unable to parse requirement: invalid label key "${key}"`);
    skipSpace();
    if (negated) {
      reqs.push({ key, op: '!', values: [] });
    } else if (i >= src.length || src[i] === ',') {
      reqs.push({ key, op: 'exists', values: [] });
    } else if (src.startsWith('!=', i)) {
      i += 2;
      reqs.push({ key, op: '!=', values: [readWord()] });
    } else if (src.startsWith('==', i)) {
      i += 2;
      reqs.push({ key, op: '=', values: [readWord()] });
    } else if (src[i] === '=') {
      i += 1;
      reqs.push({ key, op: '=', values: [readWord()] });
    } else {
      const word = readWord();
      if (word !== 'in' && word !== 'notin') throw new SelectorParseError(`unable to parse requirement: found '${word}', expected: in, notin, =, ==, !=, gt, lt`);
      skipSpace();
      if (src[i] !== '(') throw new SelectorParseError(`unable to parse requirement: found '${src[i] ?? ''}', expected: '('`);
      i++;
      const values: string[] = [];
      for (;;) {
        const v = readWord();
        values.push(v);
        skipSpace();
        if (src[i] === ',') {
          i++;
          continue;
        }
        if (src[i] === ')') {
          i++;
          break;
        }
        throw new SelectorParseError(`unable to parse requirement: found '${src[i] ?? ''}', expected: ',', ')' or identifier`);
      }
      reqs.push({ key, op: word, values });
    }
    skipSpace();
    if (i >= src.length) break;
    if (src[i] !== ',') throw new SelectorParseError(`unable to parse requirement: found '${src[i]}', expected: ',' or end of string`);
    i++;
  }
  return reqs;
}

export function matchesRequirements(reqs: readonly Requirement[], labels: Labels | undefined): boolean {
  for (const r of reqs) {
    const has = labels !== undefined && Object.prototype.hasOwnProperty.call(labels, r.key);
    const value = has ? labels![r.key]! : undefined;
    switch (r.op) {
      case '=':
        if (value !== r.values[0]) return false;
        break;
      case '!=':
        if (value === r.values[0]) return false;
        break;
      case 'in':
        if (value === undefined || !r.values.includes(value)) return false;
        break;
      case 'notin':
        if (value !== undefined && r.values.includes(value)) return false;
        break;
      case 'exists':
        if (!has) return false;
        break;
      case '!':
        if (has) return false;
        break;
    }
  }
  return true;
}

/** Requirements of a spec LabelSelector. An empty selector matches everything. */
export function requirementsOf(sel: LabelSelectorSpec | undefined): Requirement[] {
  const reqs: Requirement[] = [];
  for (const [key, value] of Object.entries(sel?.matchLabels ?? {})) reqs.push({ key, op: '=', values: [value] });
  for (const e of sel?.matchExpressions ?? []) {
    const op: Operator = e.operator === 'In' ? 'in' : e.operator === 'NotIn' ? 'notin' : e.operator === 'Exists' ? 'exists' : '!';
    reqs.push({ key: e.key, op, values: [...(e.values ?? [])] });
  }
  return reqs;
}

export function matchesSelector(sel: LabelSelectorSpec | undefined, labels: Labels | undefined): boolean {
  return matchesRequirements(requirementsOf(sel), labels);
}

/** True when every key=value of a map selector (Service, ReplicationController) is in the labels. */
export function matchesMapSelector(sel: Labels | undefined, labels: Labels | undefined): boolean {
  if (!sel) return false;
  for (const key in sel) if (labels?.[key] !== sel[key]) return false;
  return true;
}

/** The selector as kubectl prints it: requirements sorted by key, `k=v`, `k in (a,b)`, `!k`. */
export function requirementsToString(reqs: readonly Requirement[]): string {
  return [...reqs]
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((r) => {
      switch (r.op) {
        case '=':
          return `${r.key}=${r.values[0]}`;
        case '!=':
          return `${r.key}!=${r.values[0]}`;
        case 'in':
        case 'notin':
          return `${r.key} ${r.op} (${[...r.values].sort().join(',')})`;
        case 'exists':
          return r.key;
        case '!':
          return `!${r.key}`;
      }
    })
    .join(',');
}

/** metav1.FormatLabelSelector: `app=web,pod-template-hash=...`, or `<none>` when empty. */
export function formatLabelSelector(sel: LabelSelectorSpec | undefined): string {
  const s = requirementsToString(requirementsOf(sel));
  return s === '' ? '<none>' : s;
}

/** `k=v,k2=v2` in key order, as labels.FormatLabels / Set.String print a map; `<none>` when empty. */
export function formatLabels(labels: Labels | undefined): string {
  const keys = Object.keys(labels ?? {}).sort();
  return keys.length === 0 ? '<none>' : keys.map((k) => `${k}=${labels![k]}`).join(',');
}

// Field selectors.

export interface FieldRequirement {
  field: string;
  op: '=' | '!=';
  value: string;
}

/** Fields every resource supports, plus the per-kind ones the API server registers. */
const FIELDS_BY_KIND: Record<string, string[]> = {
  Pod: ['spec.nodeName', 'spec.restartPolicy', 'spec.schedulerName', 'spec.serviceAccountName', 'spec.hostNetwork', 'status.phase', 'status.podIP', 'status.nominatedNodeName'],
  Event: ['involvedObject.kind', 'involvedObject.namespace', 'involvedObject.name', 'involvedObject.uid', 'involvedObject.apiVersion', 'involvedObject.resourceVersion', 'involvedObject.fieldPath', 'reason', 'reportingComponent', 'source', 'type'],
  Secret: ['type'],
  Namespace: ['status.phase'],
  Node: ['spec.unschedulable'],
  ReplicaSet: ['status.replicas'],
  Job: ['status.successful'],
};

export function supportedFields(kind: string): string[] {
  return ['metadata.name', 'metadata.namespace', ...(FIELDS_BY_KIND[kind] ?? [])];
}

/** Parses `--field-selector` (`status.phase=Running,spec.nodeName!=node1`). */
export function parseFieldSelector(text: string): FieldRequirement[] {
  const out: FieldRequirement[] = [];
  for (const part of text.split(',')) {
    const p = part.trim();
    if (!p) continue;
    const m = /^([^=!]+)(==|=|!=)(.*)$/.exec(p);
    if (!m) throw new SelectorParseError(`invalid selector: '${text}'; can't understand '${p}'`);
    out.push({ field: m[1]!.trim(), op: m[2] === '!=' ? '!=' : '=', value: m[3]!.trim() });
  }
  return out;
}

/** The string value of a selectable field (`source` of events is the component). */
function fieldValueOf(obj: KObject, field: string): string {
  if (obj.kind === 'Event' && field === 'source') return String(fieldAt(obj, 'source.component') ?? '');
  const v = fieldAt(obj, field);
  if (v === undefined || v === null) return field === 'metadata.namespace' && obj.metadata.namespace === undefined ? '' : '';
  return String(v);
}

export function matchesFields(reqs: readonly FieldRequirement[], obj: KObject): boolean {
  for (const r of reqs) {
    const v = fieldValueOf(obj, r.field);
    if (r.op === '=' ? v !== r.value : v === r.value) return false;
  }
  return true;
}
