/**
 * The shape every transport offers the renderer and the tests: one async function per contract
 * entry, keyed by method name, always resolving to a Result (never rejecting for API errors).
 */
import type { MethodInput, MethodName, MethodOutput } from './contract';
import type { Result } from './result';

export type ApiClient = {
  [M in MethodName]: (input?: MethodInput<M>) => Promise<Result<MethodOutput<M>>>;
};

export type Send = (method: MethodName, input: unknown) => Promise<Result<unknown>>;

/** Builds a client from a list of method names and one send function. */
export function makeClient(names: readonly MethodName[], send: Send): ApiClient {
  const client: Record<string, (input?: unknown) => Promise<Result<unknown>>> = {};
  for (const name of names) client[name] = (input?: unknown) => send(name, input);
  return client as unknown as ApiClient;
}
