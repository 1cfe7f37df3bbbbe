/**
 * The RBAC registry's update validation (pkg/apis/rbac/validation): a binding's roleRef cannot
 * change once created; to grant another role the binding is deleted and created again.
 */
import type { KObject } from '../api/types';
import { invalidValue, type StatusCause } from '../api/errors';
import { canonicalJson } from '../cluster/objects';
import type { RoleRef } from './types';

/** Go's %#v of the internal rbac.RoleRef, as the field error prints it. */
function goRoleRef(ref: Partial<RoleRef>): string {
  return `rbac.RoleRef{APIGroup:"${ref.apiGroup ?? ''}", Kind:"${ref.kind ?? ''}", Name:"${ref.name ?? ''}"}`;
}

export function validateRbacUpdate(prev: KObject, next: KObject): StatusCause[] {
  if (prev.kind !== 'RoleBinding' && prev.kind !== 'ClusterRoleBinding') return [];
  const before = (prev.roleRef ?? {}) as Partial<RoleRef>;
  const after = (next.roleRef ?? {}) as Partial<RoleRef>;
  if (canonicalJson(before) === canonicalJson(after)) return [];
  const cause = invalidValue('roleRef', undefined, 'cannot change roleRef');
  return [{ field: 'roleRef', message: cause.message.replace('Invalid value: null', `Invalid value: ${goRoleRef(after)}`) }];
}
