/**
 * kubectl create ingress NAME --rule=host/path=service:port[,tls[=secret]] (create_ingress.go).
 * A path ending in `*` is a Prefix path, otherwise Exact; rules of one host share a rule; TLS hosts
 * group by secret. Honoured: --rule, --class, --default-backend, --annotation, --dry-run, -o, -n.
 * Accepted without effect: --save-config, --field-manager, --validate, --template,
 * --show-managed-fields, --allow-missing-template-keys.
 */
import type { KObject } from '../../../api/types';
import { CliError } from '../../errors';
import type { Verb } from '../../invocation';
import { completeCreate, newMeta, submit } from './common';

const RULE = /^([\w*\-.]*)(\/.*)=([\w-]+):([\w-]+)(?:,(tls)=?([\w-]+)?)?$/;

type Json = Record<string, unknown>;

function backend(service: string, port: string): Json {
  return { service: { name: service, port: /^\d+$/.test(port) ? { number: Number(port) } : { name: port } } };
}

export function buildIngress(name: string, rules: string[], ingressClass: string, defaultBackend: string, annotations: string[]): KObject {
  const hosts: string[] = [];
  const pathsByHost = new Map<string, Json[]>();
  const tlsBySecret = new Map<string, string[]>();
  for (const r of rules) {
    const m = RULE.exec(r);
    if (!m) throw new CliError(`rule ${r} is invalid and should be in format host/path=svcname:svcport[,tls[=secret]]`);
    const [, host = '', rawPath = '/', svc = '', port = '', tls, secret = ''] = m;
    const prefix = rawPath.endsWith('*');
    const path = prefix ? rawPath.slice(0, -1) : rawPath;
    if (!pathsByHost.has(host)) { pathsByHost.set(host, []); hosts.push(host); }
    pathsByHost.get(host)!.push({ path, pathType: prefix ? 'Prefix' : 'Exact', backend: backend(svc, port) });
    if (tls) {
      const list = tlsBySecret.get(secret) ?? [];
      if (host && !list.includes(host)) list.push(host);
      tlsBySecret.set(secret, list);
    }
  }
  const spec: Json = {};
  if (ingressClass) spec.ingressClassName = ingressClass;
  if (defaultBackend) {
    const [svc, port, extra] = defaultBackend.split(':');
    if (!svc || !port || extra !== undefined) throw new CliError('default-backend should be in format servicename:serviceport');
    spec.defaultBackend = backend(svc, port);
  }
  if (hosts.length) {
    spec.rules = hosts.map((h) => {
      const rule: Json = { http: { paths: pathsByHost.get(h) } };
      if (h) rule.host = h;
      return rule;
    });
  }
  if (tlsBySecret.size) {
    spec.tls = [...tlsBySecret].map(([secretName, hostList]) => {
      const t: Json = {};
      if (hostList.length) t.hosts = hostList;
      if (secretName) t.secretName = secretName;
      return t;
    });
  }
  const meta = newMeta(name);
  if (annotations.length) {
    meta.annotations = Object.fromEntries(annotations.map((a) => {
      const i = a.indexOf('=');
      if (i <= 0) throw new CliError(`annotation ${a} is invalid and should be in format key=[value]`);
      return [a.slice(0, i), a.slice(i + 1)];
    }));
  }
  return { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: meta, spec, status: { loadBalancer: {} } };
}

export const createIngress: Verb = {
  path: 'create ingress',
  run(inv) {
    const ctx = completeCreate(inv);
    const f = inv.flags;
    const ing = buildIngress(ctx.name, f.list('rule'), f.string('class'), f.string('default-backend'), f.list('annotation'));
    submit(inv, ctx, ing);
  },
};
