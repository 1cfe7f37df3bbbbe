/**
 * The cluster network as seen from inside a pod: cluster DNS names of Services
 * (`web`, `web.ns`, `web.ns.svc`, `web.ns.svc.cluster.local`), pod and Service IPs, and HTTP
 * answered by the backend pod's image (nginx and httpd serve their welcome pages on port 80).
 */
import type { KObject } from '../api/types';
import type { Cluster } from '../cluster/cluster';
import { lookupImage, parseImage } from '../cluster/images';
import { HTTPD_WELCOME, NGINX_WELCOME } from './container-view';

type Json = Record<string, any>;

export interface Resolved {
  /** The fully qualified name, for nslookup. */
  fqdn: string;
  ip: string;
  service?: KObject;
  pod?: KObject;
}

/** Resolves a host name or IP from a pod in `ns`, as CoreDNS with the pod's search path does. */
export function resolveHost(cluster: Cluster, ns: string, host: string, self: KObject): Resolved | undefined {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (h === 'localhost' || h === '127.0.0.1') return { fqdn: 'localhost', ip: '127.0.0.1', pod: self };
  if (/^\d+\.\d+\.\d+\.\d+$/.test(h)) {
    for (const svc of cluster.list('services', undefined)) if ((svc.spec as Json)?.clusterIP === h) return { fqdn: h, ip: h, service: svc };
    for (const pod of cluster.list('pods', undefined)) if ((pod.status as Json)?.podIP === h) return { fqdn: h, ip: h, pod };
    return { fqdn: h, ip: h };
  }
  const parts = h.replace(/\.svc\.cluster\.local$|\.svc$/, '').split('.');
  if (parts.length > 2) return undefined;
  const [name, svcNs = ns] = parts as [string, string?];
  const svc = cluster.tryGet('services', svcNs, name);
  if (!svc) return undefined;
  const ip = String((svc.spec as Json)?.clusterIP ?? '');
  if (!ip || ip === 'None') {
    const pod = backends(cluster, svc)[0]?.pod;
    const podIP = (pod?.status as Json)?.podIP;
    return podIP ? { fqdn: `${name}.${svcNs}.svc.cluster.local`, ip: podIP, service: svc, pod } : undefined;
  }
  return { fqdn: `${name}.${svcNs}.svc.cluster.local`, ip, service: svc };
}

/** The ready pods behind a Service (its Endpoints) with the target port of each Service port. */
function backends(cluster: Cluster, svc: KObject): Array<{ pod: KObject; port: number; servicePort: number }> {
  const ep = cluster.tryGet('endpoints', svc.metadata.namespace, svc.metadata.name);
  const svcPorts = ((svc.spec as Json)?.ports ?? []) as Json[];
  const out: Array<{ pod: KObject; port: number; servicePort: number }> = [];
  for (const subset of ((ep?.subsets ?? []) as Json[])) {
    for (const addr of (subset.addresses ?? []) as Json[]) {
      const pod = addr.targetRef?.name ? cluster.tryGet('pods', svc.metadata.namespace, addr.targetRef.name) : undefined;
      if (!pod) continue;
      for (const p of (subset.ports ?? []) as Json[]) {
        const sp = svcPorts.find((s) => (s.name ?? '') === (p.name ?? '')) ?? svcPorts[0];
        out.push({ pod, port: Number(p.port), servicePort: Number(sp?.port ?? p.port) });
      }
    }
  }
  return out;
}

export type HttpAnswer = { ok: true; status: number; body: string } | { ok: false; error: 'refused' | 'timeout' };

/** What an HTTP GET of `path` on `port` of the resolved address answers. */
export function httpGet(cluster: Cluster, target: Resolved, port: number, path: string): HttpAnswer {
  let pod = target.pod;
  let podPort = port;
  if (target.service && (target.service.spec as Json)?.clusterIP === target.ip) {
    const candidates = backends(cluster, target.service).filter((b) => b.servicePort === port);
    if (!candidates.length) {
      const declared = (((target.service.spec as Json)?.ports ?? []) as Json[]).some((p) => Number(p.port) === port);
      return { ok: false, error: declared ? 'refused' : 'timeout' };
    }
    pod = candidates[0]!.pod;
    podPort = candidates[0]!.port;
  } else if (target.service && !pod) pod = undefined;
  if (!pod) return { ok: false, error: 'timeout' };
  return serve(pod, podPort, path);
}

function serve(pod: KObject, port: number, path: string): HttpAnswer {
  for (const c of (((pod.spec as Json)?.containers ?? []) as Json[])) {
    const parsed = parseImage(String(c.image ?? ''));
    const profile = parsed.ok ? lookupImage(parsed.ref)?.profile : undefined;
    if (port !== 80) continue;
    const index = path === '/' || path === '' || path === '/index.html';
    if (profile === 'nginx') return index ? { ok: true, status: 200, body: NGINX_WELCOME } : { ok: true, status: 404, body: NGINX_404 };
    if (profile === 'httpd') return index ? { ok: true, status: 200, body: HTTPD_WELCOME } : { ok: true, status: 404, body: HTTPD_404(path) };
  }
  return { ok: false, error: 'refused' };
}

const NGINX_404 = '<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';
const HTTPD_404 = (path: string) => `<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>404 Not Found</title>\n</head><body>\n<h1>Not Found</h1>\n<p>The requested URL ${path} was not found on this server.</p>\n</body></html>\n`;
