/**
 * kubectl config get-clusters, get-users, set-cluster, set-credentials, delete-cluster and
 * delete-user (kubectl/pkg/cmd/config). Honoured: --server, --insecure-skip-tls-verify,
 * --certificate-authority, --tls-server-name, --proxy-url, --token, --username, --password,
 * --client-certificate, --client-key. Accepted without effect: --embed-certs, the --auth-provider
 * and --exec options.
 */
import { renderTabular } from '../../../printers/table';
import { CliError } from '../../errors';
import type { Verb } from '../../invocation';
import type { KubeCluster, KubeUser } from '../../kubeconfig';
import { requireArgs } from './common';

export const getClusters: Verb = {
  path: 'config get-clusters',
  run(inv) {
    inv.out.out(renderTabular([['NAME'], ...Object.keys(inv.env.kubeconfig.clusters).sort().map((n) => [n])]));
  },
};

export const getUsers: Verb = {
  path: 'config get-users',
  run(inv) {
    inv.out.out(renderTabular([['NAME'], ...Object.keys(inv.env.kubeconfig.users).sort().map((n) => [n])]));
  },
};

const CLUSTER_FLAGS = ['server', 'tls-server-name', 'certificate-authority', 'proxy-url'] as const;

export const setCluster: Verb = {
  path: 'config set-cluster',
  run(inv) {
    requireArgs(inv, 1);
    const name = inv.args[0]!;
    const kc = inv.env.kubeconfig;
    const c: KubeCluster = kc.clusters[name] ?? {};
    for (const flag of CLUSTER_FLAGS) if (inv.flags.changed(flag)) c[flag] = inv.flags.string(flag);
    if (inv.flags.changed('insecure-skip-tls-verify')) c['insecure-skip-tls-verify'] = inv.flags.bool('insecure-skip-tls-verify');
    kc.clusters[name] = c;
    inv.out.out(`Cluster "${name}" set.\n`);
  },
};

const USER_FLAGS = ['token', 'username', 'password', 'client-certificate', 'client-key'] as const;

export const setCredentials: Verb = {
  path: 'config set-credentials',
  run(inv) {
    requireArgs(inv, 1);
    const name = inv.args[0]!;
    const kc = inv.env.kubeconfig;
    const u: KubeUser = kc.users[name] ?? {};
    for (const flag of USER_FLAGS) if (inv.flags.changed(flag)) u[flag] = inv.flags.string(flag);
    kc.users[name] = u;
    inv.out.out(`User "${name}" set.\n`);
  },
};

function deleter(kind: 'cluster' | 'user', key: 'clusters' | 'users'): Verb {
  return {
    path: `config delete-${kind}`,
    run(inv) {
      requireArgs(inv, 1);
      const name = inv.args[0]!;
      const kc = inv.env.kubeconfig;
      if (!(name in kc[key])) throw new CliError(`cannot delete ${kind} ${name}, not in ${kc.path}`);
      delete kc[key][name];
      inv.out.out(`deleted ${kind} ${name} from ${kc.path}\n`);
    },
  };
}

export const deleteCluster = deleter('cluster', 'clusters');
export const deleteUser = deleter('user', 'users');
