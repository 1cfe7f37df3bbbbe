/**
 * kubectl port-forward TYPE/NAME [LOCAL_PORT:]REMOTE_PORT... (kubectl/pkg/cmd/portforward): the
 * simulator checks the target as kubectl does (pod running, Service port translated to the
 * pod's target port, named ports), prints the `Forwarding from` lines and returns at once instead
 * of holding the terminal. Honoured: TYPE/NAME, pod names, `8080:80`, `80`, `:80` (a local port
 * chosen from the seeded hash), named ports, --address, -n. Accepted without effect:
 * --pod-running-timeout.
 */
import type { KObject } from '../../api/types';
import { hashInts } from '../../cluster/rng';
import { CliError, UsageError } from '../errors';
import { namespaceOf, type Verb } from '../invocation';
import { attachablePod } from './exec/attachable-pod';

type Json = Record<string, any>;

function parsePort(text: string, what: 'local' | 'remote'): number {
  if (!/^\d+$/.test(text)) throw new CliError(`Error parsing ${what} port '${text}': strconv.ParseUint: parsing "${text}": invalid syntax`);
  const n = Number(text);
  if (n > 65535) throw new CliError(`Error parsing ${what} port '${text}': strconv.ParseUint: parsing "${text}": value out of range`);
  if (n === 0 && what === 'remote') throw new CliError(`Remote port must be > 0`);
  return n;
}

/** A named remote port resolved against the pod's container ports. */
function containerPortByName(pod: KObject, name: string): number {
  for (const c of (((pod.spec ?? {}) as Json).containers ?? []) as Json[]) {
    for (const p of (c.ports ?? []) as Json[]) if (p.name === name) return Number(p.containerPort);
  }
  throw new CliError(`Pod '${pod.metadata.name}' does not have a named port '${name}'`);
}

/** Service port → the pod's port (the Service's targetPort), as kubectl translates it before forwarding. */
function translateServicePort(svc: KObject, pod: KObject, port: string): string {
  const ports = (((svc.spec ?? {}) as Json).ports ?? []) as Json[];
  const sp = /^\d+$/.test(port) ? ports.find((p) => Number(p.port) === Number(port)) : ports.find((p) => p.name === port);
  if (!sp) throw new CliError(/^\d+$/.test(port) ? `Service ${svc.metadata.name} does not have a service port ${port}` : `Service '${svc.metadata.name}' does not have a named port '${port}'`);
  const target = sp.targetPort ?? sp.port;
  return String(typeof target === 'number' ? target : containerPortByName(pod, String(target)));
}

export const portForward: Verb = {
  path: 'port-forward',
  run(inv) {
    if (inv.args.length < 2) throw new UsageError('port-forward', 'TYPE/NAME and list of ports are required for port-forward');
    const ns = namespaceOf(inv);
    const [target, ...specs] = inv.args as [string, ...string[]];
    const pod = attachablePod(inv, ns, target);
    const slash = target.indexOf('/');
    const svc = slash > 0 && ['svc', 'service', 'services'].includes(target.slice(0, slash).toLowerCase()) ? inv.env.cluster.get('services', ns, target.slice(slash + 1)) : undefined;
    const phase = ((pod.status ?? {}) as Json).phase;
    if (phase !== 'Running') throw new CliError(`unable to forward port because pod is not running. Current status=${phase ?? 'Pending'}`);
    const addresses = inv.flags.slice('address');
    const lines: string[] = [];
    for (const spec of specs) {
      const parts = spec.split(':');
      if (parts.length > 2) throw new CliError(`invalid port format '${spec}'`);
      const localText = parts.length === 2 ? parts[0]! : parts[0]!;
      let remoteText = parts.length === 2 ? parts[1]! : parts[0]!;
      if (svc) remoteText = translateServicePort(svc, pod, remoteText);
      const remote = /^\d+$/.test(remoteText) ? parsePort(remoteText, 'remote') : containerPortByName(pod, remoteText);
      // `:80` asks the kernel for a free local port; a named port alone forwards from the same number.
      const local = localText === '' ? 32768 + (hashInts(pod.metadata.uid ?? pod.metadata.name, remote) % 28000) : /^\d+$/.test(localText) ? parsePort(localText, 'local') : remote;
      for (const addr of addresses.length ? addresses : ['localhost']) {
        if (addr === 'localhost') lines.push(`Forwarding from 127.0.0.1:${local} -> ${remote}`, `Forwarding from [::1]:${local} -> ${remote}`);
        else lines.push(`Forwarding from ${addr.includes(':') ? `[${addr}]` : addr}:${local} -> ${remote}`);
      }
    }
    inv.out.out(lines.map((l) => l + '\n').join(''));
  },
};
