/** describeConfigMap, describeSecret, describeServiceAccount, and the generic describer. */
import type { KObject } from '../../api/types';
import type { Cluster } from '../../cluster/cluster';
import { PrefixWriter, type DescribeOptions, annotationsMultiline, describeEvents, labelsMultiline, type Json } from './writer';

/** Go ranges over maps in random order; the simulator prints keys sorted, so output is stable. */
const sortedKeys = (m: Json | undefined) => Object.keys(m ?? {}).sort();

export function describeConfigMap(cluster: Cluster, cm: KObject, opts: DescribeOptions = {}): string {
  const w = new PrefixWriter();
  w.write(0, `Name:\t${cm.metadata.name}\n`);
  w.write(0, `Namespace:\t${cm.metadata.namespace}\n`);
  labelsMultiline(w, 'Labels', cm.metadata.labels);
  annotationsMultiline(w, 'Annotations', cm.metadata.annotations);
  w.write(0, '\nData\n====\n');
  const data = (cm.data as Json) ?? {};
  for (const k of sortedKeys(data)) {
    w.write(0, `${k}:\n----\n`);
    w.write(0, `${data[k]}\n`);
    w.write(0, '\n');
  }
  w.write(0, '\nBinaryData\n====\n');
  const binary = (cm.binaryData as Json) ?? {};
  for (const k of sortedKeys(binary)) w.write(0, `${k}: ${decodedLength(binary[k])} bytes\n`);
  w.write(0, '\n');
  describeEvents(w, opts.showEvents === false ? undefined : cluster.eventsFor(cm), cluster.now());
  return w.toString();
}

/** Bytes of a base64 value. */
function decodedLength(b64: unknown): number {
  const s = String(b64 ?? '').replace(/\s/g, '');
  if (!s) return 0;
  const padding = s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0;
  return Math.floor((s.length * 3) / 4) - padding;
}

export function describeSecret(_cluster: Cluster, secret: KObject, opts: DescribeOptions = {}): string {
  const w = new PrefixWriter();
  w.write(0, `Name:\t${secret.metadata.name}\n`);
  w.write(0, `Namespace:\t${secret.metadata.namespace}\n`);
  labelsMultiline(w, 'Labels', secret.metadata.labels);
  annotationsMultiline(w, 'Annotations', secret.metadata.annotations);
  w.write(0, `\nType:\t${secret.type ?? 'Opaque'}\n`);
  w.write(0, '\nData\n====\n');
  const data = (secret.data as Json) ?? {};
  for (const k of sortedKeys(data)) {
    if (k === 'token' && secret.type === 'kubernetes.io/service-account-token') w.write(0, `${k}:\t${atobSafe(data[k])}\n`);
    else w.write(0, `${k}:\t${decodedLength(data[k])} bytes\n`);
  }
  return w.toString();
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 to text (ASCII/Latin-1 tokens); the library has no atob without the DOM. */
function atobSafe(b64: unknown): string {
  const s = String(b64 ?? '').replace(/[^A-Za-z0-9+/]/g, '');
  let bits = 0;
  let acc = 0;
  let out = '';
  for (const ch of s) {
    acc = (acc << 6) | B64.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += String.fromCharCode((acc >> bits) & 0xff);
    }
  }
  return out;
}

export function describeServiceAccount(cluster: Cluster, sa: KObject, opts: DescribeOptions = {}): string {
  const w = new PrefixWriter();
  w.write(0, `Name:\t${sa.metadata.name}\n`);
  w.write(0, `Namespace:\t${sa.metadata.namespace}\n`);
  labelsMultiline(w, 'Labels', sa.metadata.labels);
  annotationsMultiline(w, 'Annotations', sa.metadata.annotations);
  const pull = ((sa.imagePullSecrets as Json[]) ?? []).map((s) => s.name);
  const mount = ((sa.secrets as Json[]) ?? []).map((s) => s.name);
  const rows: Array<[string, string[]]> = [
    ['Image pull secrets:', pull],
    ['Mountable secrets: ', mount],
    ['Tokens:            ', []],
  ];
  for (const [header, names] of rows) {
    if (!names.length) w.write(0, `${header}\t<none>\n`);
    else names.forEach((n, i) => w.write(0, `${i ? '                   ' : header}\t${n}\n`));
  }
  describeEvents(w, opts.showEvents === false ? undefined : cluster.eventsFor(sa), cluster.now());
  return w.toString();
}

/** The generic describer: Name, Namespace, Labels, Annotations, then every other field. */
export function describeGeneric(cluster: Cluster, obj: KObject, opts: DescribeOptions = {}): string {
  const w = new PrefixWriter();
  w.write(0, `Name:\t${obj.metadata.name}\n`);
  w.write(0, `Namespace:\t${obj.metadata.namespace ?? ''}\n`);
  labelsMultiline(w, 'Labels', obj.metadata.labels);
  annotationsMultiline(w, 'Annotations', obj.metadata.annotations);
  const skip = new Set(['.metadata.managedFields', '.metadata.name', '.metadata.namespace', '.metadata.labels', '.metadata.annotations']);
  const walk = (level: number, content: Json, prefix: string) => {
    for (const field of Object.keys(content).sort()) {
      const value = content[field];
      const path = `${prefix}.${field}`;
      if (skip.has(path)) continue;
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        w.write(level, `${smartLabel(field)}:\n`);
        walk(level + 1, value, path);
      } else if (Array.isArray(value)) {
        w.write(level, `${smartLabel(field)}:\n`);
        for (const child of value) {
          if (child && typeof child === 'object') walk(level + 1, child, path);
          else w.write(level + 1, `${child}\n`);
        }
      } else {
        w.write(level, `${smartLabel(field)}:\t${value}\n`);
      }
    }
  };
  walk(0, obj as Json, '');
  describeEvents(w, opts.showEvents === false ? undefined : cluster.eventsFor(obj), cluster.now());
  return w.toString();
}

/** `apiVersion` → `API Version`, `creationTimestamp` → `Creation Timestamp` (smartLabelFor). */
function smartLabel(field: string): string {
  if (/[^A-Za-z-]/.test(field)) return field;
  const parts = field.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|-/g) ?? [field];
  return parts
    .filter((p) => p !== '_')
    .map((p) => (['API', 'URL', 'UID', 'OSB', 'GUID'].includes(p.toUpperCase()) ? p.toUpperCase() : p[0]!.toUpperCase() + p.slice(1)))
    .join(' ');
}
