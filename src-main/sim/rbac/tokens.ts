/**
 * The service-account token authenticator, for the JWT-shaped tokens `kubectl create token`
 * issues in the simulator: the issuer must be the cluster's, the token unexpired, and the account
 * it names must still exist with the same uid (pkg/serviceaccount/claims.go). Nothing is signed,
 * so the checks are those a real API server makes after verifying the signature.
 */
import type { Cluster } from '../cluster/cluster';
import { base64Decode } from '../printers/serialize-base64';
import { serviceAccountGroups, splitServiceAccountName } from './identity';
import type { UserInfo } from './types';

export const TOKEN_ISSUER = 'https://kubernetes.default.svc.cluster.local';

interface Claims {
  iss?: string;
  exp?: number;
  nbf?: number;
  sub?: string;
  jti?: string;
  'kubernetes.io'?: { namespace?: string; serviceaccount?: { name?: string; uid?: string } };
}

export type TokenResult = { user: UserInfo } | 'unauthorized' | 'not-a-service-account-token';

function claimsOf(token: string): Claims | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  try {
    const claims = JSON.parse(base64Decode(parts[1]!.replaceAll('-', '+').replaceAll('_', '/'))) as unknown;
    return claims && typeof claims === 'object' ? (claims as Claims) : undefined;
  } catch {
    return undefined;
  }
}

export function authenticateToken(cluster: Cluster, token: string): TokenResult {
  const claims = claimsOf(token);
  if (!claims || claims.iss !== TOKEN_ISSUER) return 'not-a-service-account-token';
  const now = cluster.now() / 1000;
  if (typeof claims.exp === 'number' && claims.exp <= now) return 'unauthorized';
  if (typeof claims.nbf === 'number' && claims.nbf > now) return 'unauthorized';
  const sa = claims.sub ? splitServiceAccountName(claims.sub) : undefined;
  if (!sa) return 'unauthorized';
  const [namespace, name] = sa;
  const account = cluster.tryGet('serviceaccounts', namespace, name);
  const uid = claims['kubernetes.io']?.serviceaccount?.uid;
  if (!account || (uid && account.metadata.uid !== uid)) return 'unauthorized';
  return {
    user: {
      name: claims.sub!,
      uid: account.metadata.uid!,
      groups: [...serviceAccountGroups(namespace), 'system:authenticated'],
      ...(claims.jti ? { extra: { 'authentication.kubernetes.io/credential-id': [`JTI=${claims.jti}`] } } : {}),
    },
  };
}
