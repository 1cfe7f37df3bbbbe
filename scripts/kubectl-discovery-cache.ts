/**
 * Writes a kubectl discovery cache (servergroups.json + one serverresources.json per group/version)
 * so that the real kubectl runs offline the commands that need a REST mapping (`run`, `create role`,
 * `expose -f`, `api-resources`, `api-versions`). The data follow the v1.32 API server's discovery
 * documents (kubernetes/kubernetes api/discovery/*.json); subresources only where kubectl reads them.
 * Used by scripts/record-kubectl-goldens.ts only; the simulator has its own registry.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FULL = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];
const NSV = ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'];
const C = ['create'];

type Row = [name: string, singular: string, namespaced: boolean, kind: string, verbs: string[], shortNames: string[], categories: string[]];

const SPEC: Record<string, Row[]> = {
  v1: [
    ['bindings', 'binding', true, 'Binding', C, [], []],
    ['componentstatuses', 'componentstatus', false, 'ComponentStatus', ['get', 'list'], ['cs'], []],
    ['configmaps', 'configmap', true, 'ConfigMap', FULL, ['cm'], []],
    ['endpoints', 'endpoints', true, 'Endpoints', FULL, ['ep'], []],
    ['events', 'event', true, 'Event', FULL, ['ev'], []],
    ['limitranges', 'limitrange', true, 'LimitRange', FULL, ['limits'], []],
    ['namespaces', 'namespace', false, 'Namespace', NSV, ['ns'], []],
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
  ],
  'admissionregistration.k8s.io/v1': [
    ['mutatingwebhookconfigurations', 'mutatingwebhookconfiguration', false, 'MutatingWebhookConfiguration', FULL, [], ['api-extensions']],
    ['validatingadmissionpolicies', 'validatingadmissionpolicy', false, 'ValidatingAdmissionPolicy', FULL, [], ['api-extensions']],
    ['validatingadmissionpolicybindings', 'validatingadmissionpolicybinding', false, 'ValidatingAdmissionPolicyBinding', FULL, [], ['api-extensions']],
    ['validatingwebhookconfigurations', 'validatingwebhookconfiguration', false, 'ValidatingWebhookConfiguration', FULL, [], ['api-extensions']],
  ],
  'apiextensions.k8s.io/v1': [['customresourcedefinitions', 'customresourcedefinition', false, 'CustomResourceDefinition', FULL, ['crd', 'crds'], ['api-extensions']]],
  'apiregistration.k8s.io/v1': [['apiservices', 'apiservice', false, 'APIService', FULL, [], ['api-extensions']]],
  'apps/v1': [
    ['controllerrevisions', 'controllerrevision', true, 'ControllerRevision', FULL, [], []],
    ['daemonsets', 'daemonset', true, 'DaemonSet', FULL, ['ds'], ['all']],
    ['deployments', 'deployment', true, 'Deployment', FULL, ['deploy'], ['all']],
    ['replicasets', 'replicaset', true, 'ReplicaSet', FULL, ['rs'], ['all']],
    ['statefulsets', 'statefulset', true, 'StatefulSet', FULL, ['sts'], ['all']],
  ],
  'authentication.k8s.io/v1': [
    ['selfsubjectreviews', 'selfsubjectreview', false, 'SelfSubjectReview', C, [], []],
    ['tokenreviews', 'tokenreview', false, 'TokenReview', C, [], []],
  ],
  'authorization.k8s.io/v1': [
    ['localsubjectaccessreviews', 'localsubjectaccessreview', true, 'LocalSubjectAccessReview', C, [], []],
    ['selfsubjectaccessreviews', 'selfsubjectaccessreview', false, 'SelfSubjectAccessReview', C, [], []],
    ['selfsubjectrulesreviews', 'selfsubjectrulesreview', false, 'SelfSubjectRulesReview', C, [], []],
    ['subjectaccessreviews', 'subjectaccessreview', false, 'SubjectAccessReview', C, [], []],
  ],
  'autoscaling/v2': [['horizontalpodautoscalers', 'horizontalpodautoscaler', true, 'HorizontalPodAutoscaler', FULL, ['hpa'], ['all']]],
  'autoscaling/v1': [['horizontalpodautoscalers', 'horizontalpodautoscaler', true, 'HorizontalPodAutoscaler', FULL, ['hpa'], ['all']]],
  'batch/v1': [
    ['cronjobs', 'cronjob', true, 'CronJob', FULL, ['cj'], ['all']],
    ['jobs', 'job', true, 'Job', FULL, [], ['all']],
  ],
  'certificates.k8s.io/v1': [['certificatesigningrequests', 'certificatesigningrequest', false, 'CertificateSigningRequest', FULL, ['csr'], []]],
  'coordination.k8s.io/v1': [['leases', 'lease', true, 'Lease', FULL, [], []]],
  'discovery.k8s.io/v1': [['endpointslices', 'endpointslice', true, 'EndpointSlice', FULL, [], []]],
  'events.k8s.io/v1': [['events', 'event', true, 'Event', FULL, ['ev'], []]],
  'flowcontrol.apiserver.k8s.io/v1': [
    ['flowschemas', 'flowschema', false, 'FlowSchema', FULL, [], []],
    ['prioritylevelconfigurations', 'prioritylevelconfiguration', false, 'PriorityLevelConfiguration', FULL, [], []],
  ],
  'networking.k8s.io/v1': [
    ['ingressclasses', 'ingressclass', false, 'IngressClass', FULL, [], []],
    ['ingresses', 'ingress', true, 'Ingress', FULL, ['ing'], []],
    ['networkpolicies', 'networkpolicy', true, 'NetworkPolicy', FULL, ['netpol'], []],
  ],
  'node.k8s.io/v1': [['runtimeclasses', 'runtimeclass', false, 'RuntimeClass', FULL, [], []]],
  'policy/v1': [['poddisruptionbudgets', 'poddisruptionbudget', true, 'PodDisruptionBudget', FULL, ['pdb'], []]],
  'rbac.authorization.k8s.io/v1': [
    ['clusterrolebindings', 'clusterrolebinding', false, 'ClusterRoleBinding', FULL, [], []],
    ['clusterroles', 'clusterrole', false, 'ClusterRole', FULL, [], []],
    ['rolebindings', 'rolebinding', true, 'RoleBinding', FULL, [], []],
    ['roles', 'role', true, 'Role', FULL, [], []],
  ],
  'scheduling.k8s.io/v1': [['priorityclasses', 'priorityclass', false, 'PriorityClass', FULL, ['pc'], []]],
  'storage.k8s.io/v1': [
    ['csidrivers', 'csidriver', false, 'CSIDriver', FULL, [], []],
    ['csinodes', 'csinode', false, 'CSINode', FULL, [], []],
    ['csistoragecapacities', 'csistoragecapacity', true, 'CSIStorageCapacity', FULL, [], []],
    ['storageclasses', 'storageclass', false, 'StorageClass', FULL, ['sc'], []],
    ['volumeattachments', 'volumeattachment', false, 'VolumeAttachment', FULL, [], []],
  ],
};

/** Subresources kubectl looks at (scale for `scale`, log for `logs`...). */
const SCALE = { group: 'autoscaling', version: 'v1', kind: 'Scale', singularName: '', verbs: ['get', 'patch', 'update'] };
const sub = (name: string, namespaced: boolean, kind: string, verbs: string[]) => ({ name, singularName: '', namespaced, kind, verbs });
const SUBRESOURCES: Record<string, object[]> = {
  'v1 pods': [sub('pods/exec', true, 'PodExecOptions', ['create', 'get']), sub('pods/log', true, 'Pod', ['get']), sub('pods/status', true, 'Pod', ['get', 'patch', 'update'])],
  'apps/v1 deployments': [{ ...SCALE, name: 'deployments/scale', namespaced: true }, sub('deployments/status', true, 'Deployment', ['get', 'patch', 'update'])],
  'apps/v1 replicasets': [{ ...SCALE, name: 'replicasets/scale', namespaced: true }, sub('replicasets/status', true, 'ReplicaSet', ['get', 'patch', 'update'])],
  'apps/v1 statefulsets': [{ ...SCALE, name: 'statefulsets/scale', namespaced: true }],
};

/** Writes the cache under `<home>/.kube/cache/discovery/127.0.0.1_1`, where kubectl looks for the fake server. */
export function writeDiscoveryCache(home: string): void {
  const dir = join(home, '.kube/cache/discovery/127.0.0.1_1');
  const versionsByGroup = new Map<string, string[]>();
  for (const [gv, rows] of Object.entries(SPEC)) {
    const [group, version] = gv.includes('/') ? (gv.split('/') as [string, string]) : ['', gv];
    versionsByGroup.set(group, [...(versionsByGroup.get(group) ?? []), version]);
    const resources: object[] = [];
    for (const [name, singularName, namespaced, kind, verbs, shortNames, categories] of rows) {
      resources.push({ name, singularName, namespaced, kind, verbs, ...(shortNames.length ? { shortNames } : {}), ...(categories.length ? { categories } : {}) });
      resources.push(...(SUBRESOURCES[`${gv} ${name}`] ?? []));
    }
    mkdirSync(join(dir, gv), { recursive: true });
    writeFileSync(join(dir, gv, 'serverresources.json'), JSON.stringify({ kind: 'APIResourceList', apiVersion: 'v1', groupVersion: gv, resources }));
  }
  const groups = [...versionsByGroup].map(([name, versions]) => {
    const gvs = versions.map((v) => ({ groupVersion: name ? `${name}/${v}` : v, version: v }));
    return { name, versions: gvs, preferredVersion: gvs[0] };
  });
  writeFileSync(join(dir, 'servergroups.json'), JSON.stringify({ kind: 'APIGroupList', apiVersion: 'v1', groups }));
}
