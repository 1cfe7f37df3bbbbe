/**
 * kubectl config set PROPERTY_NAME PROPERTY_VALUE and config unset PROPERTY_NAME
 * (kubectl/pkg/cmd/config/set.go, unset.go): a dotted path into the kubeconfig. A map key may
 * itself hold dots: the key runs until the next word that names a field of the entry, so
 * `contexts.sim.context.namespace` names the context "sim.context", as kubectl reads it.
 */
import { CliError } from '../../errors';
import type { Invocation, Verb } from '../../invocation';
import type { Kubeconfig } from '../../kubeconfig';
import { requireArgs } from './common';

const FIELDS: Record<'clusters' | 'users' | 'contexts', string[]> = {
  clusters: ['server', 'tls-server-name', 'insecure-skip-tls-verify', 'certificate-authority', 'certificate-authority-data', 'proxy-url', 'disable-compression'],
  users: ['client-certificate', 'client-certificate-data', 'client-key', 'client-key-data', 'token', 'tokenFile', 'as', 'as-uid', 'username', 'password'],
  contexts: ['cluster', 'user', 'namespace'],
};

interface Target {
  section?: 'clusters' | 'users' | 'contexts';
  key?: string;
  field?: string;
}

function resolve(path: string): Target {
  const parts = path.split('.');
  if (parts.length === 1 && parts[0] === 'current-context') return {};
  const section = parts[0] as Target['section'];
  if (!section || !(section in FIELDS)) throw new CliError(`unable to locate path ${parts[0]}`);
  const rest = parts.slice(1);
  const fieldAt = rest.findIndex((p, i) => i > 0 && FIELDS[section].includes(p));
  if (rest.length === 0) throw new CliError(`empty key provided for map`);
  if (fieldAt < 0) return { section, key: rest.join('.') };
  return { section, key: rest.slice(0, fieldAt).join('.'), field: rest.slice(fieldAt).join('.') };
}

function apply(kc: Kubeconfig, t: Target, value: string | undefined, path: string): void {
  if (!t.section) {
    kc.currentContext = value ?? '';
    return;
  }
  const map = kc[t.section] as Record<string, Record<string, unknown>>;
  if (value === undefined) {
    // Unsetting a whole entry that is not there is fine; a field of a missing entry is not.
    if (!(t.key! in map)) {
      if (t.field) throw new CliError(`current map key \`${t.key}\` is invalid`);
      return;
    }
    if (t.field) delete map[t.key!]![t.field];
    else delete map[t.key!];
    return;
  }
  if (!t.field) throw new CliError(`can't set a map to a value: ${path}`);
  const entry = map[t.key!] ?? (t.section === 'contexts' ? { cluster: '', user: '' } : {});
  entry[t.field] = t.field === 'insecure-skip-tls-verify' || t.field === 'disable-compression' ? value === 'true' : value;
  map[t.key!] = entry;
}

export const configSet: Verb = {
  path: 'config set',
  run(inv: Invocation) {
    requireArgs(inv, 2);
    const [path, value] = inv.args as [string, string];
    apply(inv.env.kubeconfig, resolve(path), value, path);
    inv.out.out(`Property "${path}" set.\n`);
  },
};

export const configUnset: Verb = {
  path: 'config unset',
  run(inv: Invocation) {
    requireArgs(inv, 1);
    const path = inv.args[0]!;
    apply(inv.env.kubeconfig, resolve(path), undefined, path);
    inv.out.out(`Property "${path}" unset.\n`);
  },
};
