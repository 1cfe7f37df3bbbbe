/**
 * The user a command's requests run as: the kubeconfig user (a cluster admin), the service
 * account a token from `kubectl create token` names (`--token`, or the kubeconfig user's token),
 * or whom `--as` and `--as-group` impersonate.
 */
import { CliError, ExitError } from '../../errors';
import type { Invocation } from '../../invocation';
import { impersonatedUser, learnerIdentity } from '../../../rbac/identity';
import { authenticateToken } from '../../../rbac/tokens';
import type { UserInfo } from '../../../rbac/types';

/** What kubectl prints when the API server answers 401. */
const UNAUTHORIZED = 'You must be logged in to the server (Unauthorized)';

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
    // client-go's kubeconfig validation refuses groups or a uid with no user to carry them, and
    // kubectl reports an invalid configuration without its `error: ` prefix.
    if (groups.length || uid) {
      throw new ExitError(1, '', `Error in configuration: requesting uid, groups or user-extra for ${kubeconfigUserName(inv)} without impersonating a user\n`);
    }
    return undefined;
  }
  return impersonatedUser(as, groups, uid);
}

/**
 * The service account a bearer token authenticates, undefined for the learner's own credentials.
 * A `--token` the API server would not accept is a 401; the kubeconfig's placeholder tokens
 * (`dummy`) stand for the learner's admin credentials.
 */
export function tokenUser(inv: Invocation): UserInfo | undefined {
  const flag = inv.flags.string('token');
  const stored = inv.env.kubeconfig.users[kubeconfigUserName(inv)]?.token;
  const token = flag || (typeof stored === 'string' ? stored : '');
  if (!token) return undefined;
  const result = authenticateToken(inv.env.cluster, token);
  if (result === 'not-a-service-account-token') {
    if (flag) throw new CliError(UNAUTHORIZED);
    return undefined;
  }
  if (result === 'unauthorized') throw new CliError(UNAUTHORIZED);
  return result.user;
}

/** Who the command runs as when that is not the learner's admin identity, else undefined. */
export function requestUserOverride(inv: Invocation): UserInfo | undefined {
  return impersonation(inv) ?? tokenUser(inv);
}

export function requestUser(inv: Invocation): UserInfo {
  return requestUserOverride(inv) ?? learnerIdentity(kubeconfigUserName(inv));
}
