/**
 * kubectl api-resources (kubectl/pkg/cmd/apiresources): the registry as discovery reports it,
 * sorted by group then name unless --sort-by. Honoured: --api-group, --namespaced, --verbs,
 * --categories, --sort-by, --no-headers, -o wide|name. Accepted without effect: --cached.
 */
import { RESOURCES, type ResourceType } from '../../api/registry';
import { renderTabular } from '../../printers/table';
import { CliError, UsageError } from '../errors';
import type { Verb } from '../invocation';

export function selectResources(opts: { apiGroup?: string; namespaced?: boolean; verbs: string[]; categories: string[]; sortBy: string }): ResourceType[] {
  let list = RESOURCES.filter((rt) => {
    if (opts.apiGroup !== undefined && rt.group !== opts.apiGroup) return false;
    if (opts.namespaced !== undefined && rt.namespaced !== opts.namespaced) return false;
    if (!opts.verbs.every((v) => rt.verbs.includes(v))) return false;
    if (!opts.categories.every((c) => rt.categories.includes(c))) return false;
    return true;
  });
  // One row per resource: the preferred version only (autoscaling/v2 and v1 both list hpa).
  const seen = new Set<string>();
  list = list.filter((rt) => {
    const key = `${rt.group}/${rt.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const byGroup = (a: ResourceType, b: ResourceType) => (a.group === b.group ? 0 : a.group === '' ? -1 : b.group === '' ? 1 : a.group < b.group ? -1 : 1);
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  if (opts.sortBy === 'name') list.sort((a, b) => cmp(a.name, b.name) || byGroup(a, b));
  else if (opts.sortBy === 'kind') list.sort((a, b) => cmp(a.kind, b.kind) || byGroup(a, b));
  else list.sort((a, b) => byGroup(a, b) || cmp(a.name, b.name));
  return list;
}

export const apiResources: Verb = {
  path: 'api-resources',
  run(inv) {
    const f = inv.flags;
    if (inv.args.length) throw new UsageError('api-resources', `unexpected arguments: [${inv.args.join(' ')}]`);
    const output = f.string('output');
    if (output !== '' && output !== 'wide' && output !== 'name') throw new CliError(`--output ${output} is not available`);
    const sortBy = f.string('sort-by');
    if (sortBy !== '' && sortBy !== 'name' && sortBy !== 'kind') throw new CliError(`--sort-by accepts only name or kind`);
    const list = selectResources({
      apiGroup: f.changed('api-group') ? f.string('api-group') : undefined,
      namespaced: f.changed('namespaced') ? f.bool('namespaced') : undefined,
      verbs: f.slice('verbs'),
      categories: f.slice('categories'),
      sortBy,
    });
    if (output === 'name') {
      inv.out.out(list.map((rt) => (rt.group ? `${rt.name}.${rt.group}\n` : `${rt.name}\n`)).join(''));
      return;
    }
    const wide = output === 'wide';
    const rows: string[][] = [];
    if (!f.bool('no-headers')) rows.push(['NAME', 'SHORTNAMES', 'APIVERSION', 'NAMESPACED', 'KIND', ...(wide ? ['VERBS', 'CATEGORIES'] : [])]);
    for (const rt of list) {
      const row = [rt.name, rt.shortNames.join(','), rt.group ? `${rt.group}/${rt.version}` : rt.version, String(rt.namespaced), rt.kind];
      if (wide) row.push(rt.verbs.join(','), rt.categories.join(','));
      rows.push(row);
    }
    inv.out.out(renderTabular(rows));
  },
};

export const apiVersions: Verb = {
  path: 'api-versions',
  run(inv) {
    if (inv.args.length) throw new UsageError('api-versions', `unexpected arguments: [${inv.args.join(' ')}]`);
    const gvs = new Set<string>();
    for (const rt of RESOURCES) {
      for (const v of [rt.version, ...(rt.otherVersions ?? [])]) gvs.add(rt.group ? `${rt.group}/${v}` : v);
    }
    inv.out.out([...gvs].sort().map((g) => g + '\n').join(''));
  },
};
