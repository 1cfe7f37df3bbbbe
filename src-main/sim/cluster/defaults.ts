/**
 * Defaulting as a 1.32 API server applies it on create and update (pkg/apis/<group>/v1/defaults.go).
 * Functions take a fresh copy and fill it in place; they never overwrite what the user set.
 */
import type { KObject } from '../api/types';

type Json = Record<string, any>;

function setDefault(target: Json, key: string, value: unknown): void {
  if (target[key] === undefined) target[key] = value;
}

/** `:latest` or no tag means "always pull"; a digest or any other tag means "if not present". */
export function defaultPullPolicy(image: string | undefined): string {
  if (!image) return 'IfNotPresent';
  if (image.includes('@')) return 'IfNotPresent';
  const lastSlash = image.lastIndexOf('/');
  const colon = image.indexOf(':', lastSlash + 1);
  if (colon < 0) return 'Always';
  return image.slice(colon + 1) === 'latest' ? 'Always' : 'IfNotPresent';
}

function defaultContainer(c: Json): void {
  setDefault(c, 'imagePullPolicy', defaultPullPolicy(c.image));
  setDefault(c, 'resources', {});
  setDefault(c, 'terminationMessagePath', '/dev/termination-log');
  setDefault(c, 'terminationMessagePolicy', 'File');
  for (const p of c.ports ?? []) setDefault(p, 'protocol', 'TCP');
  for (const probe of [c.livenessProbe, c.readinessProbe, c.startupProbe]) {
    if (!probe) continue;
    setDefault(probe, 'timeoutSeconds', 1);
    setDefault(probe, 'periodSeconds', 10);
    setDefault(probe, 'successThreshold', 1);
    setDefault(probe, 'failureThreshold', 3);
    if (probe.httpGet) setDefault(probe.httpGet, 'scheme', 'HTTP');
  }
}

/** Defaults of a PodSpec, both in pods and in templates. */
export function defaultPodSpec(spec: Json): void {
  setDefault(spec, 'restartPolicy', 'Always');
  setDefault(spec, 'terminationGracePeriodSeconds', 30);
  setDefault(spec, 'dnsPolicy', 'ClusterFirst');
  setDefault(spec, 'securityContext', {});
  setDefault(spec, 'schedulerName', 'default-scheduler');
  for (const c of spec.containers ?? []) defaultContainer(c);
  for (const c of spec.initContainers ?? []) defaultContainer(c);
  for (const v of spec.volumes ?? []) {
    if (v.configMap) setDefault(v.configMap, 'defaultMode', 420);
    if (v.secret) setDefault(v.secret, 'defaultMode', 420);
    if (v.emptyDir === null) v.emptyDir = {};
  }
}

export function defaultPodTemplate(template: Json | undefined): void {
  if (!template) return;
  setDefault(template, 'metadata', {});
  setDefault(template, 'spec', {});
  defaultPodSpec(template.spec);
}

function defaultDeployment(o: Json): void {
  const spec = (o.spec ??= {});
  setDefault(spec, 'replicas', 1);
  setDefault(spec, 'strategy', {});
  setDefault(spec.strategy, 'type', 'RollingUpdate');
  if (spec.strategy.type === 'RollingUpdate') {
    setDefault(spec.strategy, 'rollingUpdate', {});
    setDefault(spec.strategy.rollingUpdate, 'maxUnavailable', '25%');
    setDefault(spec.strategy.rollingUpdate, 'maxSurge', '25%');
  }
  setDefault(spec, 'revisionHistoryLimit', 10);
  setDefault(spec, 'progressDeadlineSeconds', 600);
  defaultPodTemplate(spec.template);
}

function defaultReplicaSet(o: Json): void {
  const spec = (o.spec ??= {});
  setDefault(spec, 'replicas', 1);
  defaultPodTemplate(spec.template);
}

function defaultDaemonSet(o: Json): void {
  const spec = (o.spec ??= {});
  setDefault(spec, 'updateStrategy', {});
  setDefault(spec.updateStrategy, 'type', 'RollingUpdate');
  if (spec.updateStrategy.type === 'RollingUpdate') {
    setDefault(spec.updateStrategy, 'rollingUpdate', {});
    setDefault(spec.updateStrategy.rollingUpdate, 'maxUnavailable', 1);
    setDefault(spec.updateStrategy.rollingUpdate, 'maxSurge', 0);
  }
  setDefault(spec, 'revisionHistoryLimit', 10);
  defaultPodTemplate(spec.template);
}

function defaultStatefulSet(o: Json): void {
  const spec = (o.spec ??= {});
  setDefault(spec, 'replicas', 1);
  setDefault(spec, 'podManagementPolicy', 'OrderedReady');
  setDefault(spec, 'updateStrategy', {});
  setDefault(spec.updateStrategy, 'type', 'RollingUpdate');
  if (spec.updateStrategy.type === 'RollingUpdate') {
    setDefault(spec.updateStrategy, 'rollingUpdate', {});
    setDefault(spec.updateStrategy.rollingUpdate, 'partition', 0);
  }
  setDefault(spec, 'revisionHistoryLimit', 10);
  setDefault(spec, 'persistentVolumeClaimRetentionPolicy', { whenDeleted: 'Retain', whenScaled: 'Retain' });
  defaultPodTemplate(spec.template);
}

function defaultJobSpec(spec: Json): void {
  // A Job's pods never restart in place forever: the template must say Never or OnFailure.
  setDefault(spec, 'parallelism', 1);
  setDefault(spec, 'completions', 1);
  setDefault(spec, 'backoffLimit', 6);
  setDefault(spec, 'completionMode', 'NonIndexed');
  setDefault(spec, 'suspend', false);
  setDefault(spec, 'podReplacementPolicy', 'TerminatingOrFailed');
  defaultPodTemplate(spec.template);
}

function defaultCronJob(o: Json): void {
  const spec = (o.spec ??= {});
  setDefault(spec, 'concurrencyPolicy', 'Allow');
  setDefault(spec, 'suspend', false);
  setDefault(spec, 'successfulJobsHistoryLimit', 3);
  setDefault(spec, 'failedJobsHistoryLimit', 1);
  const jobTemplate = (spec.jobTemplate ??= {});
  jobTemplate.metadata ??= {};
  defaultJobSpec((jobTemplate.spec ??= {}));
}

function defaultService(o: Json): void {
  const spec = (o.spec ??= {});
  setDefault(spec, 'type', 'ClusterIP');
  setDefault(spec, 'sessionAffinity', 'None');
  if (spec.type !== 'ExternalName') {
    setDefault(spec, 'internalTrafficPolicy', 'Cluster');
    setDefault(spec, 'ipFamilyPolicy', 'SingleStack');
    setDefault(spec, 'ipFamilies', ['IPv4']);
  }
  if (spec.type === 'NodePort' || spec.type === 'LoadBalancer') setDefault(spec, 'externalTrafficPolicy', 'Cluster');
  if (spec.type === 'LoadBalancer') setDefault(spec, 'allocateLoadBalancerNodePorts', true);
  for (const p of spec.ports ?? []) {
    setDefault(p, 'protocol', 'TCP');
    setDefault(p, 'targetPort', p.port);
  }
  setDefault(o, 'status', { loadBalancer: {} });
}

function defaultNamespace(o: Json): void {
  o.metadata.labels = { ...(o.metadata.labels ?? {}), 'kubernetes.io/metadata.name': o.metadata.name };
  setDefault(o, 'spec', { finalizers: ['kubernetes'] });
  setDefault(o, 'status', { phase: 'Active' });
}

function defaultSecret(o: Json): void {
  setDefault(o, 'type', 'Opaque');
}

function defaultPod(o: Json): void {
  const spec = (o.spec ??= {});
  defaultPodSpec(spec);
  setDefault(spec, 'enableServiceLinks', true);
  setDefault(spec, 'preemptionPolicy', 'PreemptLowerPriority');
  setDefault(spec, 'priority', 0);
  setDefault(spec, 'serviceAccountName', 'default');
  setDefault(spec, 'serviceAccount', spec.serviceAccountName);
  setDefault(spec, 'tolerations', [
    { effect: 'NoExecute', key: 'node.kubernetes.io/not-ready', operator: 'Exists', tolerationSeconds: 300 },
    { effect: 'NoExecute', key: 'node.kubernetes.io/unreachable', operator: 'Exists', tolerationSeconds: 300 },
  ]);
  setDefault(o, 'status', {});
  setDefault(o.status, 'phase', 'Pending');
  setDefault(o.status, 'qosClass', qosClass(spec));
}

/** BestEffort without requests or limits, Guaranteed when every container's requests equal its limits. */
function qosClass(spec: Json): string {
  const containers: Json[] = [...(spec.containers ?? []), ...(spec.initContainers ?? [])];
  const any = containers.some((c) => Object.keys(c.resources?.requests ?? {}).length || Object.keys(c.resources?.limits ?? {}).length);
  if (!any) return 'BestEffort';
  const guaranteed = containers.every((c) => {
    const limits = c.resources?.limits ?? {};
    const requests = c.resources?.requests ?? limits;
    return ['cpu', 'memory'].every((r) => limits[r] !== undefined && String(requests[r]) === String(limits[r]));
  });
  return guaranteed ? 'Guaranteed' : 'Burstable';
}

const BY_KIND: Record<string, (o: Json) => void> = {
  Pod: defaultPod,
  Deployment: defaultDeployment,
  ReplicaSet: defaultReplicaSet,
  DaemonSet: defaultDaemonSet,
  StatefulSet: defaultStatefulSet,
  Job: (o) => defaultJobSpec((o.spec ??= {})),
  CronJob: defaultCronJob,
  Service: defaultService,
  Namespace: defaultNamespace,
  Secret: defaultSecret,
  ReplicationController: (o) => {
    const spec = (o.spec ??= {});
    setDefault(spec, 'replicas', 1);
    defaultPodTemplate(spec.template);
  },
};

/** Applies the API server's defaults for the object's kind, in place. */
export function applyDefaults(obj: KObject): void {
  BY_KIND[obj.kind]?.(obj as Json);
}

/** Kinds whose metadata.generation the API server tracks (spec changes bump it). */
export const KINDS_WITH_GENERATION = new Set([
  'Deployment',
  'ReplicaSet',
  'DaemonSet',
  'StatefulSet',
  'Job',
  'CronJob',
  'ReplicationController',
  'HorizontalPodAutoscaler',
  'PodDisruptionBudget',
  'NetworkPolicy',
  'Ingress',
  'PersistentVolumeClaim',
  'CustomResourceDefinition',
]);
