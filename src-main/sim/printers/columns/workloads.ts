/** Pods and the workload controllers (printers.go printPod, printDeployment, printReplicaSet...). */
import { translateTimestampSince, humanDuration } from '../age';
import { requirementsOf, requirementsToString, formatLabels } from '../../cluster/selectors';
import { cols, containerCells, num, spec, status, type Json, type KindPrinter } from './types';

/** The STATUS, READY and RESTARTS logic of printPod. */
interface PodBase {
  ready: string;
  reason: string;
  restarts: number;
  lastRestart: number;
}

/** Stored objects never change, so what a pod's cells derive from it is computed once per object. */
const podBases = new WeakMap<object, PodBase>();

export function podSummary(pod: Json, now: number): { ready: string; reason: string; restarts: string } {
  let base = podBases.get(pod);
  if (!base) {
    base = podBase(pod);
    if (Object.isFrozen(pod)) podBases.set(pod, base);
  }
  const { restarts, lastRestart } = base;
  const restartsText = restarts !== 0 && lastRestart > 0 ? `${restarts} (${humanDuration(now - lastRestart)} ago)` : String(restarts);
  return { ready: base.ready, reason: base.reason, restarts: restartsText };
}

function podBase(pod: Json): PodBase {
  const st: Json = pod.status ?? {};
  const sp: Json = pod.spec ?? {};
  let reason: string = st.reason || st.phase || '';
  const conditions: Json[] | undefined = st.conditions;
  if (conditions) for (const c of conditions) if (c.type === 'PodScheduled' && c.reason === 'SchedulingGated') reason = 'SchedulingGated';
  let total = sp.containers ? sp.containers.length : 0;
  let restarts = 0;
  let readyCount = 0;
  let lastRestart = 0;
  let initializing = false;
  const initContainers: Json[] | undefined = sp.initContainers;
  if (initContainers?.length) {
    const restartable = new Set<string>();
    for (const ic of initContainers) {
      if (ic.restartPolicy === 'Always') {
        total++;
        restartable.add(ic.name);
      }
    }
    const initStatuses: Json[] = st.initContainerStatuses ?? [];
    for (let i = 0; i < initStatuses.length; i++) {
      const c = initStatuses[i]!;
      restarts += c.restartCount ?? 0;
      const finishedAt = c.lastState?.terminated?.finishedAt;
      if (finishedAt) lastRestart = Math.max(lastRestart, Date.parse(finishedAt));
      if (restartable.has(c.name) && c.started) {
        if (c.ready) readyCount++;
        continue;
      }
      if (c.state?.terminated?.exitCode === 0) continue;
      if (c.state?.terminated) {
        const t = c.state.terminated;
        reason = t.reason ? `Init:${t.reason}` : t.signal ? `Init:Signal:${t.signal}` : `Init:ExitCode:${t.exitCode}`;
      } else if (c.state?.waiting?.reason && c.state.waiting.reason !== 'PodInitializing') {
        reason = `Init:${c.state.waiting.reason}`;
      } else {
        reason = `Init:${i}/${initContainers.length}`;
      }
      initializing = true;
      break;
    }
  }
  if (!initializing || (conditions ?? []).some((c: Json) => c.type === 'Initialized' && c.status === 'True')) {
    let hasRunning = false;
    const statuses: Json[] | undefined = st.containerStatuses;
    if (statuses) {
      for (let i = statuses.length - 1; i >= 0; i--) {
        const c = statuses[i]!;
        restarts += c.restartCount ?? 0;
        const finishedAt = c.lastState?.terminated?.finishedAt;
        if (finishedAt) lastRestart = Math.max(lastRestart, Date.parse(finishedAt));
        const state = c.state;
        if (state?.waiting?.reason) reason = state.waiting.reason;
        else if (state?.terminated?.reason) reason = state.terminated.reason;
        else if (state?.terminated) reason = state.terminated.signal ? `Signal:${state.terminated.signal}` : `ExitCode:${state.terminated.exitCode}`;
        else if (c.ready && state?.running) {
          hasRunning = true;
          readyCount++;
        }
      }
    }
    if (reason === 'Completed' && hasRunning) {
      reason = (conditions ?? []).some((c: Json) => c.type === 'Ready' && c.status === 'True') ? 'Running' : 'NotReady';
    }
  }
  if (pod.metadata.deletionTimestamp && st.reason === 'NodeLost') reason = 'Unknown';
  else if (pod.metadata.deletionTimestamp && st.phase !== 'Succeeded' && st.phase !== 'Failed') reason = 'Terminating';
  return { ready: `${readyCount}/${total}`, reason, restarts, lastRestart };
}

export const podPrinter: KindPrinter = {
  columns: cols('Name', 'Ready', 'Status', 'Restarts', 'Age', '+IP', '+Node', '+Nominated Node', '+Readiness Gates'),
  row(o, { now, wide }) {
    const s = podSummary(o as Json, now);
    const age = translateTimestampSince(o.metadata.creationTimestamp, now);
    // The wide cells come last: skip computing them for the common narrow listing.
    if (!wide) return [o.metadata.name, s.ready, s.reason, s.restarts, age];
    const st = status(o);
    const sp = spec(o);
    const gates: Json[] = sp.readinessGates ?? [];
    let gatesText = '<none>';
    if (gates.length) {
      const ok = gates.filter((g) => (st.conditions ?? []).some((c: Json) => c.type === g.conditionType && c.status === 'True')).length;
      gatesText = `${ok}/${gates.length}`;
    }
    return [
      o.metadata.name,
      s.ready,
      s.reason,
      s.restarts,
      age,
      st.podIPs?.[0]?.ip || st.podIP || '<none>',
      sp.nodeName || '<none>',
      st.nominatedNodeName || '<none>',
      gatesText,
    ];
  },
};

const selectorText = (sel: Json | undefined) => requirementsToString(requirementsOf(sel));

export const deploymentPrinter: KindPrinter = {
  columns: cols('Name', 'Ready', 'Up-to-date', 'Available', 'Age', '+Containers', '+Images', '+Selector'),
  row(o, { now }) {
    const sp = spec(o);
    const st = status(o);
    const [containers, images] = containerCells(sp.template?.spec);
    return [o.metadata.name, `${st.readyReplicas ?? 0}/${sp.replicas ?? 0}`, num(st.updatedReplicas), num(st.availableReplicas), translateTimestampSince(o.metadata.creationTimestamp, now), containers, images, selectorText(sp.selector)];
  },
};

export const replicaSetPrinter: KindPrinter = {
  columns: cols('Name', 'Desired', 'Current', 'Ready', 'Age', '+Containers', '+Images', '+Selector'),
  row(o, { now }) {
    const sp = spec(o);
    const st = status(o);
    const [containers, images] = containerCells(sp.template?.spec);
    return [o.metadata.name, num(sp.replicas), num(st.replicas), num(st.readyReplicas), translateTimestampSince(o.metadata.creationTimestamp, now), containers, images, selectorText(sp.selector)];
  },
};

export const replicationControllerPrinter: KindPrinter = {
  columns: replicaSetPrinter.columns,
  row(o, { now }) {
    const sp = spec(o);
    const st = status(o);
    const [containers, images] = containerCells(sp.template?.spec);
    return [o.metadata.name, num(sp.replicas), num(st.replicas), num(st.readyReplicas), translateTimestampSince(o.metadata.creationTimestamp, now), containers, images, formatLabels(sp.selector)];
  },
};

export const daemonSetPrinter: KindPrinter = {
  columns: cols('Name', 'Desired', 'Current', 'Ready', 'Up-to-date', 'Available', 'Node Selector', 'Age', '+Containers', '+Images', '+Selector'),
  row(o, { now }) {
    const sp = spec(o);
    const st = status(o);
    const [containers, images] = containerCells(sp.template?.spec);
    return [
      o.metadata.name,
      num(st.desiredNumberScheduled),
      num(st.currentNumberScheduled),
      num(st.numberReady),
      num(st.updatedNumberScheduled),
      num(st.numberAvailable),
      formatLabels(sp.template?.spec?.nodeSelector),
      translateTimestampSince(o.metadata.creationTimestamp, now),
      containers,
      images,
      selectorText(sp.selector),
    ];
  },
};

export const statefulSetPrinter: KindPrinter = {
  columns: cols('Name', 'Ready', 'Age', '+Containers', '+Images'),
  row(o, { now }) {
    const sp = spec(o);
    const st = status(o);
    const [containers, images] = containerCells(sp.template?.spec);
    return [o.metadata.name, `${st.readyReplicas ?? 0}/${sp.replicas ?? 0}`, translateTimestampSince(o.metadata.creationTimestamp, now), containers, images];
  },
};

function jobStatus(o: Json): string {
  const conds: Json[] = o.status?.conditions ?? [];
  const has = (t: string) => conds.some((c) => c.type === t && c.status === 'True');
  if (has('Complete')) return 'Complete';
  if (has('Failed')) return 'Failed';
  if (o.metadata.deletionTimestamp) return 'Terminating';
  if (has('FailureTarget')) return 'FailureTarget';
  if (has('Suspended')) return 'Suspended';
  return 'Running';
}

export const jobPrinter: KindPrinter = {
  columns: cols('Name', 'Status', 'Completions', 'Duration', 'Age', '+Containers', '+Images', '+Selector'),
  row(o, { now }) {
    const sp = spec(o);
    const st = status(o);
    let completions: string;
    if (sp.completions !== undefined && sp.completions !== null) completions = `${st.succeeded ?? 0}/${sp.completions}`;
    else completions = (sp.parallelism ?? 1) > 1 ? `${st.succeeded ?? 0}/1 of ${sp.parallelism}` : `${st.succeeded ?? 0}/1`;
    let duration = '';
    if (st.startTime) {
      const end = st.completionTime ? Date.parse(st.completionTime) : now;
      duration = humanDuration(end - Date.parse(st.startTime));
    }
    const [containers, images] = containerCells(sp.template?.spec);
    return [o.metadata.name, jobStatus(o as Json), completions, duration, translateTimestampSince(o.metadata.creationTimestamp, now), containers, images, selectorText(sp.selector)];
  },
};

export const cronJobPrinter: KindPrinter = {
  columns: cols('Name', 'Schedule', 'Timezone', 'Suspend', 'Active', 'Last Schedule', 'Age', '+Containers', '+Images', '+Selector'),
  row(o, { now }) {
    const sp = spec(o);
    const st = status(o);
    const [containers, images] = containerCells(sp.jobTemplate?.spec?.template?.spec);
    return [
      o.metadata.name,
      sp.schedule ?? '',
      sp.timeZone || '<none>',
      sp.suspend ? 'True' : 'False',
      String((st.active ?? []).length),
      st.lastScheduleTime ? translateTimestampSince(st.lastScheduleTime, now) : '<none>',
      translateTimestampSince(o.metadata.creationTimestamp, now),
      containers,
      images,
      selectorText(sp.jobTemplate?.spec?.selector),
    ];
  },
};
