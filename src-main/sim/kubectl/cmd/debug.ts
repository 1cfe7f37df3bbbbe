/**
 * kubectl debug (kubectl/pkg/cmd/debug), the two common forms:
 *   - `debug POD --image=IMG [-it] [--target=C] [-c NAME]` adds an ephemeral container to the pod
 *     (`Defaulting debug container name to debugger-xxxxx.`);
 *   - `debug node/NODE --image=IMG` creates pod node-debugger-NODE-xxxxx on that node with the
 *     host's root at /host (profile legacy).
 * The drill terminal cannot attach to the new container: with -i it says so after the change
 * is made. Ephemeral containers are recorded in the pod's spec but not run by the simulated kubelet. Honoured: -c, --image, --target, --env, --image-pull-policy, -i, -t, -q, -n.
 * Not supported: --copy-to, --set-image, --custom, -f, profiles other than legacy (a clear error).
 */
import type { KObject } from '../../api/types';
import type { Cluster } from '../../cluster/cluster';
import { CliError } from '../errors';
import { namespaceOf, type Invocation, type Verb } from '../invocation';
import { resolveType } from '../resource-args';

type Json = Record<string, any>;

const PROFILES = ['legacy', 'general', 'baseline', 'restricted', 'netadmin', 'sysadmin'];

function envList(inv: Invocation): Json[] {
  return inv.flags.list('env').map((kv) => {
    const eq = kv.indexOf('=');
    if (eq < 0) throw new CliError(`invalid env: ${kv}`);
    return { name: kv.slice(0, eq), value: kv.slice(eq + 1) };
  });
}

function containerSpec(inv: Invocation, name: string): Json {
  const f = inv.flags;
  const c: Json = { name, image: f.string('image') };
  const env = envList(inv);
  if (env.length) c.env = env;
  if (f.string('image-pull-policy')) c.imagePullPolicy = f.string('image-pull-policy');
  if (f.bool('stdin')) c.stdin = true;
  if (f.bool('tty')) c.tty = true;
  c.terminationMessagePolicy = 'File';
  return c;
}

function attachNotice(inv: Invocation, container: string, pod: string, what: string): void {
  if (!inv.flags.bool('stdin') && !inv.flags.bool('attach')) return;
  inv.out.err(`the drill terminal cannot attach to container ${container} of pod ${pod}; ${what}\n`);
}

function debugNode(inv: Invocation, node: KObject): void {
  const cluster = inv.env.cluster;
  const name = inv.flags.string('container') || 'debugger';
  const podName = `node-debugger-${node.metadata.name}-${(cluster as Cluster).rng.randomSuffix(5)}`;
  const container = { ...containerSpec(inv, name), volumeMounts: [{ name: 'host-root', mountPath: '/host' }] };
  const pod: KObject = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: podName, namespace: namespaceOf(inv) },
    spec: {
      containers: [container],
      nodeName: node.metadata.name,
      hostIPC: true,
      hostNetwork: true,
      hostPID: true,
      restartPolicy: 'Never',
      tolerations: [{ operator: 'Exists' }],
      volumes: [{ name: 'host-root', hostPath: { path: '/' } }],
    },
  } as KObject;
  cluster.create(pod);
  inv.out.out(`Creating debugging pod ${podName} with container ${name} on node ${node.metadata.name}.\n`);
  attachNotice(inv, name, podName, `the pod was created: see it with kubectl get pod ${podName}`);
}

function debugPod(inv: Invocation, pod: KObject): void {
  const f = inv.flags;
  const cluster = inv.env.cluster;
  const spec = (pod.spec ?? {}) as Json;
  let name = f.string('container');
  if (!name) {
    name = `debugger-${(cluster as Cluster).rng.randomSuffix(5)}`;
    if (!f.bool('quiet')) inv.out.err(`Defaulting debug container name to ${name}.\n`);
  }
  const all = [...(spec.containers ?? []), ...(spec.initContainers ?? []), ...(spec.ephemeralContainers ?? [])] as Json[];
  if (all.some((c) => c.name === name)) throw new CliError(`ephemeral container "${name}" already exists`);
  const target = f.string('target');
  const ephemeral = { ...containerSpec(inv, name), ...(target ? { targetContainerName: target } : {}) };
  // The API server takes ephemeral containers only through the pods/ephemeralcontainers
  // subresource (a plain update is Forbidden), which the cluster offers as an internal write.
  (cluster as Cluster).mutate(pod, (p) => {
    p.spec.ephemeralContainers = [...(p.spec.ephemeralContainers ?? []), ephemeral];
  });
  attachNotice(inv, name, pod.metadata.name, `it was added to the pod's spec.ephemeralContainers, but the simulator does not run it`);
}

export const debug: Verb = {
  path: 'debug',
  run(inv) {
    const f = inv.flags;
    if (!f.string('image') && !f.changed('copy-to')) throw new CliError('you must specify --image when not using --copy-to.');
    if (inv.args.length === 0 && f.list('filename').length === 0) throw new CliError('NAME or filename is required for debug');
    const profile = f.string('profile');
    if (!PROFILES.includes(profile)) throw new CliError(`unknown profile: ${profile}`);
    if (profile !== 'legacy') throw new CliError(`"kubectl debug --profile=${profile}" is not supported by the simulator yet`);
    // kubectl 1.32 warns on every run with the default profile, after its argument checks.
    inv.out.err('--profile=legacy is deprecated and will be removed in the future. It is recommended to explicitly specify a profile, for example "--profile=general".\n');
    for (const unsupported of ['copy-to', 'custom', 'filename']) {
      if (f.changed(unsupported)) throw new CliError(`"kubectl debug --${unsupported}" is not supported by the simulator yet`);
    }
    if (f.list('set-image').length) throw new CliError('"kubectl debug --set-image" is not supported by the simulator yet');
    const ns = namespaceOf(inv);
    const cluster = inv.env.cluster;
    for (const arg of inv.args) {
      const slash = arg.indexOf('/');
      const rt = slash < 0 ? resolveType('pods') : resolveType(arg.slice(0, slash));
      const name = slash < 0 ? arg : arg.slice(slash + 1);
      if (rt.kind === 'Node') debugNode(inv, cluster.get(rt, undefined, name));
      else if (rt.kind === 'Pod') debugPod(inv, cluster.get(rt, ns, name));
      else throw new CliError(`objects of type ${rt.kind} are not supported by debug`);
    }
  },
};
