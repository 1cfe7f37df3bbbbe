/**
 * Namespaces: every namespace gets the `kube-root-ca.crt` ConfigMap (root-ca-cert-publisher) and
 * the `default` ServiceAccount (serviceaccount controller); a deleted namespace stays Terminating
 * while its contents are deleted, then disappears.
 */
import type { Cluster } from '../cluster/cluster';
import { storageKey } from '../cluster/cluster';
import { isDeleting } from '../cluster/objects';
import { RESOURCES } from '../api/registry';
import type { Controller, Stage } from './engine';

/** A fixed, plausible self-signed cluster CA (PEM), the same in every namespace. */
export const ROOT_CA_CRT = [
  '-----BEGIN CERTIFICATE-----',
  'MIIDBTCCAe2gAwIBAgIIU2ltdWxhdGVkMA0GCSqGSIb3DQEBCwUAMBUxEzARBgNV',
  'BAMTCmt1YmVybmV0ZXMwHhcNMjUwMTAxMDAwMDAwWhcNMzUwMTAxMDAwMDAwWjAV',
  'MRMwEQYDVQQDEwprdWJlcm5ldGVzMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIB',
  'CgKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onL',
  'RnrQ0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxKLxoS2tFc',
  'zGkPLPgizskuemMghRniWaoLcyehkd3qqGElvW/VDL5AaWTg0nLVkjRo9z+40RQz',
  'uVaE8AkAFmxZzow3x+VJYKdjykkJ0iT9wCS0DRTXu269V264Vf/3jvredZiKRkgw',
  'lL9xNAwxXFg0x/XFw005UWVRIkdgcKWTjpBP2dPwVZ4WWC+9aGVd+Gyn1o0CLelf',
  '4rEjGoXbAAEgAqeGUxrcIlbjXfbcmwIDAQABo1kwVzAOBgNVHQ8BAf8EBAMCAqQw',
  'DwYDVR0TAQH/BAUwAwEB/zAdBgNVHQ4EFgQUc2ltdWxhdGVkLWNsdXN0ZXItY2Ew',
  'FQYDVR0RBA4wDIIKa3ViZXJuZXRlczANBgkqhkiG9w0BAQsFAAOCAQEAVXsN0v1u',
  '-----END CERTIFICATE-----',
  '',
].join('\n');

const NAMESPACED = RESOURCES.filter((rt) => rt.namespaced && rt.verbs.includes('delete') && rt.group !== 'events.k8s.io');

function contentCount(cluster: Cluster, ns: string): number {
  let n = 0;
  for (const rt of NAMESPACED) n += cluster.store.valuesIn(storageKey(rt), ns).length;
  return n;
}

export const namespaceController: Controller = {
  name: 'namespace',
  // No `watches`: a Terminating namespace's controller reads every namespaced resource. Idle, it
  // costs two lookups per namespace.
  sync(cluster) {
    for (const ns of [...cluster.store.values('namespaces')]) {
      const name = ns.metadata.name;
      if (isDeleting(ns)) {
        for (const rt of NAMESPACED) {
          for (const obj of cluster.store.valuesIn(storageKey(rt), name)) {
            if (rt.kind === 'Pod' ? false : isDeleting(obj)) continue;
            cluster.deleteObject(rt, obj, 'Background');
          }
        }
        if (contentCount(cluster, name) === 0) cluster.poke(ns);
        continue;
      }
      if (!cluster.store.get('configmaps', name, 'kube-root-ca.crt')) {
        cluster.createInternal({
          apiVersion: 'v1',
          kind: 'ConfigMap',
          metadata: { name: 'kube-root-ca.crt', namespace: name, annotations: { 'kubernetes.io/description': "Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes clusters." } },
          data: { 'ca.crt': ROOT_CA_CRT },
        });
      }
      if (!cluster.store.get('serviceaccounts', name, 'default')) {
        cluster.createInternal({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default', namespace: name } });
      }
    }
  },
};

/** A Terminating namespace with nothing left in it is removed a few seconds later. */
export const namespaceFinalizeStage: Stage = {
  name: 'namespace-finalize',
  resource: 'namespaces',
  match: (ns, cluster) => isDeleting(ns) && contentCount(cluster, ns.metadata.name) === 0,
  delayMs: () => 5000,
  next: (ns, cluster) => cluster.remove(ns),
};
