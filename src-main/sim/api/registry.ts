/**
 * The resource registry: every API resource a kubectl 1.32 client discovers on a stock cluster, as
 * `kubectl api-resources` lists it. Data follow kubernetes/kubernetes api/discovery/*.json (v1.32);
 * only top-level resources, no subresources.
 */

export interface ResourceType {
  /** Plural resource name, the REST path segment: `pods`. */
  name: string;
  singularName: string;
  shortNames: string[];
  kind: string;
  /** API group, `''` for the core group. */
  group: string;
  /** The preferred (served and listed) version. */
  version: string;
  namespaced: boolean;
  categories: string[];
  verbs: string[];
  /** Other served versions (only `type.version.group` resolution uses them). */
  otherVersions?: string[];
}

const FULL = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];
const NS_VERBS = ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'];
const CREATE = ['create'];

type Row = [name: string, singular: string, namespaced: boolean, kind: string, verbs: string[], short: string[], categories: string[]];

/** groupVersion → resources, in the discovery order of a 1.32 API server's group list. */
const DISCOVERY: Array<[groupVersion: string, rows: Row[]]> = [
  ['v1', [
    ['bindings', 'binding', true, 'Binding', CREATE, [], []],
    ['componentstatuses', 'componentstatus', false, 'ComponentStatus', ['get', 'list'], ['cs'], []],
    ['configmaps', 'configmap', true, 'ConfigMap', FULL, ['cm'], []],
    ['endpoints', 'endpoints', true, 'Endpoints', FULL, ['ep'], []],
    ['events', 'event', true, 'Event', FULL, ['ev'], []],
    ['limitranges', 'limitrange', true, 'LimitRange', FULL, ['limits'], []],
    ['namespaces', 'namespace', false, 'Namespace', NS_VERBS, ['ns'], []],
    ['nodes', 'node', false, 'Node', FULL, ['no'], []],
    ['persistentvolumeclaims', 'persistentvolumeclaim', true, 'PersistentVolumeClaim', FULL, ['pvc'], []],
    ['persistentvolumes', 'persistentvolume', false, 'PersistentVolume', FULL, ['pv'], []],
    ['pods', 'pod', true, 'Pod', FULL, ['po'], ['all']],
    ['podtemplates', 'podtemplate', true, 'PodTemplate', FULL, [], []],
    ['replicationcontrollers', 'replicationcontroller', true, 'ReplicationController', FULL, ['rc'], ['all']],
    ['resourcequotas', 'resourcequota', true, 'ResourceQuota', FULL, ['quota'], []],
    ['secrets', 'secret', true, 'Secret', FULL, [], []],
    ['serviceaccounts', 'serviceaccount', true, 'ServiceAccount', FULL, ['sa'], []],
    ['services', 'service', true, 'Service', FULL, ['svc'], ['all']],
  ]],
  ['apiregistration.k8s.io/v1', [['apiservices', 'apiservice', false, 'APIService', FULL, [], ['api-extensions']]]],
  ['apps/v1', [
    ['controllerrevisions', 'controllerrevision', true, 'ControllerRevision', FULL, [], []],
    ['daemonsets', 'daemonset', true, 'DaemonSet', FULL, ['ds'], ['all']],
    ['deployments', 'deployment', true, 'Deployment', FULL, ['deploy'], ['all']],
    ['replicasets', 'replicaset', true, 'ReplicaSet', FULL, ['rs'], ['all']],
    ['statefulsets', 'statefulset', true, 'StatefulSet', FULL, ['sts'], ['all']],
  ]],
  ['events.k8s.io/v1', [['events', 'event', true, 'Event', FULL, ['ev'], []]]],
  ['authentication.k8s.io/v1', [
    ['selfsubjectreviews', 'selfsubjectreview', false, 'SelfSubjectReview', CREATE, [], []],
    ['tokenreviews', 'tokenreview', false, 'TokenReview', CREATE, [], []],
  ]],
  ['authorization.k8s.io/v1', [
    ['localsubjectaccessreviews', 'localsubjectaccessreview', true, 'LocalSubjectAccessReview', CREATE, [], []],
    ['selfsubjectaccessreviews', 'selfsubjectaccessreview', false, 'SelfSubjectAccessReview', CREATE, [], []],
    ['selfsubjectrulesreviews', 'selfsubjectrulesreview', false, 'SelfSubjectRulesReview', CREATE, [], []],
    ['subjectaccessreviews', 'subjectaccessreview', false, 'SubjectAccessReview', CREATE, [], []],
  ]],
  ['autoscaling/v2', [['horizontalpodautoscalers', 'horizontalpodautoscaler', true, 'HorizontalPodAutoscaler', FULL, ['hpa'], ['all']]]],
  ['batch/v1', [
    ['cronjobs', 'cronjob', true, 'CronJob', FULL, ['cj'], ['all']],
    ['jobs', 'job', true, 'Job', FULL, [], ['all']],
  ]],
  ['certificates.k8s.io/v1', [['certificatesigningrequests', 'certificatesigningrequest', false, 'CertificateSigningRequest', FULL, ['csr'], []]]],
  ['networking.k8s.io/v1', [
    ['ingressclasses', 'ingressclass', false, 'IngressClass', FULL, [], []],
    ['ingresses', 'ingress', true, 'Ingress', FULL, ['ing'], []],
    ['networkpolicies', 'networkpolicy', true, 'NetworkPolicy', FULL, ['netpol'], []],
  ]],
  ['policy/v1', [['poddisruptionbudgets', 'poddisruptionbudget', true, 'PodDisruptionBudget', FULL, ['pdb'], []]]],
  ['rbac.authorization.k8s.io/v1', [
    ['clusterrolebindings', 'clusterrolebinding', false, 'ClusterRoleBinding', FULL, [], []],
    ['clusterroles', 'clusterrole', false, 'ClusterRole', FULL, [], []],
    ['rolebindings', 'rolebinding', true, 'RoleBinding', FULL, [], []],
    ['roles', 'role', true, 'Role', FULL, [], []],
  ]],
  ['storage.k8s.io/v1', [
    ['csidrivers', 'csidriver', false, 'CSIDriver', FULL, [], []],
    ['csinodes', 'csinode', false, 'CSINode', FULL, [], []],
    ['csistoragecapacities', 'csistoragecapacity', true, 'CSIStorageCapacity', FULL, [], []],
    ['storageclasses', 'storageclass', false, 'StorageClass', FULL, ['sc'], []],
    ['volumeattachments', 'volumeattachment', false, 'VolumeAttachment', FULL, [], []],
  ]],
  ['admissionregistration.k8s.io/v1', [
    ['mutatingwebhookconfigurations', 'mutatingwebhookconfiguration', false, 'MutatingWebhookConfiguration', FULL, [], ['api-extensions']],
    ['validatingadmissionpolicies', 'validatingadmissionpolicy', false, 'ValidatingAdmissionPolicy', FULL, [], ['api-extensions']],
    ['validatingadmissionpolicybindings', 'validatingadmissionpolicybinding', false, 'ValidatingAdmissionPolicyBinding', FULL, [], ['api-extensions']],
    ['validatingwebhookconfigurations', 'validatingwebhookconfiguration', false, 'ValidatingWebhookConfiguration', FULL, [], ['api-extensions']],
  ]],
  ['apiextensions.k8s.io/v1', [['customresourcedefinitions', 'customresourcedefinition', false, 'CustomResourceDefinition', FULL, ['crd', 'crds'], ['api-extensions']]]],
  ['scheduling.k8s.io/v1', [['priorityclasses', 'priorityclass', false, 'PriorityClass', FULL, ['pc'], []]]],
  ['coordination.k8s.io/v1', [['leases', 'lease', true, 'Lease', FULL, [], []]]],
  ['node.k8s.io/v1', [['runtimeclasses', 'runtimeclass', false, 'RuntimeClass', FULL, [], []]]],
  ['discovery.k8s.io/v1', [['endpointslices', 'endpointslice', true, 'EndpointSlice', FULL, [], []]]],
  ['flowcontrol.apiserver.k8s.io/v1', [
    ['flowschemas', 'flowschema', false, 'FlowSchema', FULL, [], []],
    ['prioritylevelconfigurations', 'prioritylevelconfiguration', false, 'PriorityLevelConfiguration', FULL, [], []],
  ]],
];

/** Versions served besides the preferred one (`kubectl get hpa.v1.autoscaling` works). */
const OTHER_VERSIONS: Record<string, string[]> = { 'horizontalpodautoscalers.autoscaling': ['v1'] };

function splitGroupVersion(gv: string): [group: string, version: string] {
  const slash = gv.indexOf('/');
  return slash < 0 ? ['', gv] : [gv.slice(0, slash), gv.slice(slash + 1)];
}

/** Every resource, in discovery order (core group first). */
export const RESOURCES: readonly ResourceType[] = DISCOVERY.flatMap(([gv, rows]) => {
  const [group, version] = splitGroupVersion(gv);
  return rows.map(([name, singularName, namespaced, kind, verbs, shortNames, categories]): ResourceType => {
    const other = OTHER_VERSIONS[group ? `${name}.${group}` : name];
    return { name, singularName, shortNames, kind, group, version, namespaced, categories, verbs, ...(other ? { otherVersions: other } : {}) };
  });
});

/** `apps/v1`, or `v1` for the core group: the apiVersion objects of this type carry. */
export function apiVersionOf(rt: ResourceType): string {
  return rt.group ? `${rt.group}/${rt.version}` : rt.version;
}

/** `deployments.apps`, or `pods` for the core group: the name kubectl prints in `TYPE/NAME` forms. */
export function qualifiedName(rt: ResourceType): string {
  return rt.group ? `${rt.name}.${rt.group}` : rt.name;
}

/** `deployment.apps`, `pod`: the prefix of NAME cells when several types are printed at once. */
export function kindPrefix(rt: ResourceType): string {
  const kind = rt.kind.toLowerCase();
  return rt.group ? `${kind}.${rt.group}` : kind;
}

function matchesName(rt: ResourceType, lower: string): boolean {
  return rt.name === lower || rt.singularName === lower || rt.kind.toLowerCase() === lower || rt.shortNames.includes(lower);
}

/**
 * Resolves what a user typed as a resource type: plural, singular, short name or kind, case
 * insensitive, optionally qualified as `type.group` or `type.version.group`. When a name exists in
 * several groups (`events`), the earlier group in discovery order wins, as kubectl's RESTMapper does.
 * Returns undefined for an unknown type (kubectl: `the server doesn't have a resource type "x"`).
 */
export function resolveResource(token: string): ResourceType | undefined {
  const lower = token.toLowerCase();
  const direct = RESOURCES.find((rt) => matchesName(rt, lower));
  if (direct) return direct;
  // `deployments.apps`, `deployments.v1.apps`, `hpa.v1.autoscaling`: try every split point.
  for (let dot = lower.indexOf('.'); dot > 0; dot = lower.indexOf('.', dot + 1)) {
    const head = lower.slice(0, dot);
    const rest = lower.slice(dot + 1);
    const byGroup = RESOURCES.find((rt) => rt.group === rest && matchesName(rt, head));
    if (byGroup) return byGroup;
    const vdot = rest.indexOf('.');
    if (vdot > 0) {
      const version = rest.slice(0, vdot);
      const group = rest.slice(vdot + 1);
      const byVersion = RESOURCES.find(
        (rt) => rt.group === group && (rt.version === version || rt.otherVersions?.includes(version)) && matchesName(rt, head),
      );
      if (byVersion) return byVersion;
    }
  }
  // The core group may be written with its version only: `pods.v1`.
  const m = /^(.+)\.(v\d+(?:(?:alpha|beta)\d+)?)$/.exec(lower);
  if (m) return RESOURCES.find((rt) => rt.group === '' && rt.version === m[2] && matchesName(rt, m[1]!));
  return undefined;
}

/** The resource type for an object's kind (and apiVersion, when a kind exists in several groups). */
export function resourceForKind(kind: string, apiVersion?: string): ResourceType | undefined {
  if (apiVersion) {
    const [group] = splitGroupVersion(apiVersion);
    const exact = RESOURCES.find((rt) => rt.kind === kind && rt.group === group);
    if (exact) return exact;
  }
  return RESOURCES.find((rt) => rt.kind === kind);
}

/** Resources in a category, in discovery order: `resourcesInCategory('all')` is what `get all` lists. */
export function resourcesInCategory(category: string): ResourceType[] {
  return RESOURCES.filter((rt) => rt.categories.includes(category));
}
