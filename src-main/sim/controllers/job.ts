/**
 * The Job controller (pkg/controller/job): runs pods until `completions` succeed (at most
 * `parallelism` at a time), gives up after `backoffLimit` failures, and reports the status
 * `kubectl get jobs` reads (COMPLETIONS, DURATION, STATUS).
 */
import type { KObject } from '../api/types';
import type { Cluster } from '../cluster/cluster';
import { rfc3339 } from '../cluster/clock';
import { isDeleting } from '../cluster/objects';
import type { Controller } from './engine';
import { isPodReady, podFromTemplate, podsOf, setStatus, unchanged, type Json } from './util';

const SOURCE = { component: 'job-controller' };

function condition(type: string, reason: string, message: string, now: string): Json {
  return { lastProbeTime: now, lastTransitionTime: now, message, reason, status: 'True', type };
}

function finished(job: KObject): boolean {
  return (((job.status as Json) ?? {}).conditions ?? []).some((c: Json) => (c.type === 'Complete' || c.type === 'Failed') && c.status === 'True');
}

export function syncJob(cluster: Cluster, job: KObject): void {
  if (isDeleting(job)) return;
  const spec = job.spec as Json;
  const prev: Json = (job.status as Json) ?? {};
  const now = rfc3339(cluster.now());
  const pods = podsOf(cluster, job);
  const phase = (p: KObject) => (p.status as Json | undefined)?.phase;
  const active = pods.filter((p) => !isDeleting(p) && phase(p) !== 'Succeeded' && phase(p) !== 'Failed');
  const succeeded = pods.filter((p) => phase(p) === 'Succeeded').length;
  const failed = pods.filter((p) => phase(p) === 'Failed').length;
  const completions: number = spec.completions ?? 1;
  const status: Json = { ...prev };
  if (finished(job)) {
    status.active = undefined;
  } else if (succeeded >= completions) {
    for (const p of active) cluster.deleteObject(cluster.resourceType('pods'), p, 'Background');
    status.conditions = [
      ...(prev.conditions ?? []),
      condition('SuccessCriteriaMet', 'CompletionsReached', 'Reached expected number of succeeded pods', now),
      condition('Complete', 'CompletionsReached', 'Reached expected number of succeeded pods', now),
    ];
    status.completionTime = now;
    cluster.recordEvent({ involved: job, type: 'Normal', reason: 'Completed', message: 'Job completed', source: SOURCE });
  } else if (failed > (spec.backoffLimit ?? 6)) {
    for (const p of active) cluster.deleteObject(cluster.resourceType('pods'), p, 'Background');
    status.conditions = [
      ...(prev.conditions ?? []),
      condition('FailureTarget', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit', now),
      condition('Failed', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit', now),
    ];
    cluster.recordEvent({ involved: job, type: 'Warning', reason: 'BackoffLimitExceeded', message: 'Job has reached the specified backoff limit', source: SOURCE });
  } else if (!spec.suspend) {
    const want = Math.min(spec.parallelism ?? 1, completions - succeeded) - active.length;
    for (let i = 0; i < want; i++) {
      const pod = podFromTemplate(cluster, job, spec.template, `${job.metadata.name}-${cluster.rng.randomSuffix(5)}`);
      cluster.recordEvent({ involved: job, type: 'Normal', reason: 'SuccessfulCreate', message: `Created pod: ${pod.metadata.name}`, source: SOURCE });
    }
  }
  status.startTime ??= spec.suspend ? undefined : now;
  const nowActive = finished({ ...job, status }) ? [] : podsOf(cluster, job).filter((p) => !isDeleting(p) && phase(p) !== 'Succeeded' && phase(p) !== 'Failed');
  status.active = nowActive.length || undefined;
  status.ready = nowActive.filter(isPodReady).length;
  status.succeeded = succeeded || undefined;
  status.failed = failed || undefined;
  status.terminating = 0;
  status.uncountedTerminatedPods = {};
  for (const k of Object.keys(status)) if (status[k] === undefined) delete status[k];
  setStatus(cluster, job, status);
}

export const jobController: Controller = {
  name: 'job',
  watches: ['jobs.batch', 'pods'],
  sync(cluster) {
    for (const job of [...cluster.store.values('jobs.batch')]) {
      if (unchanged(cluster, 'job', job, podsOf(cluster, job))) continue;
      syncJob(cluster, job);
    }
  },
};
