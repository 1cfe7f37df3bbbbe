/**
 * `kubectl logs`: the lines a container printed, generated from its process model (./processes)
 * over the virtual time it ran. The errors are the kubelet's, as BadRequest StatusErrors.
 */
import type { KObject } from '../api/types';
import { badRequest } from '../api/errors';
import type { Cluster } from './cluster';
import { lookupImage, parseImage } from './images';
import { lastRunLines, processFor, runLines, type LogLine } from './processes';

type Json = Record<string, any>;

export interface LogOptions {
  /** Container name; default the first container. */
  container?: string;
  /** The previous run (`--previous`). */
  previous?: boolean;
  /** Only the last N lines; negative or undefined for all. */
  tail?: number;
  /** Only lines newer than this many seconds. */
  sinceSeconds?: number;
  /** Prefix each line with its RFC 3339 nano timestamp. */
  timestamps?: boolean;
}

/** Kubelet's message for a container that has not run yet. */
function waitingMessage(container: string, pod: string, reason: string | undefined): string {
  const why = reason === 'ErrImagePull' || reason === 'ImagePullBackOff' ? 'trying and failing to pull image' : reason === 'InvalidImageName' ? "image can't be pulled" : reason ?? 'ContainerCreating';
  return `container "${container}" in pod "${pod}" is waiting to start: ${why}`;
}

function nanoStamp(t: number): string {
  const iso = new Date(t).toISOString();
  return `${iso.slice(0, 19)}.${iso.slice(20, 23)}000000Z`;
}

export function podLogs(cluster: Cluster, pod: KObject, opts: LogOptions): string[] {
  const spec = pod.spec as Json;
  const containers: Json[] = spec.containers ?? [];
  const name = opts.container ?? containers[0]?.name;
  const container = containers.find((c) => c.name === name) ?? (spec.initContainers ?? []).find((c: Json) => c.name === name);
  if (!container) throw badRequest(`container ${name} is not valid for pod ${pod.metadata.name}`);
  const status: Json | undefined = ((pod.status as Json)?.containerStatuses ?? []).find((s: Json) => s.name === name);
  const rt = cluster.runtime.pods.get(pod.metadata.uid!)?.containers[name];
  const podName = pod.metadata.name;
  let start: number | undefined;
  let end: number;
  let restarts: number;
  if (opts.previous) {
    const term = status?.lastState?.terminated;
    if (!term || rt?.previousRunStart === undefined && !term.startedAt) throw badRequest(`previous terminated container "${name}" in pod "${podName}" not found`);
    start = rt?.previousRunStart ?? Date.parse(term.startedAt);
    end = Date.parse(term.finishedAt);
    restarts = (status?.restartCount ?? 1) - 1;
  } else {
    if (!rt || rt.runStart === undefined) throw badRequest(waitingMessage(name, podName, status?.state?.waiting?.reason));
    start = rt.runStart;
    const finished = status?.state?.terminated?.finishedAt ?? status?.lastState?.terminated?.finishedAt;
    end = rt.phase === 'running' ? cluster.now() : finished && Date.parse(finished) >= start ? Date.parse(finished) : cluster.now();
    restarts = status?.restartCount ?? 0;
  }
  const ref = parseImage(container.image ?? '');
  const model = processFor(container, ref.ok ? lookupImage(ref.ref) : undefined);
  const run = { start, key: `${pod.metadata.uid}/${name}/${restarts}`, podIP: (pod.status as Json)?.podIP };
  let lines: LogLine[];
  if (opts.tail !== undefined && opts.tail >= 0 && opts.sinceSeconds === undefined) lines = opts.tail === 0 ? [] : lastRunLines(model, run, end, opts.tail);
  else {
    lines = runLines(model, run, end);
    if (opts.sinceSeconds !== undefined) {
      const from = cluster.now() - opts.sinceSeconds * 1000;
      lines = lines.filter((l) => l.t >= from);
    }
    if (opts.tail !== undefined && opts.tail >= 0) lines = opts.tail === 0 ? [] : lines.slice(-opts.tail);
  }
  return lines.map((l) => (opts.timestamps ? `${nanoStamp(l.t)} ${l.text}` : l.text));
}
