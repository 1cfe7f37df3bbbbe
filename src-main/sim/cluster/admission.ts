/**
 * Admission on create, after defaulting: what the API server adds that no default covers.
 * Services get their ClusterIP and NodePorts; pods get the service-account token volume.
 */
import type { KObject } from '../api/types';
import { invalid, invalidValue } from '../api/errors';
import type { Cluster } from './cluster';

type Json = Record<string, any>;

function admitService(cluster: Cluster, svc: Json): void {
  const spec = svc.spec;
  const name = svc.metadata.name;
  if (spec.type === 'ExternalName') return;
  if (spec.clusterIP === 'None') {
    spec.clusterIPs = ['None'];
  } else if (spec.clusterIP) {
    if (!cluster.alloc.isValidClusterIP(spec.clusterIP)) {
      throw invalid('Service', '', name, [invalidValue('spec.clusterIPs', [spec.clusterIP], `failed to allocate IP ${spec.clusterIP}: the provided IP (${spec.clusterIP}) is not in the valid range. The range of valid IPs is 10.96.0.0/12`)]);
    }
    if (!cluster.alloc.claimClusterIP(spec.clusterIP)) {
      throw invalid('Service', '', name, [invalidValue('spec.clusterIPs', [spec.clusterIP], `failed to allocate IP ${spec.clusterIP}: provided IP is already allocated`)]);
    }
    spec.clusterIPs = [spec.clusterIP];
  } else {
    spec.clusterIP = cluster.alloc.allocateClusterIP(cluster.rng);
    spec.clusterIPs = [spec.clusterIP];
  }
  if (spec.type === 'NodePort' || spec.type === 'LoadBalancer') {
    for (const [i, port] of (spec.ports as Json[]).entries()) {
      if (port.nodePort) {
        if (port.nodePort < 30000 || port.nodePort > 32767) {
          throw invalid('Service', '', name, [invalidValue(`spec.ports[${i}].nodePort`, port.nodePort, 'provided port is not in the valid range. The range of valid ports is 30000-32767')]);
        }
        if (!cluster.alloc.claimNodePort(port.nodePort)) {
          throw invalid('Service', '', name, [invalidValue(`spec.ports[${i}].nodePort`, port.nodePort, 'provided port is already allocated')]);
        }
      } else {
        port.nodePort = cluster.alloc.allocateNodePort(cluster.rng);
      }
    }
  }
}

const TOKEN_MOUNT = '/var/run/secrets/kubernetes.io/serviceaccount';

/** The projected `kube-api-access-xxxxx` volume the ServiceAccount admission plugin adds. */
function admitPod(cluster: Cluster, pod: Json): void {
  const spec = pod.spec;
  if (spec.automountServiceAccountToken === false) return;
  const volumeName = `kube-api-access-${cluster.rng.randomSuffix(5)}`;
  spec.volumes = [
    ...(spec.volumes ?? []),
    {
      name: volumeName,
      projected: {
        defaultMode: 420,
        sources: [
          { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
          { configMap: { items: [{ key: 'ca.crt', path: 'ca.crt' }], name: 'kube-root-ca.crt' } },
          { downwardAPI: { items: [{ fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' }, path: 'namespace' }] } },
        ],
      },
    },
  ];
  for (const c of [...(spec.initContainers ?? []), ...(spec.containers ?? [])] as Json[]) {
    if ((c.volumeMounts ?? []).some((m: Json) => m.mountPath === TOKEN_MOUNT)) continue;
    c.volumeMounts = [...(c.volumeMounts ?? []), { mountPath: TOKEN_MOUNT, name: volumeName, readOnly: true }];
  }
}

export function admitCreate(cluster: Cluster, obj: KObject): void {
  if (obj.kind === 'Service') admitService(cluster, obj as Json);
  else if (obj.kind === 'Pod') admitPod(cluster, obj as Json);
}

/** Frees the addresses and ports a deleted object held. */
export function releaseOnDelete(cluster: Cluster, obj: KObject): void {
  if (obj.kind !== 'Service') return;
  const spec = (obj as Json).spec ?? {};
  for (const ip of spec.clusterIPs ?? []) if (ip !== 'None') cluster.alloc.releaseClusterIP(ip);
  for (const p of spec.ports ?? []) if (p.nodePort) cluster.alloc.releaseNodePort(p.nodePort);
}

/**
 * Defaults that need the new object's uid: a Job selects its pods by
 * `batch.kubernetes.io/controller-uid` and labels its template with it (and the job name).
 */
export function admitWithUid(obj: KObject): void {
  if (obj.kind !== 'Job') return;
  const job = obj as Json;
  const uid = job.metadata.uid;
  const name = job.metadata.name;
  if (job.spec.manualSelector) return;
  job.spec.selector ??= { matchLabels: { 'batch.kubernetes.io/controller-uid': uid } };
  job.spec.template.metadata ??= {};
  job.spec.template.metadata.labels = {
    ...(job.spec.template.metadata.labels ?? {}),
    'batch.kubernetes.io/controller-uid': uid,
    'batch.kubernetes.io/job-name': name,
    'controller-uid': uid,
    'job-name': name,
  };
  // With no labels of its own, a Job takes its template's.
  if (!job.metadata.labels || !Object.keys(job.metadata.labels).length) job.metadata.labels = { ...job.spec.template.metadata.labels };
}
