/**
 * kubectl create token SERVICE_ACCOUNT (create_token.go): a bound service-account token, here a
 * JWT-shaped string made from the seeded RNG (no real signature). The key id is the same for every
 * token of a cluster, as one signing key issues them all; the simulated API server accepts the
 * token as the account's credentials (../../../rbac/tokens.ts).
 * Honoured: --duration, --audience, -n. Accepted without effect: --bound-object-kind,
 * --bound-object-name, --bound-object-uid, -o.
 */
import { base64Encode } from '../../../printers/serialize-base64';
import type { Cluster } from '../../../cluster/cluster';
import { fnv32a, Rng } from '../../../cluster/rng';
import { authorize } from '../../../rbac/authorizer';
import { rawCluster } from '../../../rbac/authorizing-cluster';
import { forbiddenError } from '../../../rbac/forbidden';
import { requestUserOverride } from '../auth/request-user';
import { CliError, UsageError } from '../../errors';
import { namespaceOf, type Verb } from '../../invocation';

const b64url = (s: string) => base64Encode(s).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');

const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Unpadded base64url of raw bytes (a key hash, a signature). */
function bytesB64url(bytes: number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = [18, 12, 6, 0].map((shift) => B64URL[(n >> shift) & 63]!);
    out += chars.slice(0, i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2).join('');
  }
  return out;
}

const randomBytes = (rng: Rng, n: number) => Array.from({ length: n }, () => rng.int(0, 255));

/** The signing key's id: a SHA-256-sized value fixed for the cluster (derived from its kube-system namespace). */
function keyId(cluster: Cluster): string {
  const anchor = cluster.tryGet('namespaces', undefined, 'kube-system')?.metadata.uid ?? 'kube-system';
  return bytesB64url(randomBytes(new Rng(fnv32a(anchor)), 32));
}

export const createToken: Verb = {
  path: 'create token',
  run(inv) {
    if (inv.args.length !== 1) throw new UsageError('create token', `exactly one NAME is required, got ${inv.args.length}`);
    const name = inv.args[0]!;
    const ns = namespaceOf(inv);
    // The token is a subresource of the account: creating one is its own permission, checked
    // before the account is looked up (kubectl posts to serviceaccounts/NAME/token directly).
    const cluster = rawCluster(inv.env.cluster);
    const user = requestUserOverride(inv);
    if (user) {
      const attrs = { verb: 'create', group: '', resource: 'serviceaccounts', subresource: 'token', name, namespace: ns };
      const d = authorize(cluster, user, attrs);
      if (!d.allowed) throw new CliError(`failed to create token: ${forbiddenError(user, attrs, d.reason).message}`);
    }
    let sa;
    try {
      sa = cluster.get('serviceaccounts', ns, name);
    } catch (e) {
      throw new CliError(`failed to create token: ${(e as Error).message}`);
    }
    const durationMs = inv.flags.duration('duration') || 3_600_000;
    if (durationMs < 0) throw new CliError('--duration must be greater than or equal to 0');
    const iat = Math.floor(cluster.now() / 1000);
    const audiences = inv.flags.list('audience');
    const header = { alg: 'RS256', kid: keyId(cluster) };
    const payload = {
      aud: audiences.length ? audiences : ['https://kubernetes.default.svc.cluster.local'],
      exp: iat + Math.floor(durationMs / 1000),
      iat,
      iss: 'https://kubernetes.default.svc.cluster.local',
      jti: cluster.rng.uuid(),
      'kubernetes.io': { namespace: ns, serviceaccount: { name, uid: sa.metadata.uid } },
      nbf: iat,
      sub: `system:serviceaccount:${ns}:${name}`,
    };
    const signature = bytesB64url(randomBytes(cluster.rng, 256));
    inv.out.out(`${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}.${signature}\n`);
  },
};
