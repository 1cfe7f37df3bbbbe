/**
 * kubectl expose (-f FILENAME | TYPE NAME) [--port] [--target-port] [--type] [--name]
 * (kubectl/pkg/cmd/expose): a Service selecting the object's pods. Works on live objects and,
 * like kubectl with --dry-run=client, on file objects. Honoured: --port, --target-port,
 * --protocol, --type, --name, --selector, --labels, --external-ip, --cluster-ip,
 * --session-affinity, --load-balancer-ip, --dry-run, -o, -n. Accepted without effect:
 * --override-type, --overrides, --save-config, --field-manager, -R, -k, --template,
 * --show-managed-fields, --allow-missing-template-keys.
 */
import type { KObject } from '../../api/types';
import { CliError, RESOURCES_REQUIRED } from '../errors';
import { dryRunStrategy } from '../dry-run';
import { namespaceExplicit, namespaceOf, type Invocation, type Verb } from '../invocation';
import { readManifests } from '../manifests';
import { objectPrinter } from '../print-flags';
import { splitCsv } from '../flags/parse-flags';
import { parseKeyValues } from './run';
import { collectTargets } from './targets';

interface PortSpec { containerPort: number; protocol?: string; name?: string }
type Json = Record<string, unknown>;

/** The pod template's labels selector and container ports of an exposable object. */
function introspect(obj: KObject): { selector?: Record<string, string>; ports: PortSpec[] } {
  const spec = (obj.spec ?? {}) as Json;
  const podSpec = (obj.kind === 'Pod' ? spec : ((spec.template as Json | undefined)?.spec as Json | undefined)) ?? {};
  const ports = ((podSpec.containers as Json[] | undefined) ?? []).flatMap((c) => (c.ports as PortSpec[] | undefined) ?? []);
  switch (obj.kind) {
    case 'Pod':
      return { selector: obj.metadata.labels, ports };
    case 'Service':
      return { selector: spec.selector as Record<string, string> | undefined, ports: ((spec.ports as Json[] | undefined) ?? []).map((p) => ({ containerPort: p.port as number, protocol: p.protocol as string | undefined })) };
    case 'ReplicationController':
      return { selector: spec.selector as Record<string, string> | undefined, ports };
    case 'Deployment':
    case 'ReplicaSet':
    case 'StatefulSet':
    case 'DaemonSet': {
      const sel = spec.selector as { matchLabels?: Record<string, string>; matchExpressions?: unknown[] } | undefined;
      if (sel?.matchExpressions?.length) throw new CliError(`couldn't retrieve selectors via --selector flag or introspection: the provided selector uses set-based requirements, which services do not support`);
      return { selector: sel?.matchLabels, ports };
    }
    default:
      throw new CliError(`cannot expose a ${obj.kind}`);
  }
}

export function buildExposeService(obj: KObject, inv: Invocation): KObject {
  const f = inv.flags;
  const info = introspect(obj);
  const selector = f.string('selector') ? parseKeyValues(splitCsv(f.string('selector')), 'label') : info.selector;
  if (!selector || Object.keys(selector).length === 0) {
    const why = obj.kind === 'Pod' ? 'the pod has no labels and cannot be exposed' : `the ${obj.kind.toLowerCase()} has no selector`;
    throw new CliError(`couldn't retrieve selectors via --selector flag or introspection: ${why}`);
  }
  const protocol = f.string('protocol');
  const targetPort = f.string('target-port');
  const toTarget = (p: number) => (targetPort ? (/^\d+$/.test(targetPort) ? Number(targetPort) : targetPort) : p);
  let ports: Json[];
  if (f.string('port')) {
    ports = splitCsv(f.string('port')).map((p, i, all) => {
      const n = Number(p);
      if (!/^\d+$/.test(p)) throw new CliError(`strconv.Atoi: parsing "${p}": invalid syntax`);
      const port: Json = { port: n, protocol: protocol || 'TCP', targetPort: toTarget(n) };
      if (all.length > 1) port.name = `port-${i + 1}`;
      return port;
    });
  } else {
    if (info.ports.length === 0) throw new CliError("couldn't find port via --port flag or introspection");
    ports = info.ports.map((p, i, all) => {
      const port: Json = { port: p.containerPort, protocol: protocol || p.protocol || 'TCP', targetPort: toTarget(p.containerPort) };
      if (all.length > 1) port.name = `port-${i + 1}`;
      return port;
    });
  }
  const name = f.string('name') || obj.metadata.name;
  const labels = f.string('labels') ? parseKeyValues(splitCsv(f.string('labels')), 'label') : obj.metadata.labels;
  const spec: Json = { ports, selector };
  const type = f.string('type');
  // Passed as typed: the API server refuses an unknown type.
  if (type) spec.type = type;
  if (f.string('cluster-ip')) spec.clusterIP = f.string('cluster-ip');
  if (f.string('external-ip')) spec.externalIPs = splitCsv(f.string('external-ip'));
  if (f.string('load-balancer-ip')) spec.loadBalancerIP = f.string('load-balancer-ip');
  if (f.string('session-affinity')) spec.sessionAffinity = f.string('session-affinity');
  const meta: KObject['metadata'] = { name, creationTimestamp: null };
  if (labels && Object.keys(labels).length) meta.labels = { ...labels };
  return { apiVersion: 'v1', kind: 'Service', metadata: meta, spec, status: { loadBalancer: {} } };
}

export const expose: Verb = {
  path: 'expose',
  run(inv) {
    const f = inv.flags;
    if (inv.args.length === 0 && f.list('filename').length === 0) throw new CliError(RESOURCES_REQUIRED);
    const dryRun = dryRunStrategy(inv);
    const printer = objectPrinter(f.string('output'), 'exposed', dryRun);
    const ns = namespaceOf(inv);
    // With a client dry run kubectl exposes the file's objects without asking the server.
    const fromFiles = f.list('filename').length > 0 && dryRun === 'client';
    const targets = fromFiles ? { objects: readManifests(inv, f.list('filename')), finish() {} } : collectTargets(inv, ns);
    for (const obj of targets.objects) {
      const svc = buildExposeService(obj, inv);
      if (namespaceExplicit(inv)) svc.metadata.namespace = ns;
      const shown = dryRun === 'client' ? svc : inv.env.cluster.create(svc, { namespace: obj.metadata.namespace ?? ns, dryRun: dryRun === 'server' });
      inv.out.out(printer([shown]));
    }
    targets.finish();
  },
};
