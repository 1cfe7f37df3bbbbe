/**
 * kubectl create token SERVICE_ACCOUNT (create_token.go): a bound service-account token, here a
 * JWT-shaped string made from the seeded RNG (no real signature; nothing verifies it).
 * Honoured: --duration, --audience, -n. Accepted without effect: --bound-object-kind,
 * --bound-object-name, --bound-object-uid, -o.
 */
import { base64Encode } from '../../../printers/serialize-base64';
import { CliError, UsageError } from '../../errors';
import { namespaceOf, type Verb } from '../../invocation';

const b64url = (s: string) => base64Encode(s).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');

export const createToken: Verb = {
  path: 'create token',
  run(inv) {
    if (inv.args.length !== 1) throw new UsageError('create token', `exactly one NAME is required, got ${inv.args.length}`);
    const name = inv.args[0]!;
    const ns = namespaceOf(inv);
    const cluster = inv.env.cluster;
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
    const header = { alg: 'RS256', kid: cluster.rng.hex(43) };
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
    const signature = b64url(cluster.rng.hex(256));
    inv.out.out(`${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}.${signature}\n`);
  },
};
