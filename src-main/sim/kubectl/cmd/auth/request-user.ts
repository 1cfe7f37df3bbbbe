/**
 * The user a command's requests run as: the kubeconfig user (a cluster admin), or whom `--as`
 * and `--as-group` impersonate.
 */
import { CliError } from '../../errors';
import type { Invocation } from '../../invocation';
import { impersonatedUser, learnerIdentity } from '../../../rbac/identity';
import type { UserInfo } from '../../../rbac/types';

/** The kubeconfig user the command authenticates as (`--user`, else the context's). */
export function kubeconfigUserName(inv: Invocation): string {
  const kc = inv.env.kubeconfig;
  const context = inv.flags.string('context') || kc.currentContext;
  return inv.flags.string('user') || kc.contexts[context]?.user || '';
}

/** The impersonated user, or undefined without `--as`/`--as-group`. */
export function impersonation(inv: Invocation): UserInfo | undefined {
  const f = inv.flags;
  const as = f.string('as');
  const groups = f.changed('as-group') ? f.list('as-group') : [];
  const uid = f.string('as-uid');
  if (!as) {
    // client-go's kubeconfig validation refuses groups or a uid with no user to carry them.
    if (groups.length || uid) throw new CliError(`requesting uid, groups or user-extra for ${kubeconfigUserName(inv)} without impersonating a user`);
    return undefined;
  }
  return impersonatedUser(as, groups, uid);
}

export function requestUser(inv: Invocation): UserInfo {
  return impersonation(inv) ?? learnerIdentity(kubeconfigUserName(inv));
}
