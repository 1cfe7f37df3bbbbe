/**
 * kubectl create service clusterip|nodeport|loadbalancer|externalname NAME (createservice.go).
 * Honoured: --tcp, --clusterip, --node-port, --external-name, --dry-run, -o, -n. Accepted without
 * effect: --save-config, --field-manager, --validate, --template, --show-managed-fields,
 * --allow-missing-template-keys.
 */
import type { KObject } from '../../../api/types';
import { CliError } from '../../errors';
import type { Invocation, Verb } from '../../invocation';
import { completeCreate, newMeta, submit } from './common';

export type ServiceType = 'ClusterIP' | 'NodePort' | 'LoadBalancer' | 'ExternalName';

export interface ServiceInput {
  name: string;
  type: ServiceType;
  tcp: string[];
  clusterIP: string;
  nodePort: number;
  externalName: string;
}

const UINT16 = /^\d+$/;

/** `port[:targetPort]` as createservice.go's parsePorts reads it. */
export function parseTcp(spec: string): { port: number; targetPort: number | string } {
  const [portText = '', target] = spec.split(':');
  if (!UINT16.test(portText)) throw new CliError(`strconv.ParseUint: parsing "${portText}": invalid syntax`);
  const port = Number(portText);
  if (port > 65535) throw new CliError(`strconv.ParseUint: parsing "${portText}": value out of range`);
  if (target === undefined) return { port, targetPort: port };
  if (/^[+-]?\d+$/.test(target)) {
    const n = Number(target);
    if (n < 1 || n > 65535) throw new CliError('must be between 1 and 65535, inclusive');
    return { port, targetPort: n };
  }
  const errs: string[] = [];
  if (target.length > 15) errs.push('must be no more than 15 characters');
  if (!/^[-a-z0-9]+$/.test(target)) errs.push('must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)');
  if (!/[a-z]/.test(target)) errs.push('must contain at least one letter (a-z)');
  if (target.startsWith('-') || target.endsWith('-')) errs.push('must not begin or end with a hyphen');
  if (target.includes('--')) errs.push('must not contain consecutive hyphens');
  if (errs.length) throw new CliError(errs.join(','));
  return { port, targetPort: target };
}

export function buildService(input: ServiceInput): KObject {
  if (input.tcp.length === 0 && input.type !== 'ExternalName' && input.clusterIP !== 'None') {
    throw new CliError('at least one tcp port specifier must be provided');
  }
  if (input.clusterIP === 'None' && input.type !== 'ClusterIP') throw new CliError('ClusterIP=None can only be used with ClusterIP service type');
  const ports = input.tcp.map((t) => {
    const { port, targetPort } = parseTcp(t);
    const p: Record<string, unknown> = { name: t.replaceAll(':', '-'), protocol: 'TCP', port, targetPort };
    if (input.nodePort) p.nodePort = input.nodePort;
    return p;
  });
  const labels = { app: input.name };
  const spec: Record<string, unknown> = { selector: { ...labels }, type: input.type };
  if (ports.length) spec.ports = ports;
  if (input.clusterIP) spec.clusterIP = input.clusterIP;
  if (input.type === 'ExternalName') spec.externalName = input.externalName;
  return { apiVersion: 'v1', kind: 'Service', metadata: newMeta(input.name, labels), spec, status: { loadBalancer: {} } };
}

function serviceVerb(sub: string, type: ServiceType, required: string[] = []): Verb {
  return {
    path: `create service ${sub}`,
    required,
    run(inv: Invocation) {
      const ctx = completeCreate(inv);
      const clusterIP = sub === 'clusterip' ? inv.flags.string('clusterip') : '';
      const svc = buildService({
        name: ctx.name,
        type,
        tcp: sub === 'externalname' ? [] : inv.flags.slice('tcp'),
        clusterIP,
        nodePort: sub === 'nodeport' ? inv.flags.int('node-port') : 0,
        externalName: sub === 'externalname' ? inv.flags.string('external-name') : '',
      });
      submit(inv, ctx, svc, `failed to create ${type} service`);
    },
  };
}

export const createServiceClusterIP = serviceVerb('clusterip', 'ClusterIP');
export const createServiceNodePort = serviceVerb('nodeport', 'NodePort');
export const createServiceLoadBalancer = serviceVerb('loadbalancer', 'LoadBalancer');
export const createServiceExternalName = serviceVerb('externalname', 'ExternalName', ['external-name']);
