/** describeJob, describeCronJob, describeStatefulSet. */
import type { KObject } from '../../api/types';
import type { Cluster } from '../../cluster/cluster';
import { requirementsOf, requirementsToString } from '../../cluster/selectors';
import { humanDuration } from '../age';
import { describePodTemplate } from './containers';
import { PrefixWriter, type DescribeOptions, annotationsMultiline, controllerOf, describeEvents, labelsMultiline, rfc1123z, type Json } from './writer';

export function describeJob(cluster: Cluster, job: KObject, opts: DescribeOptions = {}): string {
  const w = new PrefixWriter();
  const spec = job.spec as Json;
  const st = (job.status as Json) ?? {};
  w.write(0, `Name:\t${job.metadata.name}\n`);
  w.write(0, `Namespace:\t${job.metadata.namespace}\n`);
  w.write(0, `Selector:\t${requirementsToString(requirementsOf(spec.selector))}\n`);
  labelsMultiline(w, 'Labels', job.metadata.labels);
  annotationsMultiline(w, 'Annotations', job.metadata.annotations);
  const owner = controllerOf(job);
  if (owner) w.write(0, `Controlled By:\t${owner}\n`);
  if (spec.parallelism !== undefined) w.write(0, `Parallelism:\t${spec.parallelism}\n`);
  w.write(0, spec.completions !== undefined && spec.completions !== null ? `Completions:\t${spec.completions}\n` : 'Completions:\t<unset>\n');
  if (spec.completionMode) w.write(0, `Completion Mode:\t${spec.completionMode}\n`);
  if (spec.suspend !== undefined) w.write(0, `Suspend:\t${spec.suspend}\n`);
  if (spec.backoffLimit !== undefined) w.write(0, `Backoff Limit:\t${spec.backoffLimit}\n`);
  if (spec.ttlSecondsAfterFinished !== undefined) w.write(0, `TTL Seconds After Finished:\t${spec.ttlSecondsAfterFinished}\n`);
  if (st.startTime) w.write(0, `Start Time:\t${rfc1123z(st.startTime)}\n`);
  if (st.completionTime) w.write(0, `Completed At:\t${rfc1123z(st.completionTime)}\n`);
  if (st.startTime && st.completionTime) w.write(0, `Duration:\t${humanDuration(Date.parse(st.completionTime) - Date.parse(st.startTime))}\n`);
  if (spec.activeDeadlineSeconds) w.write(0, `Active Deadline Seconds:\t${spec.activeDeadlineSeconds}s\n`);
  w.write(0, st.ready === undefined ? `Pods Statuses:\t${st.active ?? 0} Active / ${st.succeeded ?? 0} Succeeded / ${st.failed ?? 0} Failed\n` : `Pods Statuses:\t${st.active ?? 0} Active (${st.ready} Ready) / ${st.succeeded ?? 0} Succeeded / ${st.failed ?? 0} Failed\n`);
  describePodTemplate(w, spec.template);
  describeEvents(w, opts.showEvents === false ? undefined : cluster.eventsFor(job), cluster.now());
  return w.toString();
}

export function describeCronJob(cluster: Cluster, cj: KObject, opts: DescribeOptions = {}): string {
  const w = new PrefixWriter();
  const spec = cj.spec as Json;
  const st = (cj.status as Json) ?? {};
  w.write(0, `Name:\t${cj.metadata.name}\n`);
  w.write(0, `Namespace:\t${cj.metadata.namespace}\n`);
  labelsMultiline(w, 'Labels', cj.metadata.labels);
  annotationsMultiline(w, 'Annotations', cj.metadata.annotations);
  w.write(0, `Schedule:\t${spec.schedule}\n`);
  w.write(0, `Concurrency Policy:\t${spec.concurrencyPolicy ?? 'Allow'}\n`);
  w.write(0, `Suspend:\t${spec.suspend === undefined ? '<unset>' : spec.suspend ? 'True' : 'False'}\n`);
  w.write(0, `Successful Job History Limit:\t${spec.successfulJobsHistoryLimit ?? '<unset>'}\n`);
  w.write(0, `Failed Job History Limit:\t${spec.failedJobsHistoryLimit ?? '<unset>'}\n`);
  w.write(0, spec.startingDeadlineSeconds !== undefined ? `Starting Deadline Seconds:\t${spec.startingDeadlineSeconds}s\n` : 'Starting Deadline Seconds:\t<unset>\n');
  const jt: Json = spec.jobTemplate?.spec ?? {};
  w.write(0, jt.selector ? `Selector:\t${requirementsToString(requirementsOf(jt.selector))}\n` : 'Selector:\t<unset>\n');
  w.write(0, jt.parallelism !== undefined ? `Parallelism:\t${jt.parallelism}\n` : 'Parallelism:\t<unset>\n');
  w.write(0, jt.completions !== undefined ? `Completions:\t${jt.completions}\n` : 'Completions:\t<unset>\n');
  if (jt.activeDeadlineSeconds) w.write(0, `Active Deadline Seconds:\t${jt.activeDeadlineSeconds}s\n`);
  describePodTemplate(w, jt.template);
  w.write(0, st.lastScheduleTime ? `Last Schedule Time:\t${rfc1123z(st.lastScheduleTime)}\n` : 'Last Schedule Time:\t<unset>\n');
  const active = ((st.active ?? []) as Json[]).map((j) => j.name);
  w.write(0, `Active Jobs:\t${active.length ? active.join(', ') : '<none>'}\n`);
  describeEvents(w, opts.showEvents === false ? undefined : cluster.eventsFor(cj), cluster.now());
  return w.toString();
}

export function describeStatefulSet(cluster: Cluster, sts: KObject, opts: DescribeOptions = {}): string {
  const w = new PrefixWriter();
  const spec = sts.spec as Json;
  const st = (sts.status as Json) ?? {};
  w.write(0, `Name:\t${sts.metadata.name}\n`);
  w.write(0, `Namespace:\t${sts.metadata.namespace}\n`);
  w.write(0, `CreationTimestamp:\t${rfc1123z(sts.metadata.creationTimestamp)}\n`);
  w.write(0, `Selector:\t${requirementsToString(requirementsOf(spec.selector))}\n`);
  labelsMultiline(w, 'Labels', sts.metadata.labels);
  annotationsMultiline(w, 'Annotations', sts.metadata.annotations);
  w.write(0, `Replicas:\t${spec.replicas ?? 1} desired | ${st.replicas ?? 0} total\n`);
  w.write(0, `Update Strategy:\t${spec.updateStrategy?.type ?? 'RollingUpdate'}\n`);
  const ru = spec.updateStrategy?.rollingUpdate;
  if (ru && ru.partition !== undefined) {
    w.write(1, `Partition:\t${ru.partition}\n`);
    if (ru.maxUnavailable !== undefined) w.write(1, `MaxUnavailable:\t${ru.maxUnavailable}\n`);
  }
  let running = 0;
  let waiting = 0;
  let succeeded = 0;
  let failed = 0;
  for (const p of cluster.store.ownedBy('pods', sts.metadata.uid!)) {
    const phase = (p.status as Json | undefined)?.phase;
    if (phase === 'Running') running++;
    else if (phase === 'Pending') waiting++;
    else if (phase === 'Succeeded') succeeded++;
    else if (phase === 'Failed') failed++;
  }
  w.write(0, `Pods Status:\t${running} Running / ${waiting} Waiting / ${succeeded} Succeeded / ${failed} Failed\n`);
  describePodTemplate(w, spec.template);
  const claims: Json[] = spec.volumeClaimTemplates ?? [];
  if (!claims.length) w.write(0, 'Volume Claims:\t<none>\n');
  else {
    w.write(0, 'Volume Claims:\n');
    for (const c of claims) {
      w.write(1, `Name:\t${c.metadata?.name}\n`);
      w.write(1, `StorageClass:\t${c.spec?.storageClassName ?? ''}\n`);
      labelsMultiline(w, 'Labels', c.metadata?.labels, '  ');
      labelsMultiline(w, 'Annotations', c.metadata?.annotations, '  ');
      w.write(1, `Capacity:\t${c.spec?.resources?.requests?.storage ?? '<default>'}\n`);
      w.write(1, `Access Modes:\t[${(c.spec?.accessModes ?? []).join(' ')}]\n`);
    }
  }
  describeEvents(w, opts.showEvents === false ? undefined : cluster.eventsFor(sts), cluster.now());
  return w.toString();
}
