/**
 * The pod a `exec`, `port-forward` or `attach` argument names (polymorphichelpers.AttachablePodForObject):
 * `NAME` or `pod/NAME` is that pod; `deploy/web`, `rs/x`, `svc/web`, `job/x`... pick the first
 * pod of their selector, running and ready ones first, as kubectl's ActivePods ordering does.
 */
import type { KObject } from '../../../api/types';
import { notFound } from '../../../api/errors';
import { matchesMapSelector, matchesSelector } from '../../../cluster/selectors';
import { CliError } from '../../errors';
import { resolveType } from '../../resource-args';
import type { Invocation } from '../../invocation';

type Json = Record<string, any>;

export function attachablePod(inv: Invocation, ns: string, arg: string): KObject {
  const cluster = inv.env.cluster;
  const slash = arg.indexOf('/');
  if (slash < 0) return cluster.get('pods', ns, arg);
  const rt = resolveType(arg.slice(0, slash));
  const name = arg.slice(slash + 1);
  if (!name) throw new CliError('arguments in resource/name form must have a single resource and name');
  const obj = cluster.get(rt, rt.namespaced ? ns : undefined, name);
  if (obj.kind === 'Pod') return obj;
  const spec = (obj.spec ?? {}) as Json;
  const pods = cluster.list('pods', ns).filter((p) =>
    obj.kind === 'Service' ? spec.selector && matchesMapSelector(spec.selector, p.metadata.labels) : spec.selector && matchesSelector(spec.selector, p.metadata.labels),
  );
  if (!pods.length) {
    if (obj.kind === 'Service' && !spec.selector) throw new CliError(`invalid service '${name}': Service is defined without a selector`);
    throw notFound('pods', `${name}`);
  }
  const rank = (p: KObject) => {
    const st = (p.status ?? {}) as Json;
    const ready = ((st.conditions ?? []) as Json[]).some((c) => c.type === 'Ready' && c.status === 'True');
    return (st.phase === 'Running' ? 0 : 2) + (ready ? 0 : 1);
  };
  return [...pods].sort((a, b) => rank(a) - rank(b) || a.metadata.name.localeCompare(b.metadata.name))[0]!;
}

/** `Defaulted container "a" out of: a, b, init (init)` when a pod has several containers and none was chosen. */
export function defaultContainerNotice(pod: KObject, chosen: string): string {
  const spec = (pod.spec ?? {}) as Json;
  const names = [...((spec.containers ?? []) as Json[]).map((c) => String(c.name)), ...((spec.initContainers ?? []) as Json[]).map((c) => `${c.name} (init)`), ...((spec.ephemeralContainers ?? []) as Json[]).map((c) => `${c.name} (ephem)`)];
  return names.length > 1 ? `Defaulted container "${chosen}" out of: ${names.join(', ')}\n` : '';
}

/** The container `-c` names, else the pod's default (the `kubectl.kubernetes.io/default-container` annotation, else the first). */
export function chooseContainer(pod: KObject, requested: string): { name: string; container?: Json; defaulted: boolean } {
  const spec = (pod.spec ?? {}) as Json;
  const all = [...((spec.containers ?? []) as Json[]), ...((spec.initContainers ?? []) as Json[]), ...((spec.ephemeralContainers ?? []) as Json[])];
  if (requested) return { name: requested, container: all.find((c) => c.name === requested), defaulted: false };
  const annotated = pod.metadata.annotations?.['kubectl.kubernetes.io/default-container'];
  const container = (annotated && all.find((c) => c.name === annotated)) || ((spec.containers ?? []) as Json[])[0];
  return { name: String(container?.name ?? ''), container, defaulted: true };
}
