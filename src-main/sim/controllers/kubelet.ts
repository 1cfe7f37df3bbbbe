/**
 * The kubelets, as stages on pods bound to a node (after kwok's pod stages): admit → pull the image
 * (or fail: InvalidImageName, ErrImagePull → ImagePullBackOff with back-off) → create and start the
 * container → run until the process model says it exits → restart with CrashLoopBackOff back-off,
 * or finish (Completed/Error) → on deletion, Killing and removal once the process stops.
 * Each stage is match (a container in some phase) → delay (its deadline) → next (one step).
 */
import type { KObject } from '../api/types';
import type { Cluster } from '../cluster/cluster';
import { rfc3339 } from '../cluster/clock';
import { deepCopy, isDeleting } from '../cluster/objects';
import { lookupImage, parseImage, pullError, tagExists, type ImageRef } from '../cluster/images';
import { processFor } from '../cluster/processes';
import { hashInts } from '../cluster/rng';
import type { Stage } from './engine';
import type { Json } from './util';

export type ContainerPhase = 'pull' | 'pulling' | 'pull-failed' | 'pull-backoff' | 'invalid' | 'create' | 'running' | 'exited' | 'crash-backoff' | 'done';

export interface ContainerRuntime {
  phase: ContainerPhase;
  /** When the phase's next step is due (ms since epoch); Infinity when nothing is scheduled. */
  at: number;
  pullFailures: number;
  /** Start of the current (or last) run. */
  runStart?: number;
  /** Start of the run before, for `logs --previous`. */
  previousRunStart?: number;
  /** Duration of the pull in progress, for the Pulled message. */
  pullMs?: number;
}

export interface PodRuntime {
  containers: Readonly<Record<string, ContainerRuntime>>;
  sandboxReady: boolean;
  /** Set once Killing was sent: when the containers will have stopped. */
  stopAt?: number;
}

const KUBELET = { component: 'kubelet' };
const MAX_BACKOFF_MS = 300_000;

/** Go's time.Duration.String() for whole milliseconds: `512ms`, `1.5s`, `2.689s`. */
export function goDuration(ms: number): string {
  if (ms < 1000) return `${ms}ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(3).replace(/\.?0+$/, '')}s`;
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const sec = ((ms % 60_000) / 1000).toFixed(3).replace(/\.?0+$/, '');
  return h ? `${h}h${m}m${sec}s` : `${m}m${sec}s`;
}

function backoff(n: number): number {
  return Math.min(MAX_BACKOFF_MS, 10_000 * 2 ** Math.max(0, n - 1));
}

/** A stable fake digest per image name, like the registry's manifest digest. */
export function imageDigest(normalized: string): string {
  let out = '';
  for (let i = 0; out.length < 64; i++) out += hashInts('digest', normalized, i).toString(16).padStart(8, '0');
  return out.slice(0, 64);
}

interface Step {
  cluster: Cluster;
  pod: Json;
  rt: { containers: Record<string, ContainerRuntime>; sandboxReady: boolean; stopAt?: number };
  node: KObject | undefined;
  now: number;
}

function containerSpec(pod: Json, name: string): Json {
  return (pod.spec.containers as Json[]).find((c) => c.name === name)!;
}

function statusOf(pod: Json, name: string): Json {
  const list: Json[] = (pod.status.containerStatuses ??= []);
  let s = list.find((c) => c.name === name);
  if (!s) {
    s = { name };
    list.push(s);
  }
  return s;
}

function event(step: Step, name: string, type: 'Normal' | 'Warning', reason: string, message: string): void {
  step.cluster.recordEvent({ involved: step.pod as KObject, type, reason, message, source: KUBELET, fieldPath: `spec.containers{${name}}` });
}

function tokenMounts(c: Json): Json[] | undefined {
  const mounts: Json[] = c.volumeMounts ?? [];
  if (!mounts.length) return undefined;
  return mounts.map((m) => ({ mountPath: m.mountPath, name: m.name, ...(m.readOnly ? { readOnly: true, recursiveReadOnly: 'Disabled' } : {}) }));
}

function setWaiting(step: Step, name: string, reason: string, message?: string): void {
  const s = statusOf(step.pod, name);
  const c = containerSpec(step.pod, name);
  s.image ??= c.image;
  s.imageID ??= '';
  s.lastState ??= {};
  s.ready = false;
  s.restartCount ??= 0;
  s.started = false;
  s.state = { waiting: message ? { message, reason } : { reason } };
  const mounts = tokenMounts(c);
  if (mounts) s.volumeMounts = mounts;
}

function nodeIP(node: KObject | undefined): string {
  return ((((node?.status as Json) ?? {}).addresses ?? []) as Json[]).find((a) => a.type === 'InternalIP')?.address ?? '';
}

function nodeIndex(node: KObject | undefined): number {
  const cidr: string = ((node?.spec as Json) ?? {}).podCIDR ?? '10.244.1.0/24';
  return Number(cidr.split('.')[2] ?? 1);
}

function condition(prev: Json[] | undefined, type: string, status: string, now: string, reason?: string, message?: string): Json {
  const old = prev?.find((c) => c.type === type);
  const c: Json = { lastProbeTime: null, lastTransitionTime: old && old.status === status ? old.lastTransitionTime : now, status, type };
  if (message) c.message = message;
  if (reason) c.reason = reason;
  return c;
}

/** Pod phase and conditions from the container statuses. */
function recompute(step: Step): void {
  const pod = step.pod;
  const now = rfc3339(step.now);
  const names: string[] = (pod.spec.containers as Json[]).map((c) => c.name);
  const statuses: Json[] = pod.status.containerStatuses ?? [];
  const rts = names.map((n) => step.rt.containers[n]!);
  const everStarted = rts.every((r) => r.runStart !== undefined || r.phase === 'done');
  const allDone = rts.every((r) => r.phase === 'done');
  if (allDone) pod.status.phase = statuses.every((s) => s.state?.terminated?.exitCode === 0) ? 'Succeeded' : 'Failed';
  else pod.status.phase = everStarted ? 'Running' : 'Pending';
  const unready = names.filter((n) => !statuses.find((s) => s.name === n)?.ready);
  const prev: Json[] | undefined = pod.status.conditions;
  const scheduled = prev?.find((c) => c.type === 'PodScheduled') ?? condition(undefined, 'PodScheduled', 'True', now);
  const completed = allDone;
  const readyArgs: [string, string | undefined, string | undefined] = unready.length
    ? ['False', completed ? 'PodCompleted' : 'ContainersNotReady', completed ? undefined : `containers with unready status: [${unready.join(' ')}]`]
    : ['True', undefined, undefined];
  pod.status.conditions = [
    condition(prev, 'PodReadyToStartContainers', step.rt.sandboxReady && !completed ? 'True' : 'False', now),
    condition(prev, 'Initialized', 'True', now, completed ? 'PodCompleted' : undefined),
    condition(prev, 'Ready', readyArgs[0], now, readyArgs[1], readyArgs[2]),
    condition(prev, 'ContainersReady', readyArgs[0], now, readyArgs[1], readyArgs[2]),
    scheduled,
  ];
}

function runtimeOf(cluster: Cluster, pod: KObject): PodRuntime | undefined {
  return cluster.runtime.pods.get(pod.metadata.uid!);
}

function begin(cluster: Cluster, pod: KObject): Step {
  const rt = runtimeOf(cluster, pod)!;
  const node = cluster.store.get('nodes', undefined, (pod.spec as Json).nodeName);
  const containers: Record<string, ContainerRuntime> = {};
  for (const [k, v] of Object.entries(rt.containers)) containers[k] = { ...v };
  // Steps change status only: share the (frozen) spec with the stored version.
  const copy: Json = { ...pod, metadata: { ...pod.metadata }, status: deepCopy((pod.status as Json) ?? {}) };
  return { cluster, pod: copy, rt: { ...rt, containers }, node, now: cluster.now() };
}

function commit(step: Step): void {
  recompute(step);
  step.cluster.runtime.pods.set(step.pod.metadata.uid, { ...step.rt, containers: { ...step.rt.containers } });
  step.cluster.write(step.pod as KObject);
}

// ------------------------------------------------------------------ steps per container phase

function imageOf(step: Step, name: string): ImageRef | undefined {
  const r = parseImage(containerSpec(step.pod, name).image ?? '');
  return r.ok ? r.ref : undefined;
}

function hasImage(step: Step, normalized: string): boolean {
  return step.cluster.runtime.nodeImages.get(step.pod.spec.nodeName)?.has(normalized) ?? false;
}

function addImage(step: Step, normalized: string): void {
  const node = step.pod.spec.nodeName as string;
  const set = new Set(step.cluster.runtime.nodeImages.get(node) ?? []);
  set.add(normalized);
  step.cluster.runtime.nodeImages.set(node, set);
}

function startPull(step: Step, name: string, cr: ContainerRuntime): void {
  const c = containerSpec(step.pod, name);
  const ref = imageOf(step, name)!;
  const entry = lookupImage(ref);
  // A cached image pulls fast even with Always (only the manifest is checked).
  const ms = hasImage(step, ref.normalized) ? 300 + (hashInts(step.pod.metadata.uid, name, cr.pullFailures) % 600) : entry ? 800 + Math.round(entry.sizeBytes / 30_000) + (hashInts(step.pod.metadata.uid, name) % 700) : 900 + (hashInts(step.pod.metadata.uid, name, cr.pullFailures) % 600);
  event(step, name, 'Normal', 'Pulling', `Pulling image "${c.image}"`);
  cr.phase = 'pulling';
  cr.pullMs = ms;
  cr.at = step.now + ms;
}

/** The pod sandbox is up: the pod gets its IP. */
function readySandbox(step: Step): void {
  if (step.rt.sandboxReady) return;
  step.rt.sandboxReady = true;
  const ip = step.pod.spec.hostNetwork ? nodeIP(step.node) : step.cluster.alloc.allocatePodIP(nodeIndex(step.node));
  step.pod.status.podIP = ip;
  step.pod.status.podIPs = [{ ip }];
}

const STEPS: Record<ContainerPhase, ((step: Step, name: string, cr: ContainerRuntime) => void) | undefined> = {
  pull(step, name, cr) {
    readySandbox(step);
    const c = containerSpec(step.pod, name);
    const parsed = parseImage(c.image ?? '');
    if (!parsed.ok) {
      STEPS.invalid!(step, name, cr);
      return;
    }
    const ref = parsed.ref;
    const policy = c.imagePullPolicy ?? 'IfNotPresent';
    if (policy === 'Never' && !hasImage(step, ref.normalized)) {
      const msg = `Container image "${c.image}" is not present with pull policy of Never`;
      event(step, name, 'Warning', 'ErrImageNeverPull', msg);
      event(step, name, 'Warning', 'Failed', 'Error: ErrImageNeverPull');
      setWaiting(step, name, 'ErrImageNeverPull', msg);
      cr.phase = 'invalid';
      cr.at = step.now + 10_000 + (hashInts(step.pod.metadata.uid, name, step.now) % 5000);
      return;
    }
    if (policy !== 'Always' && hasImage(step, ref.normalized)) {
      event(step, name, 'Normal', 'Pulled', `Container image "${c.image}" already present on machine`);
      cr.phase = 'create';
      cr.at = step.now + 50;
      return;
    }
    startPull(step, name, cr);
  },
  pulling(step, name, cr) {
    const c = containerSpec(step.pod, name);
    const ref = imageOf(step, name)!;
    const known = lookupImage(ref);
    const entry = known && tagExists(ref, known) ? known : undefined;
    if (!entry) {
      const err = pullError(ref, known);
      event(step, name, 'Warning', 'Failed', `Failed to pull image "${c.image}": ${err}`);
      event(step, name, 'Warning', 'Failed', 'Error: ErrImagePull');
      setWaiting(step, name, 'ErrImagePull', err);
      cr.pullFailures += 1;
      cr.phase = 'pull-failed';
      cr.at = step.now + 1000;
      return;
    }
    const took = goDuration(cr.pullMs ?? 1000);
    event(step, name, 'Normal', 'Pulled', `Successfully pulled image "${c.image}" in ${took} (${took} including waiting). Image size: ${entry.sizeBytes} bytes.`);
    addImage(step, ref.normalized);
    cr.phase = 'create';
    cr.at = step.now + 50;
  },
  'pull-failed'(step, name, cr) {
    const c = containerSpec(step.pod, name);
    const msg = `Back-off pulling image "${c.image}"`;
    event(step, name, 'Normal', 'BackOff', msg);
    event(step, name, 'Warning', 'Failed', 'Error: ImagePullBackOff');
    setWaiting(step, name, 'ImagePullBackOff', msg);
    cr.phase = 'pull-backoff';
    cr.at = step.now + backoff(cr.pullFailures);
  },
  'pull-backoff'(step, name, cr) {
    startPull(step, name, cr);
  },
  invalid(step, name, cr) {
    const c = containerSpec(step.pod, name);
    const parsed = parseImage(c.image ?? '');
    const why = parsed.ok ? '' : parsed.error;
    event(step, name, 'Warning', 'InspectFailed', `Failed to apply default image tag "${c.image}": couldn't parse image reference "${c.image}": ${why}`);
    event(step, name, 'Warning', 'Failed', 'Error: InvalidImageName');
    setWaiting(step, name, 'InvalidImageName', `Failed to apply default image tag "${c.image}": couldn't parse image reference "${c.image}": ${why}`);
    cr.phase = 'invalid';
    // The kubelet re-syncs the pod every 10-15 s and reports the same failure again.
    cr.at = step.now + 10_000 + (hashInts(step.pod.metadata.uid, name, step.now) % 5000);
  },
  create(step, name, cr) {
    const c = containerSpec(step.pod, name);
    const ref = imageOf(step, name)!;
    event(step, name, 'Normal', 'Created', `Created container ${name}`);
    event(step, name, 'Normal', 'Started', `Started container ${name}`);
    const s = statusOf(step.pod, name);
    const restarted = cr.runStart !== undefined;
    if (restarted) {
      s.restartCount = (s.restartCount ?? 0) + 1;
      cr.previousRunStart = cr.runStart;
    }
    cr.runStart = step.now;
    s.containerID = `containerd://${step.cluster.rng.hex(64)}`;
    s.image = ref.normalized;
    s.imageID = `${ref.domain}/${ref.path}@sha256:${imageDigest(ref.normalized)}`;
    s.lastState = s.lastState ?? {};
    s.ready = !c.readinessProbe;
    s.restartCount ??= 0;
    s.started = true;
    s.state = { running: { startedAt: rfc3339(step.now) } };
    const mounts = tokenMounts(c);
    if (mounts) s.volumeMounts = mounts;
    const model = processFor(c, lookupImage(ref));
    cr.phase = 'running';
    cr.at = model.runsForMs === undefined ? Infinity : step.now + model.runsForMs;
  },
  running(step, name, cr) {
    const c = containerSpec(step.pod, name);
    const model = processFor(c, lookupImage(imageOf(step, name)!));
    const s = statusOf(step.pod, name);
    const code = model.exitCode;
    s.ready = false;
    s.started = false;
    s.state = { terminated: { containerID: s.containerID, exitCode: code, finishedAt: rfc3339(step.now), reason: code === 0 ? 'Completed' : 'Error', startedAt: s.state?.running?.startedAt ?? rfc3339(cr.runStart ?? step.now) } };
    const policy = step.pod.spec.restartPolicy ?? 'Always';
    if (policy === 'Always' || (policy === 'OnFailure' && code !== 0)) {
      cr.phase = 'exited';
      cr.at = step.now + 1000;
    } else {
      cr.phase = 'done';
      cr.at = Infinity;
    }
  },
  exited(step, name, cr) {
    const s = statusOf(step.pod, name);
    const restarts = s.restartCount ?? 0;
    s.lastState = { terminated: s.state.terminated };
    if (restarts === 0) {
      // The first restart is immediate; back-off starts with the second.
      restartContainer(step, name, cr);
      return;
    }
    const delay = backoff(restarts);
    const pod = step.pod;
    const who = `${pod.metadata.name}_${pod.metadata.namespace}(${pod.metadata.uid})`;
    event(step, name, 'Warning', 'BackOff', `Back-off restarting failed container ${name} in pod ${who}`);
    s.state = { waiting: { message: `back-off ${goDuration(delay)} restarting failed container=${name} pod=${who}`, reason: 'CrashLoopBackOff' } };
    cr.phase = 'crash-backoff';
    cr.at = step.now + delay;
  },
  'crash-backoff'(step, name, cr) {
    restartContainer(step, name, cr);
  },
  done: undefined,
};

function restartContainer(step: Step, name: string, cr: ContainerRuntime): void {
  const s = statusOf(step.pod, name);
  if (!s.lastState?.terminated && s.state?.terminated) s.lastState = { terminated: s.state.terminated };
  const c = containerSpec(step.pod, name);
  if ((c.imagePullPolicy ?? 'IfNotPresent') === 'Always') {
    startPull(step, name, cr);
    return;
  }
  event(step, name, 'Normal', 'Pulled', `Container image "${c.image}" already present on machine`);
  cr.phase = 'create';
  cr.at = step.now + 50;
}

// ------------------------------------------------------------------ stages

function bound(pod: KObject): boolean {
  return !!(pod.spec as Json).nodeName;
}

/** A bound pod the kubelet has not seen yet: containers waiting in ContainerCreating. */
const admit: Stage = {
  name: 'kubelet-admit',
  resource: 'pods',
  match: (pod, cluster) => bound(pod) && !isDeleting(pod) && !runtimeOf(cluster, pod),
  delayMs: () => 0,
  next(pod, cluster) {
    const containers: Record<string, ContainerRuntime> = {};
    const now = cluster.now();
    for (const c of ((pod.spec as Json).containers ?? []) as Json[]) {
      containers[c.name] = { phase: 'pull', at: now + 600 + (hashInts(pod.metadata.uid!, c.name) % 900), pullFailures: 0 };
    }
    cluster.runtime.pods.set(pod.metadata.uid!, { containers, sandboxReady: false });
    const step = begin(cluster, pod);
    const node = step.node;
    step.pod.status = { ...(step.pod.status ?? {}) };
    step.pod.status.hostIP = nodeIP(node);
    step.pod.status.hostIPs = [{ ip: nodeIP(node) }];
    step.pod.status.startTime = rfc3339(now);
    step.pod.status.containerStatuses = [];
    for (const c of ((pod.spec as Json).containers ?? []) as Json[]) setWaiting(step, c.name, 'ContainerCreating');
    commit(step);
  },
};

function containerStage(phase: ContainerPhase): Stage {
  const due = (pod: KObject, cluster: Cluster) => {
    const rt = runtimeOf(cluster, pod);
    if (!rt) return Infinity;
    let min = Infinity;
    for (const cr of Object.values(rt.containers)) if (cr.phase === phase && cr.at < min) min = cr.at;
    return min;
  };
  return {
    name: `kubelet-${phase}`,
    resource: 'pods',
    match: (pod, cluster) => !isDeleting(pod) && due(pod, cluster) !== Infinity,
    delayMs: (pod, cluster) => due(pod, cluster) - cluster.now(),
    next(pod, cluster) {
      const step = begin(cluster, pod);
      for (const [name, cr] of Object.entries(step.rt.containers)) {
        if (cr.phase === phase && cr.at <= step.now) STEPS[phase]!(step, name, cr);
      }
      commit(step);
    },
  };
}

/** A deleted pod: Killing for its running containers; it stops at once or after the grace period. */
const kill: Stage = {
  name: 'kubelet-kill',
  resource: 'pods',
  match: (pod, cluster) => bound(pod) && isDeleting(pod) && runtimeOf(cluster, pod)?.stopAt === undefined,
  delayMs: () => 0,
  next(pod, cluster) {
    const now = cluster.now();
    const rt = runtimeOf(cluster, pod) ?? { containers: {}, sandboxReady: false };
    const grace = (((pod.metadata as Json).deletionGracePeriodSeconds ?? 30) as number) * 1000;
    let stop = 0;
    for (const c of ((pod.spec as Json).containers ?? []) as Json[]) {
      const cr = rt.containers[c.name];
      if (cr?.phase !== 'running') continue;
      cluster.recordEvent({ involved: pod, type: 'Normal', reason: 'Killing', message: `Stopping container ${c.name}`, source: KUBELET, fieldPath: `spec.containers{${c.name}}` });
      const ref = parseImage(c.image ?? '');
      const model = processFor(c, ref.ok ? lookupImage(ref.ref) : undefined);
      stop = Math.max(stop, model.stopsOnTermMs === undefined ? grace : Math.min(grace, model.stopsOnTermMs));
    }
    cluster.runtime.pods.set(pod.metadata.uid!, { ...rt, stopAt: now + stop });
    cluster.poke(pod);
  },
};

const remove: Stage = {
  name: 'kubelet-remove',
  resource: 'pods',
  match: (pod, cluster) => isDeleting(pod) && runtimeOf(cluster, pod)?.stopAt !== undefined,
  delayMs: (pod, cluster) => runtimeOf(cluster, pod)!.stopAt! - cluster.now(),
  next(pod, cluster) {
    cluster.runtime.pods.delete(pod.metadata.uid!);
    cluster.remove(pod);
  },
};

export const KUBELET_STAGES: readonly Stage[] = [
  admit,
  containerStage('pull'),
  containerStage('pulling'),
  containerStage('pull-failed'),
  containerStage('pull-backoff'),
  containerStage('invalid'),
  containerStage('create'),
  containerStage('running'),
  containerStage('exited'),
  containerStage('crash-backoff'),
  kill,
  remove,
];

/**
 * A container whose image an update changed: the kubelet kills it ("definition changed") and
 * starts it again from the pull step, which counts a restart.
 */
export function restartContainers(cluster: Cluster, pod: KObject, names: string[]): void {
  const rt = runtimeOf(cluster, pod);
  if (!rt) return;
  const step = begin(cluster, pod);
  for (const name of names) {
    const cr = step.rt.containers[name];
    if (!cr) continue;
    if (cr.phase === 'running') {
      cluster.recordEvent({ involved: pod, type: 'Normal', reason: 'Killing', message: `Container ${name} definition changed, will be restarted`, source: KUBELET, fieldPath: `spec.containers{${name}}` });
      const s = statusOf(step.pod, name);
      s.lastState = { terminated: { containerID: s.containerID, exitCode: 0, finishedAt: rfc3339(step.now), reason: 'Completed', startedAt: s.state?.running?.startedAt } };
    }
    setWaiting(step, name, 'ContainerCreating');
    statusOf(step.pod, name).image = containerSpec(step.pod, name).image;
    cr.phase = 'pull';
    cr.at = step.now + 500;
  }
  commit(step);
}
