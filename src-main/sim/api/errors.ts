/**
 * API errors as typed data, after apimachinery's pkg/api/errors/errors.go: the simulated API server
 * raises a StatusError with a reason and an HTTP code; the wording of each message is made here,
 * and `formatStatusError` renders it the way kubectl prints it.
 */
import type { ResourceType } from './registry';

export type StatusReason =
  | 'NotFound'
  | 'AlreadyExists'
  | 'Invalid'
  | 'BadRequest'
  | 'Forbidden'
  | 'Conflict'
  | 'MethodNotAllowed'
  | 'InternalError';

/** One field problem of an Invalid error (`spec.replicas: Invalid value: -1: must be ...`). */
export interface StatusCause {
  field: string;
  message: string;
}

export interface StatusDetails {
  name?: string;
  group?: string;
  kind?: string;
  causes?: StatusCause[];
}

export class StatusError extends Error {
  constructor(
    message: string,
    readonly reason: StatusReason,
    readonly code: number,
    readonly details: StatusDetails = {},
  ) {
    super(message);
    this.name = 'StatusError';
  }
}

export function isStatusError(e: unknown): e is StatusError {
  return e instanceof StatusError;
}

/** `pods`, `deployments.apps`: the qualified resource apimachinery names in messages. */
function qualified(resource: ResourceType | string): string {
  if (typeof resource === 'string') return resource;
  return resource.group ? `${resource.name}.${resource.group}` : resource.name;
}

/** `Deployment.apps`, `Pod`: the qualified kind of Invalid messages. */
function qualifiedKind(kind: string, group: string): string {
  return group ? `${kind}.${group}` : kind;
}

/** `pods "x" not found` (404). */
export function notFound(resource: ResourceType | string, name: string): StatusError {
  return new StatusError(`${qualified(resource)} "${name}" not found`, 'NotFound', 404, { name });
}

/** `pods "x" already exists` (409). */
export function alreadyExists(resource: ResourceType | string, name: string): StatusError {
  return new StatusError(`${qualified(resource)} "${name}" already exists`, 'AlreadyExists', 409, { name });
}

/** `Deployment.apps "web" is invalid: spec.replicas: Invalid value: -1: ...` (422). */
export function invalid(kind: string, group: string, name: string, causes: StatusCause[]): StatusError {
  const list = causes.map((c) => `${c.field}: ${c.message}`);
  const joined = list.length === 1 ? list[0] : `[${list.join(', ')}]`;
  return new StatusError(`${qualifiedKind(kind, group)} "${name}" is invalid: ${joined}`, 'Invalid', 422, {
    name,
    kind,
    group,
    causes,
  });
}

/** A bare 400 with the server's message. */
export function badRequest(message: string): StatusError {
  return new StatusError(message, 'BadRequest', 400);
}

/** `pods "x" is forbidden: <why>` or `pods is forbidden: <why>` (403). */
export function forbidden(resource: ResourceType | string, name: string, why: string): StatusError {
  const subject = name ? `${qualified(resource)} "${name}"` : qualified(resource);
  return new StatusError(`${subject} is forbidden: ${why}`, 'Forbidden', 403, { name });
}

/** The optimistic-concurrency refusal (409). */
export function conflict(resource: ResourceType | string, name: string, why = 'the object has been modified; please apply your changes to the latest version and try again'): StatusError {
  return new StatusError(`Operation cannot be fulfilled on ${qualified(resource)} "${name}": ${why}`, 'Conflict', 409, { name });
}

/** `the server does not allow this method on the requested resource` (405). */
export function methodNotAllowed(): StatusError {
  return new StatusError('the server does not allow this method on the requested resource', 'MethodNotAllowed', 405);
}

// Field-error messages (apimachinery util/validation/field/errors.go).

function fieldValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function invalidValue(field: string, value: unknown, detail: string): StatusCause {
  return { field, message: `Invalid value: ${fieldValue(value)}: ${detail}` };
}

export function requiredValue(field: string, detail = ''): StatusCause {
  return { field, message: detail ? `Required value: ${detail}` : 'Required value' };
}

export function unsupportedValue(field: string, value: unknown, supported: string[]): StatusCause {
  return { field, message: `Unsupported value: ${fieldValue(value)}: supported values: ${supported.map((s) => `"${s}"`).join(', ')}` };
}

export function duplicateValue(field: string, value: unknown): StatusCause {
  return { field, message: `Duplicate value: ${fieldValue(value)}` };
}

/**
 * The text kubectl prints for an API error, without a trailing newline (cmdutil's checkErr):
 * `Error from server (NotFound): pods "x" not found`; Invalid errors read
 * `The Deployment "web" is invalid: spec.replicas: ...`, one `* cause` line each when several.
 */
export function formatStatusError(e: StatusError): string {
  if (e.reason === 'Invalid' && e.details.causes) {
    // kubectl's checkErr prints StatusDetails.Kind, which is the bare kind (no group).
    const prefix = `The ${e.details.kind} "${e.details.name}" is invalid: `;
    const causes = e.details.causes.map((c) => `${c.field}: ${c.message}`);
    if (causes.length === 1) return prefix + causes[0];
    return `${prefix}\n${causes.map((c) => `* ${c}`).join('\n')}`;
  }
  return `Error from server (${e.reason}): ${e.message}`;
}
