/**
 * The field order of the Go API structs, which `-o json` follows (encoding/json writes struct
 * fields in declaration order and map keys sorted). One line per struct: `field:Type` for a
 * nested struct, `field:[]Type` for a list of structs, `field:map` for a Go map; bare names are
 * scalars or lists of scalars. Kinds map to their top-level struct in KIND_TYPES.
 */

const STRUCTS = `
TypeMeta: kind apiVersion
ObjectMeta: name generateName namespace selfLink uid resourceVersion generation creationTimestamp deletionTimestamp deletionGracePeriodSeconds labels:map annotations:map ownerReferences:[]OwnerReference finalizers managedFields:[]ManagedField
OwnerReference: apiVersion kind name uid controller blockOwnerDeletion
ManagedField: manager operation apiVersion time fieldsType fieldsV1 subresource
ListMeta: selfLink resourceVersion continue remainingItemCount
LabelSelector: matchLabels:map matchExpressions:[]LabelSelectorRequirement
LabelSelectorRequirement: key operator values
Deployment: kind apiVersion metadata:ObjectMeta spec:DeploymentSpec status:DeploymentStatus
DeploymentSpec: replicas selector:LabelSelector template:PodTemplateSpec strategy:DeploymentStrategy minReadySeconds revisionHistoryLimit paused progressDeadlineSeconds
DeploymentStrategy: type rollingUpdate:RollingUpdateDeployment
RollingUpdateDeployment: maxUnavailable maxSurge
DeploymentStatus: observedGeneration replicas updatedReplicas readyReplicas availableReplicas unavailableReplicas terminatingReplicas conditions:[]Condition collisionCount
Condition: type status observedGeneration lastProbeTime lastHeartbeatTime lastUpdateTime lastTransitionTime reason message
ReplicaSet: kind apiVersion metadata:ObjectMeta spec:ReplicaSetSpec status:ReplicaSetStatus
ReplicaSetSpec: replicas minReadySeconds selector:LabelSelector template:PodTemplateSpec
ReplicaSetStatus: replicas fullyLabeledReplicas readyReplicas availableReplicas terminatingReplicas observedGeneration conditions:[]Condition
PodTemplateSpec: metadata:ObjectMeta spec:PodSpec
Pod: kind apiVersion metadata:ObjectMeta spec:PodSpec status:PodStatus
PodSpec: volumes:[]Volume initContainers:[]Container containers:[]Container ephemeralContainers:[]Container restartPolicy terminationGracePeriodSeconds activeDeadlineSeconds dnsPolicy nodeSelector:map serviceAccountName serviceAccount automountServiceAccountToken nodeName hostNetwork hostPID hostIPC shareProcessNamespace securityContext:PodSecurityContext imagePullSecrets:[]LocalObjectReference hostname subdomain affinity schedulerName tolerations:[]Toleration hostAliases priorityClassName priority dnsConfig readinessGates runtimeClassName enableServiceLinks preemptionPolicy overhead:map topologySpreadConstraints setHostnameAsFQDN os hostUsers schedulingGates resourceClaims resources
Volume: name hostPath emptyDir gcePersistentDisk awsElasticBlockStore gitRepo secret configMap persistentVolumeClaim projected
Container: name image command args workingDir ports:[]ContainerPort envFrom:[]EnvFromSource env:[]EnvVar resources:ResourceRequirements resizePolicy restartPolicy volumeMounts:[]VolumeMount volumeDevices livenessProbe readinessProbe startupProbe lifecycle terminationMessagePath terminationMessagePolicy imagePullPolicy securityContext:SecurityContext stdin stdinOnce tty
ContainerPort: name hostPort containerPort protocol hostIP
EnvVar: name value valueFrom
EnvFromSource: prefix configMapRef secretRef
ResourceRequirements: limits:map requests:map claims
VolumeMount: name readOnly recursiveReadOnly mountPath subPath mountPropagation subPathExpr
SecurityContext: capabilities privileged seLinuxOptions windowsOptions runAsUser runAsGroup runAsNonRoot readOnlyRootFilesystem allowPrivilegeEscalation procMount seccompProfile appArmorProfile
PodSecurityContext: seLinuxOptions windowsOptions runAsUser runAsGroup runAsNonRoot supplementalGroups supplementalGroupsPolicy fsGroup sysctls fsGroupChangePolicy seccompProfile appArmorProfile seLinuxChangePolicy
LocalObjectReference: name
Toleration: key operator value effect tolerationSeconds
PodStatus: observedGeneration phase conditions:[]Condition message reason nominatedNodeName hostIP hostIPs podIP podIPs startTime initContainerStatuses:[]ContainerStatus containerStatuses:[]ContainerStatus qosClass ephemeralContainerStatuses resize resourceClaimStatuses
ContainerStatus: name state:ContainerState lastState:ContainerState ready restartCount image imageID containerID started allocatedResources resources volumeMounts user allocatedResourcesStatus
ContainerState: waiting:StateWaiting running:StateRunning terminated:StateTerminated
StateWaiting: reason message
StateRunning: startedAt
StateTerminated: exitCode signal reason message startedAt finishedAt containerID
Service: kind apiVersion metadata:ObjectMeta spec:ServiceSpec status:ServiceStatus
ServiceSpec: ports:[]ServicePort selector:map clusterIP clusterIPs type externalIPs sessionAffinity loadBalancerIP loadBalancerSourceRanges externalName externalTrafficPolicy healthCheckNodePort publishNotReadyAddresses sessionAffinityConfig ipFamilies ipFamilyPolicy allocateLoadBalancerNodePorts loadBalancerClass internalTrafficPolicy trafficDistribution
ServicePort: name protocol appProtocol port targetPort nodePort
ServiceStatus: loadBalancer:LoadBalancerStatus conditions:[]Condition
LoadBalancerStatus: ingress
ConfigMap: kind apiVersion metadata:ObjectMeta immutable data:map binaryData:map
Secret: kind apiVersion metadata:ObjectMeta immutable data:map stringData:map type
Namespace: kind apiVersion metadata:ObjectMeta spec:NamespaceSpec status:NamespaceStatus
NamespaceSpec: finalizers
NamespaceStatus: phase conditions
ServiceAccount: kind apiVersion metadata:ObjectMeta secrets imagePullSecrets automountServiceAccountToken
Job: kind apiVersion metadata:ObjectMeta spec:JobSpec status:JobStatus
JobSpec: parallelism completions activeDeadlineSeconds podFailurePolicy successPolicy backoffLimit backoffLimitPerIndex maxFailedIndexes selector:LabelSelector manualSelector template:PodTemplateSpec ttlSecondsAfterFinished completionMode suspend podReplacementPolicy managedBy
JobStatus: conditions:[]Condition startTime completionTime active succeeded failed terminating completedIndexes failedIndexes uncountedTerminatedPods ready
CronJob: kind apiVersion metadata:ObjectMeta spec:CronJobSpec status:CronJobStatus
CronJobSpec: schedule timeZone startingDeadlineSeconds concurrencyPolicy suspend jobTemplate:JobTemplateSpec successfulJobsHistoryLimit failedJobsHistoryLimit
JobTemplateSpec: metadata:ObjectMeta spec:JobSpec
CronJobStatus: active lastScheduleTime lastSuccessfulTime
Role: kind apiVersion metadata:ObjectMeta rules:[]PolicyRule
ClusterRole: kind apiVersion metadata:ObjectMeta rules:[]PolicyRule aggregationRule:AggregationRule
AggregationRule: clusterRoleSelectors:[]LabelSelector
PolicyRule: verbs apiGroups resources resourceNames nonResourceURLs
RoleBinding: kind apiVersion metadata:ObjectMeta subjects:[]Subject roleRef:RoleRef
ClusterRoleBinding: kind apiVersion metadata:ObjectMeta subjects:[]Subject roleRef:RoleRef
Subject: kind apiGroup name namespace
RoleRef: apiGroup kind name
ResourceQuota: kind apiVersion metadata:ObjectMeta spec:ResourceQuotaSpec status:ResourceQuotaStatus
ResourceQuotaSpec: hard:map scopes scopeSelector
ResourceQuotaStatus: hard:map used:map
PodDisruptionBudget: kind apiVersion metadata:ObjectMeta spec:PodDisruptionBudgetSpec status:PodDisruptionBudgetStatus
PodDisruptionBudgetSpec: minAvailable selector:LabelSelector maxUnavailable unhealthyPodEvictionPolicy
PodDisruptionBudgetStatus: observedGeneration disruptedPods:map disruptionsAllowed currentHealthy desiredHealthy expectedPods conditions:[]Condition
PriorityClass: kind apiVersion metadata:ObjectMeta value globalDefault description preemptionPolicy
Ingress: kind apiVersion metadata:ObjectMeta spec:IngressSpec status:IngressStatus
IngressSpec: ingressClassName defaultBackend tls:[]IngressTLS rules:[]IngressRule
IngressTLS: hosts secretName
IngressRule: host http:HTTPIngressRuleValue
HTTPIngressRuleValue: paths:[]HTTPIngressPath
HTTPIngressPath: path pathType backend:IngressBackend
IngressBackend: service:IngressServiceBackend resource
IngressServiceBackend: name port:ServiceBackendPort
ServiceBackendPort: name number
IngressStatus: loadBalancer
Node: kind apiVersion metadata:ObjectMeta spec:NodeSpec status:NodeStatus
NodeSpec: podCIDR podCIDRs providerID unschedulable taints:[]Taint configSource externalID
Taint: key value effect timeAdded
NodeStatus: capacity:map allocatable:map phase conditions:[]Condition addresses:[]NodeAddress daemonEndpoints nodeInfo:NodeSystemInfo images volumesInUse volumesAttached config runtimeHandlers features
NodeAddress: type address
NodeSystemInfo: machineID systemUUID bootID kernelVersion osImage containerRuntimeVersion kubeletVersion kubeProxyVersion operatingSystem architecture swap
Endpoints: kind apiVersion metadata:ObjectMeta subsets:[]EndpointSubset
EndpointSubset: addresses:[]EndpointAddress notReadyAddresses:[]EndpointAddress ports:[]EndpointPort
EndpointAddress: ip hostname nodeName targetRef:ObjectReference
EndpointPort: name port protocol appProtocol
ObjectReference: kind namespace name uid apiVersion resourceVersion fieldPath
Event: kind apiVersion metadata:ObjectMeta involvedObject:ObjectReference reason message source:EventSource firstTimestamp lastTimestamp count type eventTime series action related reportingComponent reportingInstance
EventSource: component host
HorizontalPodAutoscaler: kind apiVersion metadata:ObjectMeta spec status
DaemonSet: kind apiVersion metadata:ObjectMeta spec:DaemonSetSpec status
DaemonSetSpec: selector:LabelSelector template:PodTemplateSpec updateStrategy minReadySeconds revisionHistoryLimit
StatefulSet: kind apiVersion metadata:ObjectMeta spec:StatefulSetSpec status
StatefulSetSpec: replicas selector:LabelSelector template:PodTemplateSpec volumeClaimTemplates serviceName podManagementPolicy updateStrategy revisionHistoryLimit minReadySeconds persistentVolumeClaimRetentionPolicy ordinals
List: apiVersion items kind metadata:ListMeta
Config: kind apiVersion preferences clusters:[]NamedCluster users:[]NamedAuthInfo contexts:[]NamedContext current-context extensions
NamedCluster: name cluster:KubeCluster
KubeCluster: server tls-server-name insecure-skip-tls-verify certificate-authority certificate-authority-data proxy-url disable-compression extensions
NamedAuthInfo: name user:AuthInfo
AuthInfo: client-certificate client-certificate-data client-key client-key-data token tokenFile as as-uid as-groups as-user-extra username password auth-provider exec extensions
NamedContext: name context:KubeContext
KubeContext: cluster user namespace extensions
`;

export interface StructType {
  fields: string[];
  /** Field → its nested struct, `map`, or list element struct (`[]Name`). */
  types: Map<string, string>;
}

const TYPES = new Map<string, StructType>();
for (const line of STRUCTS.trim().split('\n')) {
  const [name, rest] = line.split(': ') as [string, string];
  const fields: string[] = [];
  const types = new Map<string, string>();
  for (const f of rest.split(' ')) {
    const [field, type] = f.split(':') as [string, string | undefined];
    fields.push(field);
    if (type) types.set(field, type);
  }
  TYPES.set(name, { fields, types });
}

export function structType(name: string): StructType | undefined {
  return TYPES.get(name);
}
