/**
 * The resource arguments of get, describe, delete, label, annotate, scale and expose, as
 * cli-runtime's resource.Builder reads them: `TYPE`, `TYPE NAME...`, `TYPE1,TYPE2 [NAME...]`,
 * `TYPE/NAME...`, with plural, singular, short, kind and `type.group` names and the `all` category.
 */
import { resolveResource, resourcesInCategory, type ResourceType } from '../api/registry';
import { CliError } from './errors';

export interface ResourceArgs {
  /** Resource types to list (TYPE without names). */
  types: ResourceType[];
  /** Named objects, in the order given. */
  named: Array<{ rt: ResourceType; name: string }>;
}

export function resolveType(token: string): ResourceType {
  const rt = resolveResource(token);
  if (!rt) throw new CliError(`the server doesn't have a resource type "${token}"`);
  return rt;
}

function resolveTypes(list: string): ResourceType[] {
  const out: ResourceType[] = [];
  for (const t of list.split(',')) {
    if (t === '') continue;
    const cat = resolveResource(t) ? undefined : resourcesInCategory(t.toLowerCase());
    if (cat && cat.length) {
      for (const rt of cat) if (!out.includes(rt)) out.push(rt);
      continue;
    }
    const rt = resolveType(t);
    if (!out.includes(rt)) out.push(rt);
  }
  return out;
}

export function parseResourceArgs(args: readonly string[]): ResourceArgs {
  if (args.length === 0) return { types: [], named: [] };
  const slashed = args.filter((a) => a.includes('/'));
  if (slashed.length > 0) {
    if (slashed.length !== args.length) {
      throw new CliError(
        "there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'",
      );
    }
    const named = args.map((a) => {
      const i = a.indexOf('/');
      const type = a.slice(0, i);
      const name = a.slice(i + 1);
      if (!name) throw new CliError(`arguments in resource/name form must have a single resource and name`);
      return { rt: resolveType(type), name };
    });
    return { types: [], named };
  }
  const types = resolveTypes(args[0]!);
  const names = args.slice(1);
  if (names.length === 0) return { types, named: [] };
  return { types: [], named: types.flatMap((rt) => names.map((name) => ({ rt, name }))) };
}
