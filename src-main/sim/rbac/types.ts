/**
 * The RBAC API's shapes (rbac.authorization.k8s.io/v1) and the authorizer's view of a request
 * (k8s.io/apiserver authorizer.Attributes), as plain data.
 */

export interface PolicyRule {
  verbs: string[];
  apiGroups?: string[];
  resources?: string[];
  resourceNames?: string[];
  nonResourceURLs?: string[];
}

export interface Subject {
  kind: string;
  name: string;
  namespace?: string;
  apiGroup?: string;
}

export interface RoleRef {
  apiGroup: string;
  kind: string;
  name: string;
}

/** Who makes a request: what authentication (or impersonation) established. */
export interface UserInfo {
  name: string;
  groups: string[];
  uid?: string;
  /** Authenticator-specific attributes (a service-account token's credential id). */
  extra?: Record<string, string[]>;
}

/** A request on an API resource: `list pods` in a namespace, `get deployments/scale` by name... */
export interface ResourceAttributes {
  verb: string;
  group: string;
  resource: string;
  subresource?: string;
  name?: string;
  /** '' for cluster-scoped requests (and `--all-namespaces`). */
  namespace: string;
}

/** A request on a path outside the resource API: `get /healthz`. */
export interface NonResourceAttributes {
  verb: string;
  path: string;
}

export type Attributes = ResourceAttributes | NonResourceAttributes;

export function isResourceRequest(a: Attributes): a is ResourceAttributes {
  return 'resource' in a;
}

export interface Decision {
  allowed: boolean;
  /** Why, when the authorizer says one (RBAC names the roles it could not find); usually ''. */
  reason: string;
}

export const RBAC_GROUP = 'rbac.authorization.k8s.io';
/** The group the API server lets do anything without consulting RBAC. */
export const SYSTEM_MASTERS = 'system:masters';
export const ALL_AUTHENTICATED = 'system:authenticated';
export const ALL_UNAUTHENTICATED = 'system:unauthenticated';
export const SA_PREFIX = 'system:serviceaccount:';
