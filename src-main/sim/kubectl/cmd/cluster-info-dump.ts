/**
 * kubectl cluster-info dump (kubectl/pkg/cmd/clusterinfo/clusterinfo_dump.go), minimal: the nodes,
 * then for each namespace (kube-system and the current one; -A all; --namespaces a list) its
 * events, replication controllers, services, daemon sets, deployments, replica sets and pods as
 * JSON lists, each pod's container logs between `==== START/END logs ... ====` lines.
 * Honoured: -A, --namespaces, -n, -o json|yaml. Not supported: --output-directory (there is no
 * directory to write to). Accepted without effect: --pod-running-timeout, --template,
 * --show-managed-fields, --allow-missing-template-keys.
 */
import type { KObject } from '../../api/types';
import { resolveResource } from '../../api/registry';
import { toJson } from '../../printers/serialize-json';
import { toYaml } from '../../printers/serialize-yaml';
import { CliError } from '../errors';
import { namespaceOf, type Verb } from '../invocation';
import { OBJECT_FORMATS } from '../print-flags';

const PER_NAMESPACE = ['events', 'replicationcontrollers', 'services', 'daemonsets', 'deployments', 'replicasets', 'pods'];

export const clusterInfoDump: Verb = {
  path: 'cluster-info dump',
  run(inv) {
    const f = inv.flags;
    if (f.string('output-directory')) throw new CliError('cluster-info dump --output-directory is not supported by the simulator yet');
    const output = f.string('output') || 'json';
    if (!OBJECT_FORMATS.includes(output.split('=')[0]!)) throw new CliError(`unable to match a printer suitable for the output format "${output}", allowed formats are: ${OBJECT_FORMATS.join(',')}`);
    if (output !== 'json' && output !== 'yaml') throw new CliError(`the output format "${output}" is not supported by the simulator yet`);
    const print = (o: unknown) => (output === 'json' ? toJson(o) : toYaml(o));
    const cluster = inv.env.cluster;
    const list = (resource: string, ns?: string): string => {
      const rt = resolveResource(resource)!;
      const items = cluster.list(rt, ns);
      const apiVersion = rt.group ? `${rt.group}/${rt.version}` : rt.version;
      return print({ kind: `${rt.kind}List`, apiVersion, metadata: { resourceVersion: String(cluster.now() % 100000) }, items });
    };
    let out = list('nodes');
    const namespaces = f.bool('all-namespaces')
      ? cluster.list('namespaces', undefined).map((n) => n.metadata.name)
      : f.list('namespaces').length
        ? f.list('namespaces')
        : [...new Set(['kube-system', namespaceOf(inv)])];
    for (const ns of namespaces) {
      for (const r of PER_NAMESPACE) out += list(r, ns);
      for (const pod of cluster.list('pods', ns)) out += podLogs(inv.env.cluster, pod);
    }
    inv.out.out(out);
  },
};

function podLogs(cluster: Parameters<Verb['run']>[0]['env']['cluster'], pod: KObject): string {
  let out = '';
  const where = `${pod.metadata.namespace}/${pod.metadata.name}`;
  for (const c of ((pod.spec as { containers?: Array<{ name: string }> })?.containers ?? [])) {
    out += `==== START logs for container ${c.name} of pod ${where} ====\n`;
    try {
      out += cluster.logs(pod.metadata.namespace ?? 'default', pod.metadata.name, { container: c.name }).map((l) => l + '\n').join('');
    } catch (e) {
      out += `Request log error: ${e instanceof Error ? e.message : String(e)}\n`;
    }
    out += `==== END logs for container ${c.name} of pod ${where} ====\n`;
  }
  return out;
}
