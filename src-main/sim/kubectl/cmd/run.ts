/**
 * kubectl run NAME --image=image [--env] [--port] [--labels] [--restart] [--expose] [-- COMMAND]
 * (kubectl/pkg/cmd/run/run.go and the pod generator). Honoured: --image, --env, --port, --labels,
 * --annotations, --restart, --command, --expose (with --port), --image-pull-policy, --privileged,
 * -i/-t (stdin/tty in the spec), --rm, --dry-run, -o, -n, --overrides (merged as JSON).
 * An attached run (-i/-t/--attach) creates the pod, lets it run on the virtual clock and prints
 * its log, then deletes it with --rm: a finite stand-in for an interactive session.
 * Accepted without effect: --save-config, --field-manager, --pod-running-timeout, --quiet,
 * --cascade, --filename, --force, --grace-period, --timeout, --wait, --leave-stdin-open,
 * --template, --show-managed-fields, --allow-missing-template-keys.
 */
import type { KObject } from '../../api/types';
import { atoi } from '../flags/go-values';
import { CliError, UsageError } from '../errors';
import { dryRunStrategy } from '../dry-run';
import { namespaceExplicit, namespaceOf, type Invocation, type Verb } from '../invocation';
import { objectPrinter } from '../print-flags';
import { splitCsv } from '../flags/parse-flags';

export interface PodInput {
  name: string;
  image: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  env: Array<[string, string]>;
  port: number | undefined;
  restart: string;
  args: string[];
  asCommand: boolean;
  pullPolicy: string;
  privileged: boolean;
  stdin: boolean;
  tty: boolean;
}

export function buildPod(p: PodInput): KObject {
  const c: Record<string, unknown> = { name: p.name, image: p.image, resources: {} };
  if (p.args.length) c[p.asCommand ? 'command' : 'args'] = p.args;
  if (p.env.length) c.env = p.env.map(([name, value]) => ({ name, value }));
  if (p.port !== undefined) c.ports = [{ containerPort: p.port }];
  if (p.pullPolicy) c.imagePullPolicy = p.pullPolicy;
  if (p.privileged) c.securityContext = { privileged: true };
  if (p.stdin) { c.stdin = true; c.stdinOnce = true; }
  if (p.tty) c.tty = true;
  const meta: KObject['metadata'] = { name: p.name, creationTimestamp: null, labels: p.labels };
  if (Object.keys(p.annotations).length) meta.annotations = p.annotations;
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: meta,
    spec: { containers: [c], restartPolicy: p.restart, dnsPolicy: 'ClusterFirst' },
    status: {},
  };
}

/** The Service `run --expose` creates in front of the pod. */
export function buildRunService(name: string, selector: Record<string, string>, port: number, targetPort: number | string): KObject {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, creationTimestamp: null },
    spec: { ports: [{ protocol: 'TCP', port, targetPort }], selector },
    status: { loadBalancer: {} },
  };
}

/** `a=1,b=2` as kubectl's label/annotation flags read it. */
export function parseKeyValues(spec: string[], what: 'label' | 'annotation'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of spec) {
    const i = item.indexOf('=');
    if (i < 0 || item.indexOf('=', i + 1) >= 0 && what === 'label') throw new CliError(`unexpected ${what} spec: ${item}`);
    out[item.slice(0, i)] = item.slice(i + 1);
  }
  return out;
}

function deepMerge(base: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  for (const [k, v] of Object.entries(patch)) {
    const cur = base[k];
    if (v === null) delete base[k];
    else if (v && typeof v === 'object' && !Array.isArray(v) && cur && typeof cur === 'object' && !Array.isArray(cur)) deepMerge(cur as Record<string, unknown>, v as Record<string, unknown>);
    else base[k] = v;
  }
  return base;
}

export const run: Verb = {
  path: 'run',
  required: ['image'],
  run(inv: Invocation) {
    const f = inv.flags;
    const positional = inv.argsLenAtDash >= 0 ? inv.args.slice(0, inv.argsLenAtDash) : inv.args;
    if (positional.length === 0) throw new UsageError('run', 'NAME is required for run');
    const name = positional[0]!;
    const args = inv.args.slice(1);
    const interactive = f.bool('stdin');
    const tty = f.bool('tty');
    const attach = f.bool('attach') || interactive || tty;
    const dryRun = dryRunStrategy(inv);
    if (dryRun !== 'none' && attach) throw new UsageError('run', "--dry-run=[server|client] can't be used with attached containers options (--attach, --stdin, or --tty)");
    const printer = objectPrinter(f.string('output'), 'created', dryRun);
    const restart = f.string('restart') || 'Always';
    if (!['Always', 'OnFailure', 'Never'].includes(restart)) throw new UsageError('run', `invalid restart policy: ${restart}`);
    const pullPolicy = f.string('image-pull-policy');
    if (pullPolicy && !['Always', 'IfNotPresent', 'Never'].includes(pullPolicy)) throw new UsageError('run', `invalid image pull policy: ${pullPolicy}`);
    if (f.bool('rm') && !attach) throw new UsageError('run', '--rm should only be used for attached containers');
    if (f.bool('expose') && !f.string('port')) throw new UsageError('run', '--port must be set when exposing a service');
    let port: number | undefined;
    if (f.string('port')) {
      const p = atoi(f.string('port'));
      if (!p.ok) throw new CliError(p.error);
      port = p.value;
    }
    const env = f.list('env').map((e): [string, string] => {
      const i = e.indexOf('=');
      if (i <= 0) throw new CliError(`invalid env: ${e}`);
      return [e.slice(0, i), e.slice(i + 1)];
    });
    const labels = f.string('labels') ? parseKeyValues(splitCsv(f.string('labels')), 'label') : { run: name };
    const annotations = parseKeyValues(f.list('annotations'), 'annotation');
    let pod = buildPod({
      name, image: f.string('image'), labels, annotations, env, port, restart, args,
      asCommand: f.bool('command'), pullPolicy: f.string('image-pull-policy'), privileged: f.bool('privileged'),
      stdin: interactive, tty,
    });
    const overrides = f.string('overrides');
    if (overrides) {
      let patch: unknown;
      try { patch = JSON.parse(overrides); } catch (e) { throw new CliError(`error: unable to parse ${overrides}: ${(e as Error).message}`); }
      if (patch && typeof patch === 'object') pod = deepMerge(pod, patch as Record<string, unknown>) as KObject;
    }
    const ns = namespaceOf(inv);
    if (namespaceExplicit(inv)) pod.metadata.namespace = ns;
    const objects: KObject[] = [];
    if (f.bool('expose')) {
      const svc = buildRunService(name, labels, port!, f.string('target-port') ? targetPortOf(f.string('target-port')) : port!);
      if (namespaceExplicit(inv)) svc.metadata.namespace = ns;
      objects.push(dryRun === 'client' ? svc : inv.env.cluster.create(svc, { namespace: ns, dryRun: dryRun === 'server' }));
    }
    const created = dryRun === 'client' ? pod : inv.env.cluster.create(pod, { namespace: ns, dryRun: dryRun === 'server' });
    objects.push(created);
    if (!attach) {
      // kubectl prints the service and the pod with one printer: the yaml printer separates them twice.
      const text = printer(objects);
      inv.out.out(f.string('output') === 'yaml' && objects.length > 1 ? text.replace('---\n', '---\n---\n') : text);
      return;
    }
    runAttached(inv, created, ns);
  },
};

function targetPortOf(s: string): number | string {
  return /^\d+$/.test(s) ? Number(s) : s;
}

/** A finite stand-in for `run -it`: let the pod run a minute, print what it logged, then --rm. */
function runAttached(inv: Invocation, pod: KObject, ns: string): void {
  const cluster = inv.env.cluster;
  cluster.advance(60_000);
  if (inv.flags.bool('tty') || inv.flags.bool('stdin')) inv.out.out("If you don't see a command prompt, try pressing enter.\n");
  try {
    for (const line of cluster.logs(ns, pod.metadata.name)) inv.out.out(line + '\n');
  } catch {
    // A pod that never started has no log: kubectl would wait for it; the simulator moves on.
  }
  if (inv.flags.bool('rm')) {
    cluster.delete('pods', ns, pod.metadata.name);
    inv.out.out(`pod "${pod.metadata.name}" deleted\n`);
  }
}
