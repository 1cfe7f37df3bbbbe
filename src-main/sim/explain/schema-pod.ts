/** Pod, PodSpec, Container and the models learners reach from them. */
import { f, req, SPEC_MORE, topLevel, type Models } from './schema-types';

export const POD_MODELS: Models = {
  Pod: {
    description: 'Pod is a collection of containers that can run on a host. This resource is created by clients and scheduled onto hosts.',
    fields: topLevel('Pod', {
      spec: f('PodSpec', `Specification of the desired behavior of the pod. More info: ${SPEC_MORE}`),
      status: f('PodStatus', `Most recently observed status of the pod. This data may not be up to date. Populated by the system. Read-only. More info: ${SPEC_MORE}`),
    }),
  },
  PodSpec: {
    description: 'PodSpec is a description of a pod.',
    fields: {
      activeDeadlineSeconds: f('integer', 'Optional duration in seconds the pod may be active on the node relative to StartTime before the system will actively try to mark it failed and kill associated containers. Value must be a positive integer.'),
      affinity: f('Affinity', "If specified, the pod's scheduling constraints"),
      automountServiceAccountToken: f('boolean', 'AutomountServiceAccountToken indicates whether a service account token should be automatically mounted.'),
      containers: req('[]Container', 'List of containers belonging to the pod. Containers cannot currently be added or removed. There must be at least one container in a Pod. Cannot be updated.'),
      dnsPolicy: f('string', "Set DNS policy for the pod. Defaults to \"ClusterFirst\". Valid values are 'ClusterFirstWithHostNet', 'ClusterFirst', 'Default' or 'None'. DNS parameters given in DNSConfig will be merged with the policy selected with DNSPolicy. To have DNS options set along with hostNetwork, you have to specify DNS policy explicitly to 'ClusterFirstWithHostNet'.", { enum: ['ClusterFirst', 'ClusterFirstWithHostNet', 'Default', 'None'] }),
      enableServiceLinks: f('boolean', "EnableServiceLinks indicates whether information about services should be injected into pod's environment variables, matching the syntax of Docker links. Optional: Defaults to true."),
      hostNetwork: f('boolean', "Host networking requested for this pod. Use the host's network namespace. If this option is set, the ports that will be used must be specified. Default to false."),
      hostname: f('string', "Specifies the hostname of the Pod If not specified, the pod's hostname will be set to a system-defined value."),
      imagePullSecrets: f('[]LocalObjectReference', 'ImagePullSecrets is an optional list of references to secrets in the same namespace to use for pulling any of the images used by this PodSpec. If specified, these secrets will be passed to individual puller implementations for them to use. More info: https://kubernetes.io/docs/concepts/containers/images#specifying-imagepullsecrets-on-a-pod'),
      initContainers: f('[]Container', 'List of initialization containers belonging to the pod. Init containers are executed in order prior to containers being started. If any init container fails, the pod is considered to have failed and is handled according to its restartPolicy. The name for an init container or normal container must be unique among all containers. More info: https://kubernetes.io/docs/concepts/workloads/pods/init-containers/'),
      nodeName: f('string', 'NodeName indicates in which node this pod is scheduled. If empty, this pod is a candidate for scheduling by the scheduler defined in schedulerName. Once this field is set, the kubelet for this node becomes responsible for the lifecycle of this pod. This field should not be used to express a desire for the pod to be scheduled on a specific node. https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/#nodename'),
      nodeSelector: f('map[string]string', "NodeSelector is a selector which must be true for the pod to fit on a node. Selector which must match a node's labels for the pod to be scheduled on that node. More info: https://kubernetes.io/docs/concepts/configuration/assign-pod-node/"),
      priorityClassName: f('string', 'If specified, indicates the pod\'s priority. "system-node-critical" and "system-cluster-critical" are two special keywords which indicate the highest priorities with the former being the highest priority. Any other name must be defined by creating a PriorityClass object with that name. If not specified, the pod priority will be default or zero if there is no default.'),
      restartPolicy: f('string', 'Restart policy for all containers within the pod. One of Always, OnFailure, Never. In some contexts, only a subset of those values may be permitted. Default to Always. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#restart-policy', { enum: ['Always', 'Never', 'OnFailure'] }),
      schedulerName: f('string', 'If specified, the pod will be dispatched by specified scheduler. If not specified, the pod will be dispatched by default scheduler.'),
      securityContext: f('PodSecurityContext', 'SecurityContext holds pod-level security attributes and common container settings. Optional: Defaults to empty.  See type description for default values of each field.'),
      serviceAccountName: f('string', 'ServiceAccountName is the name of the ServiceAccount to use to run this pod. More info: https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/'),
      terminationGracePeriodSeconds: f('integer', 'Optional duration in seconds the pod needs to terminate gracefully. May be decreased in delete request. Value must be non-negative integer. The value zero indicates stop immediately via the kill signal (no opportunity to shut down). If this value is nil, the default grace period will be used instead. The grace period is the duration in seconds after the processes running in the pod are sent a termination signal and the time when the processes are forcibly halted with a kill signal. Set this value longer than the expected cleanup time for your process. Defaults to 30 seconds.'),
      tolerations: f('[]Toleration', "If specified, the pod's tolerations."),
      volumes: f('[]Volume', 'List of volumes that can be mounted by containers belonging to the pod. More info: https://kubernetes.io/docs/concepts/storage/volumes'),
    },
  },
  Container: {
    description: 'A single application container that you want to run within a pod.',
    fields: {
      args: f('[]string', 'Arguments to the entrypoint. The container image\'s CMD is used if this is not provided. Variable references $(VAR_NAME) are expanded using the container\'s environment. If a variable cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless of whether the variable exists or not. Cannot be updated. More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell'),
      command: f('[]string', 'Entrypoint array. Not executed within a shell. The container image\'s ENTRYPOINT is used if this is not provided. Variable references $(VAR_NAME) are expanded using the container\'s environment. If a variable cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless of whether the variable exists or not. Cannot be updated. More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell'),
      env: f('[]EnvVar', 'List of environment variables to set in the container. Cannot be updated.'),
      envFrom: f('[]EnvFromSource', 'List of sources to populate environment variables in the container. The keys defined within a source must be a C_IDENTIFIER. All invalid keys will be reported as an event when the container is starting. When a key exists in multiple sources, the value associated with the last source will take precedence. Values defined by an Env with a duplicate key will take precedence. Cannot be updated.'),
      image: f('string', 'Container image name. More info: https://kubernetes.io/docs/concepts/containers/images This field is optional to allow higher level config management to default or override container images in workload controllers like Deployments and StatefulSets.'),
      imagePullPolicy: f('string', 'Image pull policy. One of Always, Never, IfNotPresent. Defaults to Always if :latest tag is specified, or IfNotPresent otherwise. Cannot be updated. More info: https://kubernetes.io/docs/concepts/containers/images#updating-images', { enum: ['Always', 'IfNotPresent', 'Never'] }),
      livenessProbe: f('Probe', 'Periodic probe of container liveness. Container will be restarted if the probe fails. Cannot be updated. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes'),
      name: req('string', 'Name of the container specified as a DNS_LABEL. Each container in a pod must have a unique name (DNS_LABEL). Cannot be updated.'),
      ports: f('[]ContainerPort', 'List of ports to expose from the container. Not specifying a port here DOES NOT prevent that port from being exposed. Any port which is listening on the default "0.0.0.0" address inside a container will be accessible from the network. Modifying this array with strategic merge patch may corrupt the data. For more information See https://github.com/kubernetes/kubernetes/issues/108255. Cannot be updated.'),
      readinessProbe: f('Probe', 'Periodic probe of container service readiness. Container will be removed from service endpoints if the probe fails. Cannot be updated. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes'),
      resources: f('ResourceRequirements', 'Compute Resources required by this container. Cannot be updated. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/'),
      securityContext: f('SecurityContext', 'SecurityContext defines the security options the container should be run with. If set, the fields of SecurityContext override the equivalent fields of PodSecurityContext. More info: https://kubernetes.io/docs/tasks/configure-pod-container/security-context/'),
      startupProbe: f('Probe', 'StartupProbe indicates that the Pod has successfully initialized. If specified, no other probes are executed until this completes successfully. If this probe fails, the Pod will be restarted, just as if the livenessProbe failed. This can be used to provide different probe parameters at the beginning of a Pod\'s lifecycle, when it might take a long time to load data or warm a cache, than during steady-state operation. This cannot be updated. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes'),
      stdin: f('boolean', 'Whether this container should allocate a buffer for stdin in the container runtime. If this is not set, reads from stdin in the container will always result in EOF. Default is false.'),
      tty: f('boolean', "Whether this container should allocate a TTY for itself, also requires 'stdin' to be true. Default is false."),
      volumeMounts: f('[]VolumeMount', "Pod volumes to mount into the container's filesystem. Cannot be updated."),
      workingDir: f('string', "Container's working directory. If not specified, the container runtime's default will be used, which might be configured in the container image. Cannot be updated."),
    },
  },
  ContainerPort: {
    description: 'ContainerPort represents a network port in a single container.',
    fields: {
      containerPort: req('integer', "Number of port to expose on the pod's IP address. This must be a valid port number, 0 < x < 65536."),
      hostIP: f('string', 'What host IP to bind the external port to.'),
      hostPort: f('integer', 'Number of port to expose on the host. If specified, this must be a valid port number, 0 < x < 65536. If HostNetwork is specified, this must match ContainerPort. Most containers do not need this.'),
      name: f('string', 'If specified, this must be an IANA_SVC_NAME and unique within the pod. Each named port in a pod must have a unique name. Name for the port that can be referred to by services.'),
      protocol: f('string', 'Protocol for port. Must be UDP, TCP, or SCTP. Defaults to "TCP".', { enum: ['SCTP', 'TCP', 'UDP'] }),
    },
  },
  EnvVar: {
    description: 'EnvVar represents an environment variable present in a Container.',
    fields: {
      name: req('string', 'Name of the environment variable. Must be a C_IDENTIFIER.'),
      value: f('string', 'Variable references $(VAR_NAME) are expanded using the previously defined environment variables in the container and any service environment variables. If a variable cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless of whether the variable exists or not. Defaults to "".'),
      valueFrom: f('EnvVarSource', "Source for the environment variable's value. Cannot be used if value is not empty."),
    },
  },
  EnvVarSource: {
    description: 'EnvVarSource represents a source for the value of an EnvVar.',
    fields: {
      configMapKeyRef: f('ConfigMapKeySelector', 'Selects a key of a ConfigMap.'),
      fieldRef: f('ObjectFieldSelector', "Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`, spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs."),
      resourceFieldRef: f('ResourceFieldSelector', 'Selects a resource of the container: only resources limits and requests (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.'),
      secretKeyRef: f('SecretKeySelector', "Selects a key of a secret in the pod's namespace"),
    },
  },
  ConfigMapKeySelector: {
    description: 'Selects a key from a ConfigMap.',
    fields: {
      key: req('string', 'The key to select.'),
      name: f('string', 'Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names'),
      optional: f('boolean', 'Specify whether the ConfigMap or its key must be defined'),
    },
  },
  SecretKeySelector: {
    description: 'SecretKeySelector selects a key of a Secret.',
    fields: {
      key: req('string', 'The key of the secret to select from.  Must be a valid secret key.'),
      name: f('string', 'Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names'),
      optional: f('boolean', 'Specify whether the Secret or its key must be defined'),
    },
  },
  EnvFromSource: {
    description: 'EnvFromSource represents the source of a set of ConfigMaps or Secrets',
    fields: {
      configMapRef: f('ConfigMapEnvSource', 'The ConfigMap to select from'),
      prefix: f('string', 'Optional text to prepend to the name of each environment variable. Must be a C_IDENTIFIER.'),
      secretRef: f('SecretEnvSource', 'The Secret to select from'),
    },
  },
  ResourceRequirements: {
    description: 'ResourceRequirements describes the compute resource requirements.',
    fields: {
      claims: f('[]ResourceClaim', 'Claims lists the names of resources, defined in spec.resourceClaims, that are used by this container.\n\nThis is an alpha field and requires enabling the DynamicResourceAllocation feature gate.\n\nThis field is immutable. It can only be set for containers.'),
      limits: f('map[string]Quantity', 'Limits describes the maximum amount of compute resources allowed. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/'),
      requests: f('map[string]Quantity', 'Requests describes the minimum amount of compute resources required. If Requests is omitted for a container, it defaults to Limits if that is explicitly specified, otherwise to an implementation-defined value. Requests cannot exceed Limits. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/'),
    },
  },
  VolumeMount: {
    description: 'VolumeMount describes a mounting of a Volume within a container.',
    fields: {
      mountPath: req('string', "Path within the container at which the volume should be mounted.  Must not contain ':'."),
      name: req('string', 'This must match the Name of a Volume.'),
      readOnly: f('boolean', 'Mounted read-only if true, read-write otherwise (false or unspecified). Defaults to false.'),
      subPath: f('string', 'Path within the volume from which the container\'s volume should be mounted. Defaults to "" (volume\'s root).'),
    },
  },
  Volume: {
    description: 'Volume represents a named volume in a pod that may be accessed by any container in the pod.',
    fields: {
      configMap: f('ConfigMapVolumeSource', 'configMap represents a configMap that should populate this volume'),
      emptyDir: f('EmptyDirVolumeSource', "emptyDir represents a temporary directory that shares a pod's lifetime. More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir"),
      hostPath: f('HostPathVolumeSource', 'hostPath represents a pre-existing file or directory on the host machine that is directly exposed to the container. This is generally used for system agents or other privileged things that are allowed to see the host machine. Most containers will NOT need this. More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath'),
      name: req('string', "name of the volume. Must be a DNS_LABEL and unique within the pod. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names"),
      persistentVolumeClaim: f('PersistentVolumeClaimVolumeSource', 'persistentVolumeClaimVolumeSource represents a reference to a PersistentVolumeClaim in the same namespace. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims'),
      secret: f('SecretVolumeSource', 'secret represents a secret that should populate this volume. More info: https://kubernetes.io/docs/concepts/storage/volumes#secret'),
    },
  },
  Probe: {
    description: 'Probe describes a health check to be performed against a container to determine whether it is alive or ready to receive traffic.',
    fields: {
      exec: f('ExecAction', 'Exec specifies the action to take.'),
      failureThreshold: f('integer', 'Minimum consecutive failures for the probe to be considered failed after having succeeded. Defaults to 3. Minimum value is 1.'),
      httpGet: f('HTTPGetAction', 'HTTPGet specifies the http request to perform.'),
      initialDelaySeconds: f('integer', 'Number of seconds after the container has started before liveness probes are initiated. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes'),
      periodSeconds: f('integer', 'How often (in seconds) to perform the probe. Default to 10 seconds. Minimum value is 1.'),
      successThreshold: f('integer', 'Minimum consecutive successes for the probe to be considered successful after having failed. Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.'),
      tcpSocket: f('TCPSocketAction', 'TCPSocket specifies an action involving a TCP port.'),
      timeoutSeconds: f('integer', 'Number of seconds after which the probe times out. Defaults to 1 second. Minimum value is 1. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes'),
    },
  },
  PodStatus: {
    description: 'PodStatus represents information about the status of a pod. Status may trail the actual state of a system, especially if the node that hosts the pod cannot contact the control plane.',
    fields: {
      conditions: f('[]PodCondition', 'Current service state of pod. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#pod-conditions'),
      containerStatuses: f('[]ContainerStatus', 'The list has one entry per container in the manifest. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#pod-and-container-status'),
      hostIP: f('string', 'hostIP holds the IP address of the host to which the pod is assigned. Empty if the pod has not started yet. A pod can be assigned to a node that has a problem in kubelet which in turns mean that HostIP will not be updated even if there is a node is assigned to pod'),
      phase: f('string', 'The phase of a Pod is a simple, high-level summary of where the Pod is in its lifecycle. The conditions array, the reason and message fields, and the individual container status arrays contain more detail about the pod\'s status. There are five possible phase values:\n\nPending: The pod has been accepted by the Kubernetes system, but one or more of the container images has not been created. This includes time before being scheduled as well as time spent downloading images over the network, which could take a while. Running: The pod has been bound to a node, and all of the containers have been created. At least one container is still running, or is in the process of starting or restarting. Succeeded: All containers in the pod have terminated in success, and will not be restarted. Failed: All containers in the pod have terminated, and at least one container has terminated in failure. The container either exited with non-zero status or was terminated by the system. Unknown: For some reason the state of the pod could not be obtained, typically due to an error in communicating with the host of the pod.\n\nMore info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#pod-phase', { enum: ['Failed', 'Pending', 'Running', 'Succeeded', 'Unknown'] }),
      podIP: f('string', 'podIP address allocated to the pod. Routable at least within the cluster. Empty if not yet allocated.'),
      qosClass: f('string', 'The Quality of Service (QOS) classification assigned to the pod based on resource requirements See PodQOSClass type for available QOS classes More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-qos/#quality-of-service-classes', { enum: ['BestEffort', 'Burstable', 'Guaranteed'] }),
      startTime: f('string', 'RFC 3339 date and time at which the object was acknowledged by the Kubelet. This is before the Kubelet pulled the container image(s) for the pod.'),
    },
  },
};
