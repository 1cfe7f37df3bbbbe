/**
 * kubectl cluster-info (kubectl/pkg/cmd/clusterinfo): the control plane's address and the
 * services labelled kubernetes.io/cluster-service=true in kube-system, in kubectl's colours
 * (it prints ANSI colour codes even when not on a terminal). `cluster-info dump` is not
 * supported yet.
 */
import { UsageError } from '../errors';
import type { Verb } from '../invocation';
import { currentServer } from '../kubeconfig';

const green = (s: string) => `\x1b[0;32m${s}\x1b[0m`;
const yellow = (s: string) => `\x1b[0;33m${s}\x1b[0m`;

export const clusterInfo: Verb = {
  path: 'cluster-info',
  run(inv) {
    if (inv.args.length) throw new UsageError('cluster-info', `unexpected arguments: [${inv.args.join(' ')}]`);
    const SERVER_URL = currentServer(inv.env.kubeconfig) ?? 'http://localhost:8080';
    let out = `${green('Kubernetes control plane')} is running at ${yellow(SERVER_URL)}\n`;
    const services = inv.env.cluster.list('services', 'kube-system', { labelSelector: 'kubernetes.io/cluster-service=true' });
    for (const svc of services) {
      const name = svc.metadata.labels?.['kubernetes.io/name'] ?? svc.metadata.name;
      const ports = (svc.spec as { ports?: Array<{ name?: string; port: number }> } | undefined)?.ports ?? [];
      const port = ports[0]?.name ? `:${ports[0].name}` : '';
      out += `${green(name)} is running at ${yellow(`${SERVER_URL}/api/v1/namespaces/kube-system/services/${svc.metadata.name}${port}/proxy`)}\n`;
    }
    out += "\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n";
    inv.out.out(out);
  },
};
