/**
 * `-o name` and the short "created" lines: `deployment.apps/web`, `pod/nginx created (dry run)`.
 * The prefix is the lower-cased kind, qualified by its API group (none for the core group).
 */
import type { KObject } from '../api/types';

export function kindPrefixOf(obj: Pick<KObject, 'apiVersion' | 'kind'>): string {
  const slash = obj.apiVersion.indexOf('/');
  const group = slash >= 0 ? obj.apiVersion.slice(0, slash) : '';
  const kind = obj.kind.toLowerCase();
  return group ? `${kind}.${group}` : kind;
}

export function toName(obj: KObject): string {
  return `${kindPrefixOf(obj)}/${obj.metadata.name}\n`;
}

/** kubectl's NamePrinter with an operation: `deployment.apps/web created (dry run)`. */
export function toOperationLine(obj: KObject, operation: string, dryRun: 'none' | 'client' | 'server'): string {
  const suffix = dryRun === 'client' ? ' (dry run)' : dryRun === 'server' ? ' (server dry run)' : '';
  return `${kindPrefixOf(obj)}/${obj.metadata.name} ${operation}${suffix}\n`;
}
