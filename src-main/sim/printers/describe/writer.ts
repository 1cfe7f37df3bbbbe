/**
 * The pieces every describer shares, after kubectl's describe.go: a prefix writer (two spaces per
 * level) feeding the tabwriter, the multi-line Labels/Annotations/Taints/Tolerations fields, times
 * in RFC 1123 with a numeric zone, and the Events section.
 */
import type { KObject } from '../../api/types';
import { translateTimestampSince } from '../age';
import { tabwrite } from './tabwriter';

export type Json = Record<string, any>;

export interface DescribeOptions {
  /** `--show-events` (default true): false drops the Events section. */
  showEvents?: boolean;
}

export class PrefixWriter {
  private segments: string[] = [];
  private buf = '';

  /** Writes text indented by `level` (two spaces each). */
  write(level: number, text: string): void {
    this.buf += '  '.repeat(level) + text;
  }

  /** Ends a tabwriter block: what follows is aligned on its own (kubectl flushes before Events). */
  flush(): void {
    this.segments.push(this.buf);
    this.buf = '';
  }

  toString(): string {
    return [...this.segments, this.buf].map(tabwrite).join('');
  }
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/** Go's time.RFC1123Z in UTC: `Thu, 26 Nov 2026 10:00:00 +0000`. */
export function rfc1123z(ts: string | number | null | undefined): string {
  if (ts === null || ts === undefined || ts === '') return 'Mon, 01 Jan 0001 00:00:00 +0000';
  const d = new Date(typeof ts === 'number' ? ts : Date.parse(ts));
  return `${DAYS[d.getUTCDay()]}, ${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;
}

/** printLabelsMultilineWithIndent: `Labels:  a=b` then one aligned line per further label. */
export function labelsMultiline(w: PrefixWriter, title: string, labels: Record<string, string> | undefined, initialIndent = '', innerIndent = '\t'): void {
  w.write(0, `${initialIndent}${title}:${innerIndent}`);
  const keys = Object.keys(labels ?? {}).sort();
  if (!keys.length) {
    w.write(0, '<none>\n');
    return;
  }
  keys.forEach((k, i) => {
    if (i) w.write(0, initialIndent + innerIndent);
    w.write(0, `${k}=${labels![k]}\n`);
  });
}

const MAX_ANNOTATION = 140;
const SKIPPED_ANNOTATIONS = new Set(['kubectl.kubernetes.io/last-applied-configuration']);

/** printAnnotationsMultiline: long or multi-line values go on their own lines, cut at 140. */
export function annotationsMultiline(w: PrefixWriter, title: string, annotations: Record<string, string> | undefined): void {
  w.write(0, `${title}:\t`);
  const keys = Object.keys(annotations ?? {})
    .filter((k) => !SKIPPED_ANNOTATIONS.has(k))
    .sort();
  if (!keys.length) {
    w.write(0, '<none>\n');
    return;
  }
  keys.forEach((k, i) => {
    if (i) w.write(0, '\t');
    const value = annotations![k]!.replace(/\n$/, '');
    if (value.length + k.length + 2 > MAX_ANNOTATION || value.includes('\n')) {
      w.write(0, `${k}:\n`);
      for (const s of value.split('\n')) w.write(0, `\t  ${s.length > MAX_ANNOTATION - 2 ? `${s.slice(0, MAX_ANNOTATION - 2)}...` : s}\n`);
    } else {
      w.write(0, `${k}: ${value}\n`);
    }
  });
}

/** printTolerationsMultilineWithIndent. */
export function tolerationsMultiline(w: PrefixWriter, title: string, tolerations: Json[] | undefined, initialIndent = '', innerIndent = '\t'): void {
  w.write(0, `${initialIndent}${title}:${innerIndent}`);
  const list = [...(tolerations ?? [])].sort((a, b) => String(a.key ?? '').localeCompare(String(b.key ?? '')));
  if (!list.length) {
    w.write(0, '<none>\n');
    return;
  }
  list.forEach((t, i) => {
    if (i) w.write(0, initialIndent + innerIndent);
    let s = t.key ?? '';
    if (t.value) s += `=${t.value}`;
    if (t.effect) s += `:${t.effect}`;
    if (t.operator === 'Exists' && !t.value) s += t.key || t.effect ? ' op=Exists' : 'op=Exists';
    if (t.tolerationSeconds !== undefined && t.tolerationSeconds !== null) s += ` for ${t.tolerationSeconds}s`;
    w.write(0, `${s}\n`);
  });
}

/** printNodeTaintsMultiline: sorted by effect then key; `key=value:Effect`. */
export function taintsMultiline(w: PrefixWriter, title: string, taints: Json[] | undefined): void {
  w.write(0, `${title}:\t`);
  const list = [...(taints ?? [])].sort((a, b) => `${a.effect},${a.key}`.localeCompare(`${b.effect},${b.key}`));
  if (!list.length) {
    w.write(0, '<none>\n');
    return;
  }
  list.forEach((t, i) => {
    if (i) w.write(0, '\t');
    w.write(0, `${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}\n`);
  });
}

/** `ReplicaSet/web-7d9c8b5f4`, or '' without a controller. */
export function controllerOf(obj: KObject): string {
  const ref = obj.metadata.ownerReferences?.find((r) => r.controller);
  return ref ? `${ref.kind}/${ref.name}` : '';
}

/** DescribeEvents: flushed apart, sorted by last time, `Age` as `3m (x5 over 10m)`, From = component. */
export function describeEvents(w: PrefixWriter, events: readonly KObject[] | undefined, now: number): void {
  if (!events) return;
  if (!events.length) {
    w.write(0, 'Events:\t<none>\n');
    return;
  }
  w.flush();
  const sorted = [...events].sort((a, b) => Date.parse(String(a.lastTimestamp)) - Date.parse(String(b.lastTimestamp)));
  w.write(0, 'Events:\n  Type\tReason\tAge\tFrom\tMessage\n');
  w.write(1, '----\t------\t----\t----\t-------\n');
  for (const e of sorted as Json[]) {
    const first = translateTimestampSince(e.firstTimestamp, now);
    const interval = (e.count ?? 1) > 1 ? `${translateTimestampSince(e.lastTimestamp, now)} (x${e.count} over ${first})` : first;
    const source = e.source?.component || e.reportingComponent || '';
    w.write(1, `${e.type}\t${e.reason}\t${interval}\t${source}\t${String(e.message ?? '').trim()}\n`);
  }
}
