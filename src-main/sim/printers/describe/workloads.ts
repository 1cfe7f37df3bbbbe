/** describePod, describeDeployment, describeReplicaSet, describeDaemonSet. */
import type { KObject } from '../../api/types';
import type { Cluster } from '../../cluster/cluster';
import { formatLabelSelector, formatLabels, requirementsOf, requirementsToString } from '../../cluster/selectors';
import { translateTimestampSince } from '../age';
import { describeContainers, describePodTemplate, describeVolumes } from './containers';
import { PrefixWriter, type DescribeOptions, annotationsMultiline, controllerOf, describeEvents, labelsMultiline, rfc1123z, tolerationsMultiline, type Json } from './writer';

export function describePod(cluster: Cluster, pod: KObject, opts: DescribeOptions = {}): string {
  const w = new PrefixWriter();
  const spec = pod.spec as Json;
  const st = (pod.status as Json) ?? {};
  w.write(0, `Name:\t${pod.metadata.name}\n`);
  w.write(0, `Namespace:\t${pod.metadata.namespace}\n`);
  if (spec.priority !== undefined) w.write(0, `Priority:\t${spec.priority}\n`);
  if (spec.priorityClassName) w.write(0, `Priority Class Name:\t${spec.priorityClassName}\n`);
  if (spec.runtimeClassName) w.write(0, `Runtime Class Name:\t${spec.runtimeClassName}\n`);
  if (spec.serviceAccountName) w.write(0, `Service Account:\t${spec.serviceAccountName}\n`);
  w.write(0, spec.nodeName ? `Node:\t${spec.nodeName}/${st.hostIP ?? ''}\n` : 'Node:\t<none>\n');
  if (st.startTime) w.write(0, `Start Time:\t${rfc1123z(st.startTime)}\n`);
  labelsMultiline(w, 'Labels', pod.metadata.labels);
  annotationsMultiline(w, 'Annotations', pod.metadata.annotations);
  const terminal = st.phase === 'Failed' || st.phase === 'Succeeded';
  if (pod.metadata.deletionTimestamp && !terminal) {
    w.write(0, `Status:\tTerminating (lasts ${translateTimestampSince(pod.metadata.deletionTimestamp, cluster.now())})\n`);
    w.write(0, `Termination Grace Period:\t${(pod.metadata as Json).deletionGracePeriodSeconds ?? 30}s\n`);
  } else {
    w.write(0, `Status:\t${st.phase ?? ''}\n`);
  }
  if (st.reason) w.write(0, `Reason:\t${st.reason}\n`);
  if (st.message) w.write(0, `Message:\t${st.message}\n`);
  w.write(0, `IP:\t${st.podIP ?? ''}\n`);
  const ips: Json[] = st.podIPs ?? [];
  if (!ips.length) w.write(0, 'IPs:\t<none>\n');
  else {
    w.write(0, 'IPs:\n');
    for (const ip of ips) w.write(1, `IP:\t${ip.ip}\n`);
  }
  const owner = controllerOf(pod);
  if (owner) w.write(0, `Controlled By:\t${owner}\n`);
  if (st.nominatedNodeName) w.write(0, `NominatedNodeName:\t${st.nominatedNodeName}\n`);
  if (spec.initContainers?.length) describeContainers(w, 'Init Containers', spec.initContainers, st.initContainerStatuses, '');
  describeContainers(w, 'Containers', spec.containers ?? [], st.containerStatuses, '');
  if ((st.conditions ?? []).length) {
    w.write(0, 'Conditions:\n  Type\tStatus\n');
    for (const c of st.conditions as Json[]) w.write(1, `${c.type} \t${c.status} \n`);
  }
  describeVolumes(w, spec.volumes, '');
  w.write(0, `QoS Class:\t${st.qosClass ?? 'BestEffort'}\n`);
  labelsMultiline(w, 'Node-Selectors', spec.nodeSelector);
  tolerationsMultiline(w, 'Tolerations', spec.tolerations);
  describeEvents(w, opts.showEvents === false ? undefined : cluster.eventsFor(pod), cluster.now());
  return w.toString();
}

/** Running / Waiting / Succeeded / Failed pods a controller owns. */
function podCounts(cluster: Cluster, owner: KObject): string {
  let running = 0;
  let waiting = 0;
  let succeeded = 0;
  let failed = 0;
  for (const p of cluster.store.ownedBy('pods', owner.metadata.uid!)) {
    const phase = (p.status as Json | undefined)?.phase;
    if (phase === 'Running') running++;
    else if (phase === 'Pending') waiting++;
    else if (phase === 'Succeeded') succeeded++;
    else if (phase === 'Failed') failed++;
  }
  return `${running} Running / ${waiting} Waiting / ${succeeded} Succeeded / ${failed} Failed`;
}

function conditionsTable(w: PrefixWriter, conditions: Json[] | undefined): void {
  if (!(conditions ?? []).length) return;
  w.write(0, 'Conditions:\n  Type\tStatus\tReason\n');
  w.write(1, '----\t------\t------\n');
  for (const c of conditions!) w.write(1, `${c.type} \t${c.status}\t${c.reason ?? ''}\n`);
}

const replicasetList = (list: KObject[]) =>
  list.length ? list.map((rs) => `${rs.metadata.name} (${(rs.status as Json)?.replicas ?? 0}/${(rs.spec as Json).replicas ?? 0} replicas created)`).join(', ') : '<none>';

export function describeDeployment(cluster: Cluster, d: KObject, opts: DescribeOptions = {}): string {
  const w = new PrefixWriter();
  const spec = d.spec as Json;
  const st = (d.status as Json) ?? {};
  w.write(0, `Name:\t${d.metadata.name}\n`);
  w.write(0, `Namespace:\t${d.metadata.namespace}\n`);
  w.write(0, `CreationTimestamp:\t${rfc1123z(d.metadata.creationTimestamp)}\n`);
  labelsMultiline(w, 'Labels', d.metadata.labels);
  annotationsMultiline(w, 'Annotations', d.metadata.annotations);
  w.write(0, `Selector:\t${requirementsToString(requirementsOf(spec.selector))}\n`);
  w.write(
    0,
    `Replicas:\t${spec.replicas ?? 1} desired | ${st.updatedReplicas ?? 0} updated | ${st.replicas ?? 0} total | ${st.availableReplicas ?? 0} available | ${st.unavailableReplicas ?? 0} unavailable\n`,
  );
  w.write(0, `StrategyType:\t${spec.strategy?.type ?? 'RollingUpdate'}\n`);
  w.write(0, `MinReadySeconds:\t${spec.minReadySeconds ?? 0}\n`);
  const ru = spec.strategy?.rollingUpdate;
  if (ru) w.write(0, `RollingUpdateStrategy:\t${ru.maxUnavailable} max unavailable, ${ru.maxSurge} max surge\n`);
  describePodTemplate(w, spec.template);
  conditionsTable(w, st.conditions);
  const rsList = cluster.store.ownedBy('replicasets.apps', d.metadata.uid!);
  const revision = d.metadata.annotations?.['deployment.kubernetes.io/revision'];
  const isNew = (rs: KObject) => rs.metadata.annotations?.['deployment.kubernetes.io/revision'] === revision;
  const byCreation = (a: KObject, b: KObject) => String(a.metadata.creationTimestamp).localeCompare(String(b.metadata.creationTimestamp));
  const newRS = rsList.filter(isNew);
  // kubectl lists old ReplicaSets that still own pods.
  const oldRS = rsList.filter((rs) => !isNew(rs) && ((rs.spec as Json).replicas ?? 0) > 0).sort(byCreation);
  if (rsList.length) {
    w.write(0, `OldReplicaSets:\t${replicasetList(oldRS)}\n`);
    w.write(0, `NewReplicaSet:\t${replicasetList(newRS)}\n`);
  }
  describeEvents(w, opts.showEvents === false ? undefined : cluster.eventsFor(d), cluster.now());
  return w.toString();
}

export function describeReplicaSet(cluster: Cluster, rs: KObject, opts: DescribeOptions = {}): string {
  const w = new PrefixWriter();
  const spec = rs.spec as Json;
  const st = (rs.status as Json) ?? {};
  w.write(0, `Name:\t${rs.metadata.name}\n`);
  w.write(0, `Namespace:\t${rs.metadata.namespace}\n`);
  w.write(0, `Selector:\t${formatLabelSelector(spec.selector)}\n`);
  labelsMultiline(w, 'Labels', rs.metadata.labels);
  annotationsMultiline(w, 'Annotations', rs.metadata.annotations);
  const owner = controllerOf(rs);
  if (owner) w.write(0, `Controlled By:\t${owner}\n`);
  w.write(0, `Replicas:\t${st.replicas ?? 0} current / ${spec.replicas ?? 1} desired\n`);
  w.write(0, `Pods Status:\t${podCounts(cluster, rs)}\n`);
  describePodTemplate(w, spec.template);
  conditionsTable(w, st.conditions);
  describeEvents(w, opts.showEvents === false ? undefined : cluster.eventsFor(rs), cluster.now());
  return w.toString();
}

export function describeDaemonSet(cluster: Cluster, ds: KObject, opts: DescribeOptions = {}): string {
  const w = new PrefixWriter();
  const spec = ds.spec as Json;
  const st = (ds.status as Json) ?? {};
  w.write(0, `Name:\t${ds.metadata.name}\n`);
  w.write(0, `Namespace:\t${ds.metadata.namespace}\n`);
  w.write(0, `Selector:\t${requirementsToString(requirementsOf(spec.selector))}\n`);
  w.write(0, `Node-Selector:\t${formatLabels(spec.template?.spec?.nodeSelector)}\n`);
  labelsMultiline(w, 'Labels', ds.metadata.labels);
  annotationsMultiline(w, 'Annotations', ds.metadata.annotations);
  w.write(0, `Desired Number of Nodes Scheduled: ${st.desiredNumberScheduled ?? 0}\n`);
  w.write(0, `Current Number of Nodes Scheduled: ${st.currentNumberScheduled ?? 0}\n`);
  w.write(0, `Number of Nodes Scheduled with Up-to-date Pods: ${st.updatedNumberScheduled ?? 0}\n`);
  w.write(0, `Number of Nodes Scheduled with Available Pods: ${st.numberAvailable ?? 0}\n`);
  w.write(0, `Number of Nodes Misscheduled: ${st.numberMisscheduled ?? 0}\n`);
  w.write(0, `Pods Status:\t${podCounts(cluster, ds)}\n`);
  describePodTemplate(w, spec.template);
  describeEvents(w, opts.showEvents === false ? undefined : cluster.eventsFor(ds), cluster.now());
  return w.toString();
}
