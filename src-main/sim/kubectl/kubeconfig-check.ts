/**
 * The kubeconfig selection flags (--context, --cluster, --user, --kubeconfig), checked against the
 * simulated kubeconfig as client-go's loader checks them before any request. Verbs that load their
 * objects through the resource builder report an unknown context as a configuration error; the
 * others as a missing context, exactly as kubectl 1.32 words each.
 */
import { CliError, ExitError } from './errors';
import type { Invocation } from './invocation';
import type { Kubeconfig } from './kubeconfig';

const BUILDER_VERBS = new Set(['get', 'describe', 'delete', 'scale', 'logs', 'label', 'annotate']);

export function checkKubeconfig(inv: Invocation, kc: Kubeconfig): void {
  const f = inv.flags;
  if (inv.cmd.path === 'version' && f.bool('client')) return;
  if (inv.cmd.path.startsWith('config')) return;
  const file = f.string('kubeconfig');
  if (file && file !== kc.path && file !== '~/.kube/config' && !inv.env.files.has(file)) throw new CliError(`stat ${file}: no such file or directory`);
  const context = f.string('context');
  if (context && !kc.contexts[context]) {
    if (BUILDER_VERBS.has(inv.cmd.path)) throw new ExitError(1, '', `Error in configuration: context was not found for specified context: ${context}\n`);
    throw new CliError(`context "${context}" does not exist`);
  }
  const cluster = f.string('cluster');
  if (cluster && !kc.clusters[cluster]) throw new CliError(`cluster "${cluster}" does not exist`);
  const user = f.string('user');
  if (user && !kc.users[user]) throw new CliError(`auth info "${user}" does not exist`);
}
