/**
 * The learner's kubeconfig (client-go's clientcmd api.Config): named clusters, users and contexts,
 * the current context, and the file it lives in. `config` commands change it; every other command
 * reads its current context (namespace, --context checks). Maps are kept as records and written
 * sorted by name, as clientcmd does; `toV1` is the file's YAML/JSON shape.
 */

export interface KubeCluster {
  server?: string;
  'tls-server-name'?: string;
  'insecure-skip-tls-verify'?: boolean;
  'certificate-authority'?: string;
  'certificate-authority-data'?: string;
  'proxy-url'?: string;
  'disable-compression'?: boolean;
}

/** AuthInfo fields, as the file names them. */
export type KubeUser = Record<string, string | boolean | string[]>;

export interface KubeContext {
  cluster: string;
  user: string;
  namespace?: string;
}

export interface Kubeconfig {
  /** The file (`/home/learner/.kube/config`); messages name it. */
  path: string;
  currentContext: string;
  clusters: Record<string, KubeCluster>;
  users: Record<string, KubeUser>;
  contexts: Record<string, KubeContext>;
}

/** The oracle's kubeconfig (context `sim`), with the API server at minikube's address as in the notes. */
export function defaultKubeconfig(): Kubeconfig {
  return {
    path: '/home/learner/.kube/config',
    currentContext: 'sim',
    clusters: { sim: { server: 'https://192.168.49.2:8443', 'insecure-skip-tls-verify': true } },
    users: { learner: { token: 'dummy' } },
    contexts: { sim: { cluster: 'sim', user: 'learner', namespace: 'default' } },
  };
}

export function cloneKubeconfig(kc: Kubeconfig): Kubeconfig {
  return JSON.parse(JSON.stringify(kc)) as Kubeconfig;
}

/** The namespace commands use without -n: the (given or current) context's, else `default`. */
export function contextNamespace(kc: Kubeconfig, context = kc.currentContext): string {
  return kc.contexts[context]?.namespace || 'default';
}

/** The API server URL of the current context's cluster. */
export function currentServer(kc: Kubeconfig): string | undefined {
  const ctx = kc.contexts[kc.currentContext];
  return ctx ? kc.clusters[ctx.cluster]?.server : undefined;
}

const SECRET_USER_FIELDS = new Set(['token', 'password']);
const DATA_FIELDS = new Set(['client-certificate-data', 'client-key-data', 'certificate-authority-data']);

const byName = <T>(m: Record<string, T>) => Object.keys(m).sort().map((name) => [name, m[name]!] as const);

/** The file's shape (clientcmd v1.Config), redacted unless `raw` (`config view` without --raw). */
export function toV1(kc: Kubeconfig, opts: { raw?: boolean; minify?: boolean } = {}): Record<string, unknown> {
  let clusters = byName(kc.clusters);
  let users = byName(kc.users);
  let contexts = byName(kc.contexts);
  if (opts.minify) {
    const ctx = kc.contexts[kc.currentContext];
    contexts = contexts.filter(([n]) => n === kc.currentContext);
    clusters = clusters.filter(([n]) => n === ctx?.cluster);
    users = users.filter(([n]) => n === ctx?.user);
  }
  const redact = (fields: Record<string, unknown>): Record<string, unknown> => {
    if (opts.raw) return { ...fields };
    return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, DATA_FIELDS.has(k) ? 'DATA+OMITTED' : SECRET_USER_FIELDS.has(k) ? 'REDACTED' : v]));
  };
  const list = <T>(items: ReadonlyArray<readonly [string, T]>, key: string, f: (v: T) => unknown) =>
    items.length ? items.map(([name, v]) => ({ name, [key]: f(v) })) : null;
  return {
    kind: 'Config',
    apiVersion: 'v1',
    preferences: {},
    clusters: list(clusters, 'cluster', (c) => redact(c as Record<string, unknown>)),
    users: list(users, 'user', (u) => redact(u)),
    contexts: list(contexts, 'context', (c) => ({ ...c })),
    'current-context': kc.currentContext,
  };
}

/** A scenario's kubeconfig (decks/README.md), as the simulator keeps it. */
export interface ScenarioKubeconfigInput {
  home?: string;
  currentContext?: string;
  clusters?: Array<{ name: string; server: string }>;
  users?: Array<{ name: string }>;
  contexts?: Array<{ name: string; cluster: string; user: string; namespace?: string }>;
}

export function kubeconfigFromScenario(s: ScenarioKubeconfigInput): Kubeconfig {
  return {
    path: `${s.home ?? '/home/learner'}/.kube/config`,
    currentContext: s.currentContext ?? '',
    clusters: Object.fromEntries((s.clusters ?? []).map((c) => [c.name, { server: c.server }])),
    users: Object.fromEntries((s.users ?? []).map((u) => [u.name, {}])),
    contexts: Object.fromEntries(
      (s.contexts ?? []).map((c) => [c.name, { cluster: c.cluster, user: c.user, ...(c.namespace ? { namespace: c.namespace } : {}) }]),
    ),
  };
}
