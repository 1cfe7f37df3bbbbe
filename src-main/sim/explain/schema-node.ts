/** Nodes: the fields `kubectl explain node[.spec|.status]` shows learners. */
import { f, req, SPEC_MORE, topLevel, type Models } from './schema-types';

export const NODE_MODELS: Models = {
  Node: {
    description: 'Node is a worker node in Kubernetes. Each node will have a unique identifier in the cache (i.e. in etcd).',
    fields: topLevel('Node', {
      spec: f('NodeSpec', `Spec defines the behavior of a node. ${SPEC_MORE}`),
      status: f('NodeStatus', `Most recently observed status of the node. Populated by the system. Read-only. More info: ${SPEC_MORE}`),
    }),
  },
  NodeSpec: {
    description: 'NodeSpec describes the attributes that a node is created with.',
    fields: {
      configSource: f('NodeConfigSource', 'Deprecated: Previously used to specify the source of the node\'s configuration for the DynamicKubeletConfig feature. This feature is removed.'),
      externalID: f('string', 'Deprecated. Not all kubelets will set this field. Remove field after 1.13. see: https://issues.k8s.io/61966'),
      podCIDR: f('string', 'PodCIDR represents the pod IP range assigned to the node.'),
      podCIDRs: f('[]string', 'podCIDRs represents the IP ranges assigned to the node for usage by Pods on that node. If this field is specified, the 0th entry must match the podCIDR field. It may contain at most 1 value for each of IPv4 and IPv6.'),
      providerID: f('string', 'ID of the node assigned by the cloud provider in the format: <ProviderName>://<ProviderSpecificNodeID>'),
      taints: f('[]Taint', "If specified, the node's taints."),
      unschedulable: f('boolean', 'Unschedulable controls node schedulability of new pods. By default, node is schedulable. More info: https://kubernetes.io/docs/concepts/nodes/node/#manual-node-administration'),
    },
  },
  Taint: {
    description: 'The node this Taint is attached to has the "effect" on any pod that does not tolerate the Taint.',
    fields: {
      effect: req('string', 'Required. The effect of the taint on pods that do not tolerate the taint. Valid effects are NoSchedule, PreferNoSchedule and NoExecute.', { enum: ['NoExecute', 'NoSchedule', 'PreferNoSchedule'] }),
      key: req('string', 'Required. The taint key to be applied to a node.'),
      timeAdded: f('string', 'TimeAdded represents the time at which the taint was added. It is only written for NoExecute taints.'),
      value: f('string', 'The taint value corresponding to the taint key.'),
    },
  },
  NodeStatus: {
    description: 'NodeStatus is information about the current status of a node.',
    fields: {
      addresses: f('[]NodeAddress', 'List of addresses reachable to the node. Queried from cloud provider, if available. More info: https://kubernetes.io/docs/reference/node/node-status/#addresses'),
      allocatable: f('map[string]Quantity', 'Allocatable represents the resources of a node that are available for scheduling. Defaults to Capacity.'),
      capacity: f('map[string]Quantity', 'Capacity represents the total resources of a node. More info: https://kubernetes.io/docs/reference/node/node-status/#capacity'),
      conditions: f('[]NodeCondition', 'Conditions is an array of current observed node conditions. More info: https://kubernetes.io/docs/reference/node/node-status/#condition'),
      daemonEndpoints: f('NodeDaemonEndpoints', 'Endpoints of daemons running on the Node.'),
      images: f('[]ContainerImage', 'List of container images on this node'),
      nodeInfo: f('NodeSystemInfo', 'Set of ids/uuids to uniquely identify the node. More info: https://kubernetes.io/docs/reference/node/node-status/#info'),
      phase: f('string', 'NodePhase is the recently observed lifecycle phase of the node. More info: https://kubernetes.io/docs/concepts/nodes/node/#phase The field is never populated, and now is deprecated.', { enum: ['Pending', 'Running', 'Terminated'] }),
      runtimeHandlers: f('[]NodeRuntimeHandler', 'The available runtime handlers.'),
      volumesAttached: f('[]AttachedVolume', 'List of volumes that are attached to the node.'),
      volumesInUse: f('[]string', 'List of attachable volumes in use (mounted) by the node.'),
    },
  },
  NodeAddress: {
    description: "NodeAddress contains information for the node's address.",
    fields: {
      address: req('string', 'The node address.'),
      type: req('string', 'Node address type, one of Hostname, ExternalIP or InternalIP.'),
    },
  },
  NodeCondition: {
    description: 'NodeCondition contains condition information for a node.',
    fields: {
      lastHeartbeatTime: f('string', 'Last time we got an update on a given condition.'),
      lastTransitionTime: f('string', 'Last time the condition transit from one status to another.'),
      message: f('string', 'Human readable message indicating details about last transition.'),
      reason: f('string', "(brief) reason for the condition's last transition."),
      status: req('string', 'Status of the condition, one of True, False, Unknown.'),
      type: req('string', 'Type of node condition.'),
    },
  },
  NodeSystemInfo: {
    description: 'NodeSystemInfo is a set of ids/uuids to uniquely identify the node.',
    fields: {
      architecture: req('string', 'The Architecture reported by the node'),
      bootID: req('string', 'Boot ID reported by the node.'),
      containerRuntimeVersion: req('string', 'ContainerRuntime Version reported by the node through runtime remote API (e.g. containerd://1.4.2).'),
      kernelVersion: req('string', "Kernel Version reported by the node from 'uname -r' (e.g. 3.16.0-0.bpo.4-amd64)."),
      kubeProxyVersion: req('string', 'Deprecated: KubeProxy Version reported by the node.'),
      kubeletVersion: req('string', 'Kubelet Version reported by the node.'),
      machineID: req('string', 'MachineID reported by the node. For unique machine identification in the cluster this field is preferred. Learn more from man(5) machine-id: http://man7.org/linux/man-pages/man5/machine-id.5.html'),
      operatingSystem: req('string', 'The Operating System reported by the node'),
      osImage: req('string', 'OS Image reported by the node from /etc/os-release (e.g. Debian GNU/Linux 7 (wheezy)).'),
      systemUUID: req('string', 'SystemUUID reported by the node. For unique machine identification MachineID is preferred. This field is specific to Red Hat hosts https://access.redhat.com/documentation/en-us/red_hat_subscription_management/1/html/rhsm/uuid'),
    },
  },
};
