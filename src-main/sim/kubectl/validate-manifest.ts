/**
 * The checks a manifest meets before the API server stores it, as kubectl 1.32 and the server
 * make them: kubectl's client-side check that apiVersion and kind are set
 * (kubectl/pkg/validation), and the server's strict field validation (`--validate=strict`, the
 * default) that rejects unknown fields, or with `--validate=warn` returns them as warnings.
 */
import { badRequest } from '../api/errors';
import type { KObject } from '../api/types';
import { MODELS } from '../explain';
import { modelName } from '../explain/render';
import { CliError } from './errors';

/**
 * cli-runtime's visitor wraps the validator's aggregate: one error reads bare, several in
 * brackets, then the hint to turn validation off.
 */
export function checkTypeMeta(doc: Record<string, unknown>, source: string): void {
  const errs: string[] = [];
  if (doc.apiVersion === undefined || doc.apiVersion === null) errs.push('apiVersion not set');
  else if (typeof doc.apiVersion !== 'string') errs.push("apiVersion isn't string type");
  if (doc.kind === undefined || doc.kind === null) errs.push('kind not set');
  else if (typeof doc.kind !== 'string') errs.push("kind isn't string type");
  if (errs.length === 0) return;
  const aggregate = errs.length === 1 ? errs[0] : `[${errs.join(', ')}]`;
  throw new CliError(`error validating "${source}": error validating data: ${aggregate}; if you choose to ignore these errors, turn validation off with --validate=false`);
}

/**
 * The complete field lists (Kubernetes 1.32) of the models checked for unknown fields. The explain
 * schema is a compact copy that leaves out fields learners rarely read about, so it cannot say on
 * its own that a field does not exist: a model is checked only when listed here, and below a
 * field whose model is not listed (Affinity, Probe, ...) or kinds the simulator has no list for
 * (CRDs, RBAC, ...) nothing is checked, so a valid manifest is never rejected.
 */
const TOP = ['apiVersion', 'kind', 'metadata', 'spec', 'status'];
const COMPLETE: Record<string, readonly string[]> = {
  Pod: TOP,
  Deployment: TOP,
  DaemonSet: TOP,
  Service: TOP,
  ConfigMap: ['apiVersion', 'binaryData', 'data', 'immutable', 'kind', 'metadata'],
  Secret: ['apiVersion', 'data', 'immutable', 'kind', 'metadata', 'stringData', 'type'],
  ObjectMeta: ['annotations', 'creationTimestamp', 'deletionGracePeriodSeconds', 'deletionTimestamp', 'finalizers', 'generateName', 'generation', 'labels', 'managedFields', 'name', 'namespace', 'ownerReferences', 'resourceVersion', 'selfLink', 'uid'],
  PodTemplateSpec: ['metadata', 'spec'],
  LabelSelector: ['matchExpressions', 'matchLabels'],
  DeploymentSpec: ['minReadySeconds', 'paused', 'progressDeadlineSeconds', 'replicas', 'revisionHistoryLimit', 'selector', 'strategy', 'template'],
  // A Deployment's YAML turned into a DaemonSet by changing `kind` (notes 001 and 004) fails on these.
  DeploymentStatus: ['availableReplicas', 'collisionCount', 'conditions', 'observedGeneration', 'readyReplicas', 'replicas', 'unavailableReplicas', 'updatedReplicas'],
  DaemonSetSpec: ['minReadySeconds', 'revisionHistoryLimit', 'selector', 'template', 'updateStrategy'],
  DaemonSetStatus: ['collisionCount', 'conditions', 'currentNumberScheduled', 'desiredNumberScheduled', 'numberAvailable', 'numberMisscheduled', 'numberReady', 'numberUnavailable', 'observedGeneration', 'updatedNumberScheduled'],
  PodSpec: ['activeDeadlineSeconds', 'affinity', 'automountServiceAccountToken', 'containers', 'dnsConfig', 'dnsPolicy', 'enableServiceLinks', 'ephemeralContainers', 'hostAliases', 'hostIPC', 'hostNetwork', 'hostPID', 'hostUsers', 'hostname', 'imagePullSecrets', 'initContainers', 'nodeName', 'nodeSelector', 'os', 'overhead', 'preemptionPolicy', 'priority', 'priorityClassName', 'readinessGates', 'resourceClaims', 'resources', 'restartPolicy', 'runtimeClassName', 'schedulerName', 'schedulingGates', 'securityContext', 'serviceAccount', 'serviceAccountName', 'setHostnameAsFQDN', 'shareProcessNamespace', 'subdomain', 'terminationGracePeriodSeconds', 'tolerations', 'topologySpreadConstraints', 'volumes'],
  Container: ['args', 'command', 'env', 'envFrom', 'image', 'imagePullPolicy', 'lifecycle', 'livenessProbe', 'name', 'ports', 'readinessProbe', 'resizePolicy', 'resources', 'restartPolicy', 'securityContext', 'startupProbe', 'stdin', 'stdinOnce', 'terminationMessagePath', 'terminationMessagePolicy', 'tty', 'volumeDevices', 'volumeMounts', 'workingDir'],
  ContainerPort: ['containerPort', 'hostIP', 'hostPort', 'name', 'protocol'],
  EnvVar: ['name', 'value', 'valueFrom'],
  ServiceSpec: ['allocateLoadBalancerNodePorts', 'clusterIP', 'clusterIPs', 'externalIPs', 'externalName', 'externalTrafficPolicy', 'healthCheckNodePort', 'internalTrafficPolicy', 'ipFamilies', 'ipFamilyPolicy', 'loadBalancerClass', 'loadBalancerIP', 'loadBalancerSourceRanges', 'ports', 'publishNotReadyAddresses', 'selector', 'sessionAffinity', 'sessionAffinityConfig', 'trafficDistribution', 'type'],
  ServicePort: ['appProtocol', 'name', 'nodePort', 'port', 'protocol', 'targetPort'],
};

const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The unknown fields of `value` read as `model`, with the server's paths (`spec.containers[0].imagez`), in document order. */
function unknownIn(model: string, value: unknown, path: string, found: string[]): void {
  const known = COMPLETE[model];
  if (!known || !isMap(value)) return;
  for (const [key, child] of Object.entries(value)) {
    const here = path ? `${path}.${key}` : key;
    if (!known.includes(key)) {
      found.push(here);
      continue;
    }
    const type = MODELS[model]?.fields[key]?.type;
    if (!type || type.startsWith('map[')) continue;
    const childModel = modelName(type);
    if (type.startsWith('[]') && Array.isArray(child)) child.forEach((item, i) => unknownIn(childModel, item, `${here}[${i}]`, found));
    else unknownIn(childModel, child, here, found);
  }
}

/** The paths of the fields of `obj` its kind does not have; empty for kinds not covered. */
export function unknownFields(obj: KObject): string[] {
  const found: string[] = [];
  unknownIn(obj.kind, obj, '', found);
  return found;
}

export type FieldValidation = 'strict' | 'warn' | 'ignore';

/** `--validate`: true/strict (the default), warn, false/ignore. */
export function fieldValidation(flag: string | undefined): FieldValidation {
  if (flag === undefined || flag === '' || flag === 'true' || flag === 'strict') return 'strict';
  if (flag === 'warn') return 'warn';
  if (flag === 'false' || flag === 'ignore') return 'ignore';
  throw new CliError(`invalid - validate option "${flag}"; must be one of: strict (or true), warn, ignore (or false)`);
}

function withoutPaths(value: unknown, paths: string[]): unknown {
  for (const p of paths) {
    const steps = p.split(/\.|\[(\d+)\]/).filter((s) => s !== undefined && s !== '');
    let node: unknown = value;
    for (const step of steps.slice(0, -1)) node = Array.isArray(node) ? node[Number(step)] : isMap(node) ? node[step] : undefined;
    if (isMap(node)) delete node[steps[steps.length - 1]!];
  }
  return value;
}

/**
 * What the server does with the unknown fields of an object being created (or `verb`) from `source`: strict
 * rejects the request (BadRequest), warn returns `Warning:` lines, and both warn and ignore store
 * the object without them. Returns the warnings; removes the fields from `obj` in place.
 */
export function enforceKnownFields(obj: KObject, source: string, mode: FieldValidation, verb = 'creating'): string[] {
  const unknown = unknownFields(obj);
  if (unknown.length === 0) return [];
  if (mode === 'strict') {
    const version = obj.apiVersion.split('/').pop();
    const list = unknown.map((p) => `unknown field "${p}"`).join(', ');
    throw badRequest(`error when ${verb} "${source}": ${obj.kind} in version "${version}" cannot be handled as a ${obj.kind}: strict decoding error: ${list}`);
  }
  withoutPaths(obj, unknown);
  return mode === 'warn' ? unknown.map((p) => `Warning: unknown field "${p}"`) : [];
}
