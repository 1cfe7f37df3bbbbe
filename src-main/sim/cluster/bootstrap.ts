/**
 * The system objects of a fresh kubeadm cluster: nodes (the first is the control plane, tainted
 * NoSchedule as kubeadm leaves it), the four system namespaces, the `kubernetes` Service, the
 * control-plane static pods, kube-proxy and CoreDNS, and the built-in RBAC policy (../rbac). Their
 * controllers then bring them up like any other workload, so `get pods -A` looks like a real
 * cluster's.
 */
import type { KObject } from '../api/types';
import type { Cluster } from './cluster';
import { installBootstrapPolicy } from '../rbac/install';

export interface NodeOptions {
  name: string;
  /** Roles as `node-role.kubernetes.io/<role>` labels. The first node defaults to control-plane. */
  roles?: string[];
  ready?: boolean;
  unschedulable?: boolean;
  labels?: Record<string, string>;
  taints?: Array<{ key: string; value?: string; effect: string }>;
  internalIP?: string;
  cpu?: string;
  memory?: string;
}

export const SYSTEM_NAMESPACES = ['default', 'kube-node-lease', 'kube-public', 'kube-system'];
export const OS_IMAGE = 'Ubuntu 24.04.1 LTS';
export const KERNEL_VERSION = '6.8.0-51-generic';
export const CONTAINER_RUNTIME = 'containerd://1.7.24';

function nodeObject(cluster: Cluster, opts: NodeOptions, index: number): KObject {
  const roles = opts.roles ?? (index === 0 ? ['control-plane'] : []);
  const labels: Record<string, string> = {
    'beta.kubernetes.io/arch': 'amd64',
    'beta.kubernetes.io/os': 'linux',
    'kubernetes.io/arch': 'amd64',
    'kubernetes.io/hostname': opts.name,
    'kubernetes.io/os': 'linux',
  };
  for (const role of roles) labels[`node-role.kubernetes.io/${role}`] = '';
  if (roles.includes('control-plane')) labels['node.kubernetes.io/exclude-from-external-load-balancers'] = '';
  Object.assign(labels, opts.labels ?? {});
  const ready = opts.ready ?? true;
  const taints = opts.taints ?? [
    ...(roles.includes('control-plane') ? [{ effect: 'NoSchedule', key: 'node-role.kubernetes.io/control-plane' }] : []),
    // The node lifecycle controller taints a node that is not ready.
    ...(ready ? [] : [{ effect: 'NoSchedule', key: 'node.kubernetes.io/not-ready' }, { effect: 'NoExecute', key: 'node.kubernetes.io/not-ready' }]),
  ];
  const resources = {
    cpu: opts.cpu ?? '8',
    'ephemeral-storage': '65504Mi',
    'hugepages-1Gi': '0',
    'hugepages-2Mi': '0',
    memory: opts.memory ?? '32946972Ki',
    pods: '110',
  };
  const ts = new Date(cluster.now()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const condition = (type: string, status: string, reason: string, message: string) => ({
    lastHeartbeatTime: ts,
    lastTransitionTime: ts,
    message,
    reason,
    status,
    type,
  });
  const spec: Record<string, unknown> = { podCIDR: `10.244.${index}.0/24`, podCIDRs: [`10.244.${index}.0/24`] };
  if (taints.length) spec.taints = taints;
  if (opts.unschedulable) spec.unschedulable = true;
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name: opts.name,
      labels,
      annotations: {
        'kubeadm.alpha.kubernetes.io/cri-socket': 'unix:///var/run/containerd/containerd.sock',
        'node.alpha.kubernetes.io/ttl': '0',
        'volumes.kubernetes.io/controller-managed-attach-detach': 'true',
      },
    },
    spec,
    status: {
      addresses: [
        { address: opts.internalIP ?? `192.168.0.${22 + index}`, type: 'InternalIP' },
        { address: opts.name, type: 'Hostname' },
      ],
      allocatable: { ...resources },
      capacity: { ...resources },
      conditions: [
        condition('MemoryPressure', 'False', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'),
        condition('DiskPressure', 'False', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'),
        condition('PIDPressure', 'False', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'),
        ready
          ? condition('Ready', 'True', 'KubeletReady', 'kubelet is posting ready status')
          : condition('Ready', 'False', 'KubeletNotReady', 'container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized'),
      ],
      daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
      nodeInfo: {
        architecture: 'amd64',
        bootID: cluster.rng.uuid(),
        containerRuntimeVersion: CONTAINER_RUNTIME,
        kernelVersion: KERNEL_VERSION,
        kubeProxyVersion: cluster.kubeletVersion,
        kubeletVersion: cluster.kubeletVersion,
        machineID: cluster.rng.hex(32),
        operatingSystem: 'linux',
        osImage: OS_IMAGE,
        systemUUID: cluster.rng.uuid().toUpperCase(),
      },
    },
  };
}

const CONTROL_PLANE_TOLERATIONS = [
  { effect: 'NoSchedule', key: 'node-role.kubernetes.io/control-plane' },
  { key: 'CriticalAddonsOnly', operator: 'Exists' },
];

/** The CPU requests kubeadm's static pod manifests set. */
const STATIC_REQUESTS: Record<string, Record<string, string>> = {
  etcd: { cpu: '100m', memory: '100Mi' },
  'kube-apiserver': { cpu: '250m' },
  'kube-controller-manager': { cpu: '200m' },
  'kube-scheduler': { cpu: '100m' },
};

function staticPod(cluster: Cluster, component: string, image: string, node: KObject, command: string[]): KObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: `${component}-${node.metadata.name}`,
      namespace: 'kube-system',
      labels: { component, tier: 'control-plane' },
      annotations: { 'kubernetes.io/config.source': 'file', 'kubernetes.io/config.hash': cluster.rng.hex(32) },
      ownerReferences: [{ apiVersion: 'v1', controller: true, kind: 'Node', name: node.metadata.name, uid: node.metadata.uid! }],
    },
    spec: {
      automountServiceAccountToken: false,
      containers: [{ name: component, image, command, imagePullPolicy: 'IfNotPresent', resources: { requests: STATIC_REQUESTS[component] ?? {} } }],
      hostNetwork: true,
      nodeName: node.metadata.name,
      priorityClassName: 'system-node-critical',
      priority: 2000001000,
      tolerations: [{ effect: 'NoExecute', operator: 'Exists' }],
    },
  };
}

/** Builds the system objects at the current instant. */
export function bootstrap(cluster: Cluster, nodes: Array<string | NodeOptions>): void {
  const version = cluster.kubeletVersion;
  // The API server writes its RBAC policy when it starts, before kubeadm or any kubelet talks to it.
  installBootstrapPolicy(cluster);
  const nodeObjs = nodes.map((n, i) => cluster.createInternal(nodeObject(cluster, typeof n === 'string' ? { name: n } : n, i)));
  // kubeadm pulled the control-plane images before the cluster started.
  const preloaded = new Set(
    [
      'registry.k8s.io/etcd:3.5.16-0',
      `registry.k8s.io/kube-apiserver:${version}`,
      `registry.k8s.io/kube-controller-manager:${version}`,
      `registry.k8s.io/kube-scheduler:${version}`,
      `registry.k8s.io/kube-proxy:${version}`,
      'registry.k8s.io/coredns/coredns:v1.11.3',
      'registry.k8s.io/pause:3.10',
    ],
  );
  for (const n of nodeObjs) cluster.runtime.nodeImages.set(n.metadata.name, preloaded);
  // Each kubelet holds a Lease in kube-node-lease (describe node shows it).
  const since = new Date(cluster.now()).toISOString().replace(/Z$/, '000Z');
  for (const sa of ['coredns', 'kube-proxy']) cluster.createInternal({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: sa, namespace: 'kube-system' } });
  for (const ns of SYSTEM_NAMESPACES) cluster.createInternal({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } });
  for (const n of nodeObjs) {
    cluster.createInternal({
      apiVersion: 'coordination.k8s.io/v1',
      kind: 'Lease',
      metadata: { name: n.metadata.name, namespace: 'kube-node-lease', ownerReferences: [{ apiVersion: 'v1', kind: 'Node', name: n.metadata.name, uid: n.metadata.uid! }] },
      spec: { holderIdentity: n.metadata.name, leaseDurationSeconds: 40, acquireTime: since, renewTime: since },
    });
  }
  cluster.createInternal({
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'kubernetes', namespace: 'default', labels: { component: 'apiserver', provider: 'kubernetes' } },
    spec: { clusterIP: '10.96.0.1', ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 6443 }], type: 'ClusterIP' },
  });
  cluster.createInternal({
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
      name: 'kube-dns',
      namespace: 'kube-system',
      labels: { 'k8s-app': 'kube-dns', 'kubernetes.io/cluster-service': 'true', 'kubernetes.io/name': 'CoreDNS' },
      annotations: { 'prometheus.io/port': '9153', 'prometheus.io/scrape': 'true' },
    },
    spec: {
      clusterIP: '10.96.0.10',
      ports: [
        { name: 'dns', port: 53, protocol: 'UDP', targetPort: 53 },
        { name: 'dns-tcp', port: 53, protocol: 'TCP', targetPort: 53 },
        { name: 'metrics', port: 9153, protocol: 'TCP', targetPort: 9153 },
      ],
      selector: { 'k8s-app': 'kube-dns' },
    },
  });
  const apiServerIP = ((nodeObjs[0]?.status as any)?.addresses?.[0]?.address as string | undefined) ?? '192.168.0.22';
  cluster.createInternal({
    apiVersion: 'v1',
    kind: 'Endpoints',
    metadata: { name: 'kubernetes', namespace: 'default', labels: { 'endpointslice.kubernetes.io/skip-mirror': 'true' } },
    subsets: [{ addresses: [{ ip: apiServerIP }], ports: [{ name: 'https', port: 6443, protocol: 'TCP' }] }],
  });
  // The API server keeps the `kubernetes` service's slice itself (no selector, no controller).
  cluster.createInternal({
    apiVersion: 'discovery.k8s.io/v1',
    kind: 'EndpointSlice',
    metadata: { name: 'kubernetes', namespace: 'default', labels: { 'kubernetes.io/service-name': 'kubernetes' } },
    addressType: 'IPv4',
    endpoints: [{ addresses: [apiServerIP], conditions: { ready: true } }],
    ports: [{ name: 'https', port: 6443, protocol: 'TCP' }],
  });
  const controlPlane = nodeObjs.find((n) => 'node-role.kubernetes.io/control-plane' in (n.metadata.labels ?? {})) ?? nodeObjs[0];
  if (controlPlane) {
    const ip = ((controlPlane.status as any).addresses[0] as { address: string }).address;
    for (const [component, image, command] of [
      ['etcd', 'registry.k8s.io/etcd:3.5.16-0', ['etcd', `--advertise-client-urls=https://${ip}:2379`, '--data-dir=/var/lib/etcd']],
      ['kube-apiserver', `registry.k8s.io/kube-apiserver:${version}`, ['kube-apiserver', `--advertise-address=${ip}`, '--service-cluster-ip-range=10.96.0.0/12']],
      ['kube-controller-manager', `registry.k8s.io/kube-controller-manager:${version}`, ['kube-controller-manager', '--cluster-cidr=10.244.0.0/16']],
      ['kube-scheduler', `registry.k8s.io/kube-scheduler:${version}`, ['kube-scheduler', '--leader-elect=true']],
    ] as Array<[string, string, string[]]>) {
      cluster.createInternal(staticPod(cluster, component, image, controlPlane, command));
    }
  }
  cluster.createInternal({
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: { name: 'kube-proxy', namespace: 'kube-system', labels: { 'k8s-app': 'kube-proxy' } },
    spec: {
      selector: { matchLabels: { 'k8s-app': 'kube-proxy' } },
      template: {
        metadata: { labels: { 'k8s-app': 'kube-proxy' } },
        spec: {
          containers: [{ name: 'kube-proxy', image: `registry.k8s.io/kube-proxy:${version}`, command: ['/usr/local/bin/kube-proxy', '--config=/var/lib/kube-proxy/config.conf', '--hostname-override=$(NODE_NAME)'] }],
          hostNetwork: true,
          nodeSelector: { 'kubernetes.io/os': 'linux' },
          priorityClassName: 'system-node-critical',
          serviceAccountName: 'kube-proxy',
          tolerations: [{ operator: 'Exists' }],
        },
      },
    },
  });
  cluster.createInternal({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'coredns', namespace: 'kube-system', labels: { 'k8s-app': 'kube-dns' } },
    spec: {
      replicas: 2,
      selector: { matchLabels: { 'k8s-app': 'kube-dns' } },
      strategy: { rollingUpdate: { maxSurge: '25%', maxUnavailable: 1 }, type: 'RollingUpdate' },
      template: {
        metadata: { labels: { 'k8s-app': 'kube-dns' } },
        spec: {
          containers: [
            {
              name: 'coredns',
              image: 'registry.k8s.io/coredns/coredns:v1.11.3',
              args: ['-conf', '/etc/coredns/Corefile'],
              resources: { limits: { memory: '170Mi' }, requests: { cpu: '100m', memory: '70Mi' } },
              ports: [
                { containerPort: 53, name: 'dns', protocol: 'UDP' },
                { containerPort: 53, name: 'dns-tcp', protocol: 'TCP' },
                { containerPort: 9153, name: 'metrics', protocol: 'TCP' },
              ],
            },
          ],
          dnsPolicy: 'Default',
          nodeSelector: { 'kubernetes.io/os': 'linux' },
          priorityClassName: 'system-cluster-critical',
          serviceAccountName: 'coredns',
          tolerations: CONTROL_PLANE_TOLERATIONS,
        },
      },
    },
  });
}
