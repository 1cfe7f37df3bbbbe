/**
 * kubectl create secret generic|docker-registry|tls NAME (create_secret.go,
 * create_secret_docker.go, create_secret_tls.go). Values are base64-encoded into `data`.
 * Honoured: the data sources, --type, --docker-*, --cert/--key (read, not parsed as PEM),
 * --dry-run, -o, -n. Accepted without effect: --append-hash, --save-config, --field-manager,
 * --validate, --template, --show-managed-fields, --allow-missing-template-keys.
 */
import type { KObject } from '../../../api/types';
import { base64Encode } from '../../../printers/serialize-base64';
import { CliError } from '../../errors';
import type { Verb } from '../../invocation';
import { completeCreate, newMeta, submit } from './common';
import { collectData, readFile } from './sources';

export function buildSecret(name: string, type: string, data: Map<string, string>): KObject {
  const s: KObject = { apiVersion: 'v1', kind: 'Secret', metadata: newMeta(name) };
  if (data.size) s.data = Object.fromEntries([...data].map(([k, v]) => [k, base64Encode(v)]));
  if (type) s.type = type;
  return s;
}

export const createSecretGeneric: Verb = {
  path: 'create secret generic',
  run(inv) {
    const ctx = completeCreate(inv);
    submit(inv, ctx, buildSecret(ctx.name, inv.flags.string('type'), collectData(inv)), 'failed to create secret');
  },
};

export const createSecretDockerRegistry: Verb = {
  path: 'create secret docker-registry',
  run(inv) {
    const ctx = completeCreate(inv);
    const f = inv.flags;
    if (f.list('from-file').length === 0) {
      if (!f.string('docker-username') || !f.string('docker-password') || !f.string('docker-server')) {
        throw new CliError('missing required flag: docker-username, docker-password or docker-server');
      }
    }
    const server = f.string('docker-server');
    const user = f.string('docker-username');
    const pass = f.string('docker-password');
    const entry: Record<string, string> = { username: user, password: pass };
    if (f.string('docker-email')) entry.email = f.string('docker-email');
    entry.auth = base64Encode(`${user}:${pass}`);
    const json = JSON.stringify({ auths: { [server]: entry } });
    submit(inv, ctx, buildSecret(ctx.name, 'kubernetes.io/dockerconfigjson', new Map([['.dockerconfigjson', json]])), 'failed to create secret');
  },
};

export const createSecretTls: Verb = {
  path: 'create secret tls',
  run(inv) {
    const ctx = completeCreate(inv);
    const cert = inv.flags.string('cert');
    const key = inv.flags.string('key');
    if (!cert || !key) throw new CliError('key and cert must be specified');
    const data = new Map([['tls.crt', readFile(inv, cert)], ['tls.key', readFile(inv, key)]]);
    submit(inv, ctx, buildSecret(ctx.name, 'kubernetes.io/tls', data), 'failed to create secret');
  },
};
