/**
 * The semantic view of an API object for drill checking: what a learner chooses (spec, labels,
 * selectors, replicas, images, ports, namespace...) and nothing the cluster makes up. Generated
 * names, uids, timestamps, resourceVersions, status, scheduler and allocator choices and the
 * annotations controllers and kubectl manage are dropped, so two correct answers compare equal.
 */
import type { KObject } from '../sim/api/types';

/** Annotations kubectl or controllers write; a learner never chooses them. */
const MANAGED_ANNOTATION = /^(kubectl\.kubernetes\.io\/last-applied-configuration|deployment\.kubernetes\.io\/.*)$/;
/** Labels holding a generated uid (Jobs label their pods with their own uid). */
const GENERATED_LABEL = /(^|\/)controller-uid$/;
/** The service-account token volume admission injects, with a random suffix. */
const TOKEN_VOLUME = /^kube-api-access-/;
/** Fields filled by the scheduler or the IP allocator rather than by the command. */
const ALLOCATED_SPEC_FIELDS = ['nodeName', 'clusterIP', 'clusterIPs'];

type Json = unknown;

export function normalizeObject(obj: KObject): Record<string, Json> {
  const { apiVersion: _v, kind: _k, metadata, status: _status, ...rest } = obj;
  const meta: Record<string, Json> = { name: metadata.name };
  if (metadata.namespace) meta.namespace = metadata.namespace;
  const labels = cleanLabels(metadata.labels);
  if (labels) meta.labels = labels;
  const annotations = filterKeys(metadata.annotations, (k) => !MANAGED_ANNOTATION.test(k));
  if (annotations) meta.annotations = annotations;
  if (metadata.ownerReferences?.length) meta.ownerReferences = metadata.ownerReferences.map((o) => `${o.kind}/${o.name}`);
  if (metadata.deletionTimestamp) meta.deleting = true;
  return { metadata: meta, ...(scrub(rest) as Record<string, Json>) };
}

/** Drops generated parts anywhere below the top level (pod templates have labels and specs too). */
function scrub(value: Json, key = ''): Json {
  if (Array.isArray(value)) {
    const items = value.filter((v) => !(isRecord(v) && typeof v.name === 'string' && TOKEN_VOLUME.test(v.name)));
    return items.map((v) => scrub(v));
  }
  if (!isRecord(value)) return value;
  const out: Record<string, Json> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined || v === null) continue;
    if (k === 'creationTimestamp') continue;
    if ((key === 'spec' || key === '') && ALLOCATED_SPEC_FIELDS.includes(k)) continue;
    if (k === 'labels' || k === 'matchLabels') {
      const labels = cleanLabels(v as Record<string, string>);
      if (labels) out[k] = labels;
      continue;
    }
    if (k === 'annotations') {
      const kept = filterKeys(v as Record<string, string>, (a) => !MANAGED_ANNOTATION.test(a));
      if (kept) out[k] = kept;
      continue;
    }
    const s = scrub(v, k);
    if (isRecord(s) && Object.keys(s).length === 0 && k === 'metadata') continue;
    out[k] = s;
  }
  return out;
}

function cleanLabels(labels: Record<string, string> | undefined): Record<string, string> | undefined {
  return filterKeys(labels, (k) => !GENERATED_LABEL.test(k));
}

function filterKeys(rec: Record<string, string> | undefined, keep: (k: string) => boolean): Record<string, string> | undefined {
  if (!rec) return undefined;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(rec)) if (keep(k)) out[k] = v;
  return Object.keys(out).length ? out : undefined;
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A leaf that differs between two normalized objects; `undefined` = absent on that side. */
export interface FieldDiff {
  /** `spec.replicas`, `spec.template.spec.containers[0].image`, `metadata.labels.app`. */
  path: string;
  actual: unknown;
  expected: unknown;
}

/** Every differing leaf, in document order (arrays compared by position). */
export function diffFields(actual: unknown, expected: unknown, path = ''): FieldDiff[] {
  if (Array.isArray(actual) && Array.isArray(expected)) {
    const out: FieldDiff[] = [];
    for (let i = 0; i < Math.max(actual.length, expected.length); i++) out.push(...diffFields(actual[i], expected[i], `${path}[${i}]`));
    return out;
  }
  if (isRecord(actual) && isRecord(expected)) {
    const keys = [...new Set([...Object.keys(expected), ...Object.keys(actual)])];
    return keys.flatMap((k) => diffFields(actual[k], expected[k], path ? `${path}.${k}` : k));
  }
  return sameJson(actual, expected) ? [] : [{ path, actual, expected }];
}

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  return JSON.stringify(a) === JSON.stringify(b);
}
