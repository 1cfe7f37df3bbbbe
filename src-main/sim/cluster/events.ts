/**
 * The event recorder (client-go tools/record): core/v1 Events named `<object>.<hex nanoseconds>`,
 * with repeats of the same event aggregated into `count` and `lastTimestamp`, as kubectl shows
 * them (`3m (x5 over 10m)`).
 */
import type { KObject } from '../api/types';
import { rfc3339 } from './clock';

export interface EventSource {
  component: string;
  host?: string;
}

export type EventType = 'Normal' | 'Warning';

export interface EventInput {
  involved: KObject;
  type: EventType;
  reason: string;
  message: string;
  source: EventSource;
  /** `spec.containers{web}` for container-level kubelet events. */
  fieldPath?: string;
}

/** Events are kept for an hour, the API server's default --event-ttl. */
export const EVENT_TTL_MS = 60 * 60 * 1000;

/** The aggregation key: same source, object, type, reason and message. */
export function eventKey(e: EventInput): string {
  const o = e.involved.metadata;
  return [e.source.component, e.source.host ?? '', e.involved.kind, o.namespace ?? '', o.name, o.uid ?? '', e.fieldPath ?? '', e.type, e.reason, e.message].join('\u0000');
}

/** A new Event object for a first occurrence at `now` (ms). `seq` keeps names unique within a millisecond. */
export function newEvent(e: EventInput, now: number, seq: number, uid: string): KObject {
  const o = e.involved;
  const namespace = o.metadata.namespace ?? 'default';
  const nanos = BigInt(now) * 1000000n + BigInt(seq % 1000000);
  const involvedObject: Record<string, unknown> = {
    apiVersion: o.apiVersion,
    kind: o.kind,
    name: o.metadata.name,
    uid: o.metadata.uid,
  };
  if (o.metadata.namespace) involvedObject.namespace = o.metadata.namespace;
  if (o.metadata.resourceVersion) involvedObject.resourceVersion = o.metadata.resourceVersion;
  if (e.fieldPath) involvedObject.fieldPath = e.fieldPath;
  const ts = rfc3339(now);
  return {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: { name: `${o.metadata.name}.${nanos.toString(16)}`, namespace, uid, creationTimestamp: ts },
    involvedObject,
    reason: e.reason,
    message: e.message,
    source: e.source.host ? { component: e.source.component, host: e.source.host } : { component: e.source.component },
    firstTimestamp: ts,
    lastTimestamp: ts,
    count: 1,
    type: e.type,
    eventTime: null,
    reportingComponent: e.source.component,
    reportingInstance: e.source.host ?? '',
  };
}

/** The same event seen again at `now`. */
export function repeatEvent(prev: KObject, now: number): KObject {
  return { ...prev, metadata: { ...prev.metadata }, count: ((prev.count as number) ?? 1) + 1, lastTimestamp: rfc3339(now) };
}
