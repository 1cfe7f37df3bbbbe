/** Builders shared by the cluster tests: one place for the objects tests create. */
import type { KObject } from '../../../../src-main/sim/api/types';
import { Cluster, type ClusterOptions } from '../../../../src-main/sim/cluster/cluster';
import { deepCopy } from '../../../../src-main/sim/cluster/objects';

/** 2026-11-26T10:00:00Z: every test cluster starts here unless told otherwise. */
export const START = Date.UTC(2026, 10, 26, 10, 0, 0);

export function newCluster(opts: ClusterOptions = {}): Cluster {
  return new Cluster({ seed: 7, start: START, ...opts });
}

export function deployment(name: string, image: string, replicas = 1, extra: { command?: string[]; labels?: Record<string, string> } = {}): KObject {
  const labels = extra.labels ?? { app: name };
  const container: Record<string, unknown> = { name: image.split('/').pop()!.split(':')[0]!.split('@')[0]!, image };
  if (extra.command) container.command = extra.command;
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, labels },
    spec: { replicas, selector: { matchLabels: labels }, template: { metadata: { labels }, spec: { containers: [container] } } },
  };
}

export function pod(name: string, image: string, opts: { command?: string[]; args?: string[]; restartPolicy?: string; labels?: Record<string, string> } = {}): KObject {
  const container: Record<string, unknown> = { name, image };
  if (opts.command) container.command = opts.command;
  if (opts.args) container.args = opts.args;
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, labels: opts.labels ?? { run: name } },
    spec: { containers: [container], ...(opts.restartPolicy ? { restartPolicy: opts.restartPolicy } : {}) },
  };
}

export function service(name: string, selector: Record<string, string>, port: number, type = 'ClusterIP', targetPort?: number): KObject {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name },
    spec: { type, selector, ports: [{ port, targetPort: targetPort ?? port, protocol: 'TCP' }] },
  };
}

/** `kubectl scale`: read, change replicas, write back. */
export function scale(cluster: Cluster, resource: string, name: string, replicas: number, namespace = 'default'): KObject {
  const obj = deepCopy(cluster.get(resource, namespace, name));
  (obj.spec as { replicas: number }).replicas = replicas;
  return cluster.update(obj);
}

/** Names of a type's objects in a namespace. */
export function names(cluster: Cluster, resource: string, namespace: string | undefined = 'default', labelSelector?: string): string[] {
  return cluster.list(resource, namespace, { labelSelector }).map((o) => o.metadata.name);
}

export type Json = Record<string, any>;
export const statusOf = (o: KObject): Json => (o.status as Json) ?? {};
