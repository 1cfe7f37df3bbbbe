/**
 * The kubeconfig selection flags (--context, --cluster, --user, --kubeconfig), checked as
 * client-go's loader checks them before any request. The simulated kubeconfig has one context
 * (kubectl's `config` verbs, a later part, will own the full model). Verbs that load their
 * objects through the resource builder report an unknown context as a configuration error; the
 * others as a missing context, exactly as kubectl 1.32 words each.
 */
import { CliError, ExitError } from './errors';
import type { Invocation } from './invocation';

export interface KubeconfigInfo {
  /** Path of the kubeconfig file, as --kubeconfig may name it. */
  path: string;
  context: string;
  cluster: string;
  user: string;
  /** The API server URL of the current cluster (cluster-info prints it). */
  server: string;
  /** The current context's namespace. */
  namespace: string;
}

/** The oracle's kubeconfig (context sim, cluster sim, user learner); the server is minikube's, as in the notes. */
export const DEFAULT_KUBECONFIG: KubeconfigInfo = {
  path: '/home/learner/.kube/config',
  context: 'sim',
  cluster: 'sim',
  user: 'learner',
  server: 'https://192.168.49.2:8443',
  namespace: 'default',
};

const BUILDER_VERBS = new Set(['get', 'describe', 'delete', 'scale', 'logs', 'label', 'annotate']);

export function checkKubeconfig(inv: Invocation, kc: KubeconfigInfo): void {
  const f = inv.flags;
  if (inv.cmd.path === 'version' && f.bool('client')) return;
  const file = f.string('kubeconfig');
  if (file && file !== kc.path && file !== '~/.kube/config' && !inv.env.files.has(file)) throw new CliError(`stat ${file}: no such file or directory`);
  const context = f.string('context');
  if (context && context !== kc.context) {
    if (BUILDER_VERBS.has(inv.cmd.path)) throw new ExitError(1, '', `Error in configuration: context was not found for specified context: ${context}\n`);
    throw new CliError(`context "${context}" does not exist`);
  }
  const cluster = f.string('cluster');
  if (cluster && cluster !== kc.cluster) throw new CliError(`cluster "${cluster}" does not exist`);
  const user = f.string('user');
  if (user && user !== kc.user) throw new CliError(`auth info "${user}" does not exist`);
}
