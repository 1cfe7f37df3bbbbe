/**
 * What a process inside a container sees, built from the pod spec and the cluster: its
 * environment (the spec's env and envFrom resolved from ConfigMaps and Secrets, downward API
 * fields, the service links kubelet injects) and its files (mounted ConfigMaps and Secrets,
 * kubelet's /etc/hosts, /etc/resolv.conf and /etc/hostname, the service account token).
 */
import type { KObject } from '../api/types';
import type { Cluster } from '../cluster/cluster';
import { lookupImage, parseImage, type ImageProfile } from '../cluster/images';
import { base64Decode, base64Encode } from '../printers/serialize-base64';

type Json = Record<string, any>;

export interface ContainerView {
  pod: KObject;
  container: Json;
  namespace: string;
  profile: ImageProfile | 'unknown';
  /** The image's distribution: which binaries exist and how the shell words its errors. */
  distro: 'busybox' | 'debian' | 'netshoot' | 'none';
  env: Array<[string, string]>;
  /** Absolute path → content. Directories are implied by the paths. */
  files: Map<string, string>;
  tty: boolean;
}

function decode(b64: string): string {
  try {
    return base64Decode(b64);
  } catch {
    return '';
  }
}

function distroOf(image: string, profile: ImageProfile | 'unknown'): ContainerView['distro'] {
  if (/netshoot/.test(image)) return 'netshoot';
  if (profile === 'hello') return 'none';
  if (/busybox|alpine|curlimages/.test(image) || /-alpine|:alpine/.test(image)) return 'busybox';
  return 'debian';
}

function fieldRef(path: string, pod: KObject): string {
  const spec = (pod.spec ?? {}) as Json;
  const status = (pod.status ?? {}) as Json;
  switch (path) {
    case 'metadata.name': return pod.metadata.name;
    case 'metadata.namespace': return pod.metadata.namespace ?? '';
    case 'metadata.uid': return pod.metadata.uid ?? '';
    case 'spec.nodeName': return spec.nodeName ?? '';
    case 'spec.serviceAccountName': return spec.serviceAccountName ?? 'default';
    case 'status.podIP': return status.podIP ?? '';
    case 'status.hostIP': return status.hostIP ?? '';
  }
  const label = /^metadata\.labels\['(.+)'\]$/.exec(path);
  if (label) return pod.metadata.labels?.[label[1]!] ?? '';
  const ann = /^metadata\.annotations\['(.+)'\]$/.exec(path);
  return ann ? pod.metadata.annotations?.[ann[1]!] ?? '' : '';
}

/** `$(VAR)` references in env values expand to earlier variables, as kubelet does. */
function expand(value: string, env: ReadonlyMap<string, string>): string {
  return value.replace(/\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (m, name: string) => env.get(name) ?? m);
}

/** The docker-link style variables kubelet injects for each Service of the namespace that existed when the pod started. */
function serviceEnv(cluster: Cluster, pod: KObject): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const started = pod.metadata.creationTimestamp ?? '';
  const services = [
    ...cluster.list('services', pod.metadata.namespace),
    ...(pod.metadata.namespace === 'default' ? [] : cluster.list('services', 'default').filter((s) => s.metadata.name === 'kubernetes')),
  ];
  for (const svc of services) {
    const spec = (svc.spec ?? {}) as Json;
    if (!spec.clusterIP || spec.clusterIP === 'None' || (svc.metadata.creationTimestamp ?? '') > started) continue;
    const prefix = svc.metadata.name.toUpperCase().replaceAll('-', '_');
    const ports = (spec.ports ?? []) as Json[];
    if (!ports.length) continue;
    const first = ports[0]!;
    out.push([`${prefix}_SERVICE_HOST`, spec.clusterIP], [`${prefix}_SERVICE_PORT`, String(first.port)]);
    for (const p of ports) if (p.name) out.push([`${prefix}_SERVICE_PORT_${String(p.name).toUpperCase().replaceAll('-', '_')}`, String(p.port)]);
    out.push([`${prefix}_PORT`, `${String(first.protocol ?? 'TCP').toLowerCase()}://${spec.clusterIP}:${first.port}`]);
    for (const p of ports) {
      const proto = String(p.protocol ?? 'TCP');
      const base = `${prefix}_PORT_${p.port}_${proto}`;
      out.push([base, `${proto.toLowerCase()}://${spec.clusterIP}:${p.port}`], [`${base}_PROTO`, proto.toLowerCase()], [`${base}_PORT`, String(p.port)], [`${base}_ADDR`, spec.clusterIP]);
    }
  }
  return out;
}

function configData(cluster: Cluster, ns: string, kind: 'configmaps' | 'secrets', name: string): Record<string, string> | undefined {
  const obj = cluster.tryGet(kind, ns, name);
  if (!obj) return undefined;
  if (kind === 'secrets') return Object.fromEntries(Object.entries((obj.data ?? {}) as Record<string, string>).map(([k, v]) => [k, decode(v)]));
  return { ...((obj.data ?? {}) as Record<string, string>) };
}

export function containerView(cluster: Cluster, pod: KObject, container: Json, tty: boolean): ContainerView {
  const ns = pod.metadata.namespace ?? 'default';
  const image = String(container.image ?? '');
  const parsed = parseImage(image);
  const entry = parsed.ok ? lookupImage(parsed.ref) : undefined;
  const profile = entry?.profile ?? 'unknown';
  const distro = distroOf(image, profile);
  const spec = (pod.spec ?? {}) as Json;
  const hostname = spec.hostname ?? pod.metadata.name;

  const vars = new Map<string, string>();
  vars.set('PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin');
  vars.set('HOSTNAME', hostname);
  if (tty) vars.set('TERM', 'xterm');
  for (const from of (container.envFrom ?? []) as Json[]) {
    const data = from.configMapRef ? configData(cluster, ns, 'configmaps', from.configMapRef.name) : from.secretRef ? configData(cluster, ns, 'secrets', from.secretRef.name) : undefined;
    for (const [k, v] of Object.entries(data ?? {})) vars.set(`${from.prefix ?? ''}${k}`, v);
  }
  for (const e of (container.env ?? []) as Json[]) {
    const vf = e.valueFrom as Json | undefined;
    let value: string | undefined;
    if (!vf) value = expand(String(e.value ?? ''), vars);
    else if (vf.configMapKeyRef) value = configData(cluster, ns, 'configmaps', vf.configMapKeyRef.name)?.[vf.configMapKeyRef.key];
    else if (vf.secretKeyRef) value = configData(cluster, ns, 'secrets', vf.secretKeyRef.name)?.[vf.secretKeyRef.key];
    else if (vf.fieldRef) value = fieldRef(String(vf.fieldRef.fieldPath ?? ''), pod);
    else if (vf.resourceFieldRef) value = resourceField(container, String(vf.resourceFieldRef.resource ?? ''));
    if (value !== undefined) vars.set(String(e.name), value);
  }
  if (spec.enableServiceLinks !== false) for (const [k, v] of serviceEnv(cluster, pod)) if (!vars.has(k)) vars.set(k, v);
  vars.set('HOME', '/root');

  const files = new Map<string, string>();
  const podIP = ((pod.status ?? {}) as Json).podIP ?? '';
  files.set('/etc/hostname', `${hostname}\n`);
  files.set('/etc/hosts', `# Kubernetes-managed hosts file.\n127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::0\tip6-localnet\nfe00::0\tip6-mcastprefix\nfe00::1\tip6-allnodes\nfe00::2\tip6-allrouters\n${podIP}\t${hostname}\n`);
  files.set('/etc/passwd', distro === 'busybox'
    ? 'root:x:0:0:root:/root:/bin/sh\ndaemon:x:1:1:daemon:/usr/sbin:/bin/false\nbin:x:2:2:bin:/bin:/bin/false\nsys:x:3:3:sys:/dev:/bin/false\nsync:x:4:100:sync:/bin:/bin/sync\nmail:x:8:8:mail:/var/spool/mail:/bin/false\nwww-data:x:33:33:www-data:/var/www:/bin/false\noperator:x:37:37:Operator:/var:/bin/false\nnobody:x:65534:65534:nobody:/home:/bin/false\n'
    : 'root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\nbin:x:2:2:bin:/bin:/usr/sbin/nologin\nsys:x:3:3:sys:/dev:/usr/sbin/nologin\nsync:x:4:65534:sync:/bin:/bin/sync\nwww-data:x:33:33:www-data:/var/www:/usr/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n' + (profile === 'nginx' ? 'nginx:x:101:101:nginx user:/nonexistent:/bin/false\n' : ''));
  files.set('/etc/os-release', distro === 'busybox' && /alpine/.test(image)
    ? 'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.20.3\nPRETTY_NAME="Alpine Linux v3.20"\nHOME_URL="https://alpinelinux.org/"\nBUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"\n'
    : 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nVERSION_ID="12"\nVERSION="12 (bookworm)"\nVERSION_CODENAME=bookworm\nID=debian\nHOME_URL="https://www.debian.org/"\nSUPPORT_URL="https://www.debian.org/support"\nBUG_REPORT_URL="https://bugs.debian.org/"\n');
  if (distro === 'busybox' && !/alpine/.test(image)) files.delete('/etc/os-release');
  files.set('/etc/resolv.conf', `search ${ns}.svc.cluster.local svc.cluster.local cluster.local\nnameserver ${dnsServer(cluster)}\noptions ndots:5\n`);
  if (spec.automountServiceAccountToken !== false) {
    const sa = '/var/run/secrets/kubernetes.io/serviceaccount';
    files.set(`${sa}/namespace`, ns);
    files.set(`${sa}/ca.crt`, '-----BEGIN CERTIFICATE-----\nMIIDBTCCAe2gAwIBAgIIsim\n-----END CERTIFICATE-----\n');
    files.set(`${sa}/token`, `eyJhbGciOiJSUzI1NiIsImtpZCI6InNpbSJ9.${base64Encode(JSON.stringify({ sub: `system:serviceaccount:${ns}:${spec.serviceAccountName ?? 'default'}` })).replace(/=+$/, '')}.c2lt`);
  }
  if (profile === 'nginx') files.set('/usr/share/nginx/html/index.html', NGINX_WELCOME);
  if (profile === 'httpd') files.set('/usr/local/apache2/htdocs/index.html', HTTPD_WELCOME);
  const volumes = new Map(((spec.volumes ?? []) as Json[]).map((v) => [String(v.name), v]));
  for (const m of (container.volumeMounts ?? []) as Json[]) {
    const vol = volumes.get(String(m.name));
    const mountPath = String(m.mountPath ?? '').replace(/\/+$/, '');
    if (!vol) continue;
    const source = vol.configMap ? configData(cluster, ns, 'configmaps', vol.configMap.name) : vol.secret ? configData(cluster, ns, 'secrets', vol.secret.secretName) : vol.emptyDir || vol.hostPath || vol.persistentVolumeClaim ? {} : undefined;
    if (!source) continue;
    const items = ((vol.configMap ?? vol.secret)?.items ?? undefined) as Json[] | undefined;
    const entries: Array<[string, string]> = items ? items.filter((i) => i.key in source).map((i) => [String(i.path), source[i.key]!]) : Object.entries(source);
    if (m.subPath) {
      const hit = entries.find(([p]) => p === m.subPath);
      if (hit) files.set(mountPath, hit[1]);
      continue;
    }
    files.set(`${mountPath}/`, '');
    for (const [p, content] of entries) files.set(`${mountPath}/${p}`, content);
  }
  return { pod, container, namespace: ns, profile, distro, env: [...vars.entries()], files, tty };
}

function resourceField(container: Json, resource: string): string {
  const [kind, name] = resource.split('.') as [string, string];
  const v = container.resources?.[kind]?.[name];
  if (v === undefined) return name === 'cpu' ? '1' : '0';
  return String(v);
}

/** kube-dns's ClusterIP (10.96.0.10 on kubeadm and minikube). */
export function dnsServer(cluster: Cluster): string {
  const svc = cluster.tryGet('services', 'kube-system', 'kube-dns');
  return String(((svc?.spec ?? {}) as Json).clusterIP ?? '10.96.0.10');
}

export const NGINX_WELCOME = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
`;

export const HTTPD_WELCOME = '<html><body><h1>It works!</h1></body></html>\n';
