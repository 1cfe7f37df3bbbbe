/**
 * The API server's answer to a request the authorizer denies (k8s.io/apiserver/pkg/endpoints/
 * handlers/responsewriters/errors.go forbiddenMessage): a 403 naming the user, verb, resource,
 * group and namespace, with the authorizer's reason after a colon when it gave one.
 */
import { forbidden, StatusError } from '../api/errors';
import { isResourceRequest, type Attributes, type UserInfo } from './types';

export function forbiddenMessage(user: UserInfo, a: Attributes): string {
  if (!isResourceRequest(a)) return `User "${user.name}" cannot ${a.verb} path "${a.path}"`;
  const resource = a.subresource ? `${a.resource}/${a.subresource}` : a.resource;
  if (a.namespace) return `User "${user.name}" cannot ${a.verb} resource "${resource}" in API group "${a.group}" in the namespace "${a.namespace}"`;
  return `User "${user.name}" cannot ${a.verb} resource "${resource}" in API group "${a.group}" at the cluster scope`;
}

export function forbiddenError(user: UserInfo, a: Attributes, reason: string): StatusError {
  const msg = forbiddenMessage(user, a);
  const why = reason ? `${msg}: ${reason}` : msg;
  if (!isResourceRequest(a)) return new StatusError(`forbidden: ${why}`, 'Forbidden', 403);
  return forbidden(a.group ? `${a.resource}.${a.group}` : a.resource, a.name ?? '', why);
}
