/**
 * The CronJob controller as a stage: a CronJob waits until its next scheduled minute, then creates
 * the Job `<cronjob>-<minutes since epoch>` from its template, tracks it in `status.active`, and
 * keeps only the last successful/failed jobs its history limits allow.
 */
import type { KObject } from '../api/types';
import type { Cluster } from '../cluster/cluster';
import { rfc3339 } from '../cluster/clock';
import { deepCopy, isDeleting } from '../cluster/objects';
import type { Controller, Stage } from './engine';
import { nextRun, parseCron } from './cron';
import { ownerRef, setStatus, type Json } from './util';

const SOURCE = { component: 'cronjob-controller' };

function lastScheduled(cj: KObject): number {
  const st = (cj.status as Json) ?? {};
  return Date.parse(st.lastScheduleTime ?? String(cj.metadata.creationTimestamp));
}

function due(cj: KObject): number | undefined {
  try {
    return nextRun(parseCron(String((cj.spec as Json).schedule ?? '')), lastScheduled(cj));
  } catch {
    return undefined;
  }
}

const jobState = (job: KObject) => (((job.status as Json) ?? {}).conditions ?? []).find((c: Json) => (c.type === 'Complete' || c.type === 'Failed') && c.status === 'True')?.type as string | undefined;

/** Creates the Job for the schedule that fell due. */
export const cronJobScheduleStage: Stage = {
  name: 'cronjob-schedule',
  resource: 'cronjobs.batch',
  match: (cj) => !isDeleting(cj) && !(cj.spec as Json).suspend && due(cj) !== undefined,
  delayMs: (cj, cluster) => due(cj)! - cluster.now(),
  next(cj, cluster) {
    const spec = cj.spec as Json;
    const scheduled = due(cj)!;
    const active = cluster.store.ownedBy('jobs.batch', cj.metadata.uid!).filter((j) => !jobState(j));
    const st: Json = { ...((cj.status as Json) ?? {}), lastScheduleTime: rfc3339(scheduled) };
    if (spec.concurrencyPolicy === 'Forbid' && active.length) {
      setStatus(cluster, cj, st);
      return;
    }
    if (spec.concurrencyPolicy === 'Replace') {
      for (const j of active) {
        cluster.deleteObject(cluster.resourceType('jobs'), j, 'Background');
        cluster.recordEvent({ involved: cj, type: 'Normal', reason: 'SuccessfulDelete', message: `Deleted job ${j.metadata.name}`, source: SOURCE });
      }
    }
    const template = deepCopy(spec.jobTemplate ?? {});
    const name = `${cj.metadata.name}-${Math.floor(scheduled / 60_000)}`;
    const job = cluster.createInternal({
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: {
        name,
        namespace: cj.metadata.namespace,
        labels: { ...(template.metadata?.labels ?? {}) },
        annotations: { 'batch.kubernetes.io/cronjob-scheduled-timestamp': rfc3339(scheduled), ...(template.metadata?.annotations ?? {}) },
        ownerReferences: [ownerRef(cj)],
      },
      spec: template.spec ?? {},
    });
    cluster.recordEvent({ involved: cj, type: 'Normal', reason: 'SuccessfulCreate', message: `Created job ${job.metadata.name}`, source: SOURCE });
    setStatus(cluster, cj, st);
  },
};

/** Tracks active jobs, notes finished ones, trims history. */
export const cronJobController: Controller = {
  name: 'cronjob',
  watches: ['cronjobs.batch', 'jobs.batch'],
  sync(cluster: Cluster) {
    for (const cj of [...cluster.store.values('cronjobs.batch')]) {
      if (isDeleting(cj)) continue;
      const spec = cj.spec as Json;
      const jobs = cluster.store.ownedBy('jobs.batch', cj.metadata.uid!).sort((a, b) => String(a.metadata.creationTimestamp).localeCompare(String(b.metadata.creationTimestamp)));
      const prev: Json = (cj.status as Json) ?? {};
      const wasActive = new Set(((prev.active ?? []) as Json[]).map((r) => r.uid));
      for (const j of jobs) {
        const state = jobState(j);
        if (state && wasActive.has(j.metadata.uid)) {
          cluster.recordEvent({ involved: cj, type: 'Normal', reason: 'SawCompletedJob', message: `Saw completed job: ${j.metadata.name}, condition: ${state}`, source: SOURCE });
        }
      }
      for (const [state, limit] of [
        ['Complete', spec.successfulJobsHistoryLimit ?? 3],
        ['Failed', spec.failedJobsHistoryLimit ?? 1],
      ] as Array<[string, number]>) {
        const done = jobs.filter((j) => jobState(j) === state);
        for (const j of done.slice(0, Math.max(0, done.length - limit))) {
          cluster.deleteObject(cluster.resourceType('jobs'), j, 'Background');
          cluster.recordEvent({ involved: cj, type: 'Normal', reason: 'SuccessfulDelete', message: `Deleted job ${j.metadata.name}`, source: SOURCE });
        }
      }
      const active = cluster.store
        .ownedBy('jobs.batch', cj.metadata.uid!)
        .filter((j) => !jobState(j))
        .map((j) => ({ apiVersion: 'batch/v1', kind: 'Job', name: j.metadata.name, namespace: j.metadata.namespace, resourceVersion: j.metadata.resourceVersion, uid: j.metadata.uid }));
      const st: Json = { ...prev };
      if (active.length) st.active = active;
      else delete st.active;
      const lastSuccess = jobs.filter((j) => jobState(j) === 'Complete').map((j) => (j.status as Json).completionTime).sort().pop();
      if (lastSuccess) st.lastSuccessfulTime = lastSuccess;
      // resourceVersion of active jobs changes with every job write: compare without it.
      const strip = (list: Json[] | undefined) => (list ?? []).map((r) => r.uid).join(',');
      if (strip(prev.active) === strip(st.active) && prev.lastSuccessfulTime === st.lastSuccessfulTime) continue;
      setStatus(cluster, cj, st);
    }
  },
};
