/**
 * kubectl logs [-f] [-p] (POD | TYPE/NAME | -l selector) [-c CONTAINER] (kubectl/pkg/cmd/logs).
 * The lines come from the cluster's log model (made from each container's image and command).
 * -f ends after the lines so far: a finite stream. Honoured: POD, TYPE/NAME (deploy, rs, job,
 * sts, ds, svc pick a pod), -l, -c, --all-containers, -p, --tail, --prefix, --timestamps
 * (passed to the log model), --since (passed as seconds), -f. Accepted without effect:
 * --limit-bytes, --max-log-requests, --pod-running-timeout, --ignore-errors, --insecure-skip-tls-verify-backend,
 * --since-time.
 */
import type { KObject } from '../../api/types';
import { resolveResource } from '../../api/registry';
import { matchesMapSelector, matchesSelector } from '../../cluster/selectors';
import { CliError, UsageError } from '../errors';
import { namespaceOf, type Invocation, type Verb } from '../invocation';

const USAGE = "expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command";

interface Container { name: string }

export const logs: Verb = {
  path: 'logs',
  run(inv: Invocation) {
    const f = inv.flags;
    const selector = f.string('selector');
    if (inv.args.length === 0 && !selector) throw new UsageError('logs', USAGE);
    if (inv.args.length > 0 && selector) throw new UsageError('logs', 'only a selector (-l) or a POD name is allowed');
    if (inv.args.length > 2) throw new UsageError('logs', USAGE);
    const ns = namespaceOf(inv);
    const cluster = inv.env.cluster;
    let pods: KObject[];
    let containerArg = f.string('container');
    if (selector) {
      pods = cluster.list('pods', ns, { labelSelector: selector });
      if (pods.length === 0) {
        inv.out.err(`No resources found in ${ns} namespace.\n`);
        return;
      }
    } else {
      if (inv.args[1] && !containerArg) containerArg = inv.args[1];
      pods = [podFor(inv, inv.args[0]!, ns)];
    }
    // With a selector kubectl shows the last 10 lines of each pod unless --tail says otherwise.
    const tail = f.changed('tail') ? f.int('tail') : selector ? 10 : -1;
    const sinceMs = f.changed('since') ? f.duration('since') : 0;
    for (const pod of pods) {
      const containers = ((pod.spec as { containers?: Container[] }).containers ?? []).map((c) => c.name);
      let chosen: string[];
      if (f.bool('all-containers')) chosen = containers;
      else if (containerArg) {
        if (!containers.includes(containerArg)) throw new CliError(`container ${containerArg} is not valid for pod ${pod.metadata.name}`);
        chosen = [containerArg];
      } else {
        const def = pod.metadata.annotations?.['kubectl.kubernetes.io/default-container'];
        chosen = [def && containers.includes(def) ? def : containers[0]!];
        if (containers.length > 1) inv.out.err(`Defaulted container "${chosen[0]}" out of: ${containers.join(', ')}\n`);
      }
      for (const c of chosen) {
        const lines = cluster.logs(pod.metadata.namespace ?? ns, pod.metadata.name, {
          container: c,
          previous: f.bool('previous'),
          ...(tail >= 0 ? { tail } : {}),
          ...(sinceMs > 0 ? { sinceSeconds: Math.ceil(sinceMs / 1000) } : {}),
          timestamps: f.bool('timestamps'),
        });
        const prefix = f.bool('prefix') ? `[pod/${pod.metadata.name}/${c}] ` : '';
        for (const line of lines) inv.out.out(prefix + line + '\n');
      }
    }
  },
};

/** `POD`, `pod/NAME` or a controller (`deploy/web`): the first of its pods, as kubectl picks it. */
function podFor(inv: Invocation, arg: string, ns: string): KObject {
  const cluster = inv.env.cluster;
  const slash = arg.indexOf('/');
  if (slash < 0) return cluster.get('pods', ns, arg);
  const rt = resolveResource(arg.slice(0, slash));
  if (!rt) throw new CliError(`the server doesn't have a resource type "${arg.slice(0, slash)}"`);
  const name = arg.slice(slash + 1);
  if (rt.kind === 'Pod') return cluster.get('pods', ns, name);
  const owner = cluster.get(rt, ns, name);
  const spec = (owner.spec ?? {}) as { selector?: unknown };
  const pods = cluster.list('pods', ns).filter((p) =>
    rt.kind === 'Service' || rt.kind === 'ReplicationController'
      ? matchesMapSelector(spec.selector as Record<string, string> | undefined, p.metadata.labels)
      : matchesSelector(spec.selector as Parameters<typeof matchesSelector>[0], p.metadata.labels),
  );
  if (pods.length === 0) throw new CliError(`timed out waiting for the condition`);
  // kubectl sorts by readiness and age; the oldest running pod wins.
  const sorted = [...pods].sort((a, b) => String(a.metadata.creationTimestamp).localeCompare(String(b.metadata.creationTimestamp)) || a.metadata.name.localeCompare(b.metadata.name));
  if (pods.length > 1) inv.out.err(`Found ${pods.length} pods, using pod/${sorted[0]!.metadata.name}\n`);
  return sorted[0]!;
}
