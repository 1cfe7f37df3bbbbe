/**
 * kubectl get (kubectl/pkg/cmd/get): tables per type (printers/table.ts), `-o wide|yaml|json|name|
 * jsonpath=`, --show-labels, -L, --no-headers, -A, -l, --field-selector, --sort-by, several types
 * at once (`get deploy,svc`, `get all`), `TYPE/NAME` forms. Missing objects are reported after
 * the ones found, exit 1. -w/--watch and --watch-only print the changes that follow as the virtual
 * clock advances, for a bounded time (get-watch.ts).
 * Honoured: -A, -n, -l, --field-selector, -o, --show-labels, -L, --no-headers, --sort-by, -w,
 * --watch-only, --show-kind, --ignore-not-found, -f. Accepted without effect: --chunk-size,
 * --server-print, --raw, --subresource, --output-watch-events, --template, -k, -R,
 * --show-managed-fields, --allow-missing-template-keys.
 */
import type { KObject } from '../../api/types';
import { isStatusError, formatStatusError } from '../../api/errors';
import type { ResourceType } from '../../api/registry';
import { printTable, renderTabular, tableRows } from '../../printers/table';
import { CliError, ExitError } from '../errors';
import { namespaceOf, type Invocation, type Verb } from '../invocation';
import { objectPrinter } from '../print-flags';
import { evalJsonPath, evalJsonPathValues, parseJsonPathTemplate } from '../jsonpath';
import { parseResourceArgs, resolveType } from '../resource-args';
import { readManifests } from '../manifests';
import { resourceForKind } from '../../api/registry';
import { watchStream } from './get-watch';

const GET_FORMATS = ['custom-columns', 'custom-columns-file', 'go-template', 'go-template-file', 'json', 'jsonpath', 'jsonpath-as-json', 'jsonpath-file', 'name', 'template', 'templatefile', 'wide', 'yaml'];

const NO_TYPE =
  'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\nerror: Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).\nSee \'kubectl get -h\' for help and examples\n';

export const get: Verb = {
  path: 'get',
  run(inv: Invocation) {
    const f = inv.flags;
    if (inv.args.length === 0 && f.list('filename').length === 0) throw new ExitError(1, '', NO_TYPE);
    const output = f.string('output');
    const format = output.split('=')[0]!;
    if (output && !GET_FORMATS.includes(format)) {
      throw new CliError(`unable to match a printer suitable for the output format "${output}", allowed formats are: ${GET_FORMATS.join(',')}`);
    }
    const parsed = parseResourceArgs(inv.args);
    const types = parsed.types;
    const ns = namespaceOf(inv);
    // -f FILE: the objects the files name, each in its own namespace.
    const named: Array<{ rt: ResourceType; name: string; namespace?: string }> = [...parsed.named];
    for (const m of f.list('filename').length ? readManifests(inv, f.list('filename')) : []) {
      named.push({ rt: resourceForKind(m.kind, m.apiVersion) ?? resolveType(m.kind), name: m.metadata.name, namespace: m.metadata.namespace });
    }
    const cluster = inv.env.cluster;
    const allNs = f.bool('all-namespaces');
    const listOpts = { labelSelector: f.string('selector') || undefined, fieldSelector: f.string('field-selector') || undefined };
    const groups: Array<{ rt: ResourceType; objects: KObject[] }> = [];
    const errors: string[] = [];
    for (const rt of types) {
      const objects = cluster.list(rt, rt.namespaced && !allNs ? ns : undefined, listOpts);
      groups.push({ rt, objects });
    }
    for (const { rt, name, namespace } of named) {
      try {
        const obj = cluster.get(rt, rt.namespaced ? namespace ?? ns : undefined, name);
        const g = groups.find((x) => x.rt === rt);
        if (g) g.objects.push(obj);
        else groups.push({ rt, objects: [obj] });
      } catch (e) {
        if (isStatusError(e) && e.reason === 'NotFound' && f.bool('ignore-not-found')) continue;
        if (isStatusError(e)) errors.push(formatStatusError(e));
        else throw e;
      }
    }
    const sortBy = f.string('sort-by');
    if (sortBy) for (const g of groups) g.objects = sortObjects(g.objects, sortBy);
    const all = groups.flatMap((g) => g.objects);
    let stdout = '';
    if (['yaml', 'json', 'name', 'jsonpath', 'go-template', 'template'].includes(format)) {
      const single = named.length === 1 && types.length === 0 && all.length === 1;
      const printer = objectPrinter(output, '', 'none', GET_FORMATS);
      if (format === 'name' || single) stdout = printer(all);
      else if (all.length > 0 || types.length > 0) stdout = printer([{ apiVersion: 'v1', items: all, kind: 'List', metadata: { resourceVersion: '' } } as unknown as KObject]);
    } else if (format === '' || format === 'wide') {
      const nonEmpty = groups.filter((g) => g.objects.length > 0);
      const multi = groups.length > 1 || f.bool('show-kind');
      stdout = nonEmpty
        .map((g) =>
          printTable(g.rt, g.objects, {
            wide: format === 'wide',
            showLabels: f.bool('show-labels'),
            labelColumns: f.slice('label-columns'),
            noHeaders: f.bool('no-headers'),
            withNamespace: allNs && g.rt.namespaced,
            withKindPrefix: multi,
            now: cluster.now(),
          }),
        )
        .join('\n');
    } else if (format === 'custom-columns') {
      stdout = customColumns(output.slice(format.length + 1), all, f.bool('no-headers'));
    } else throw new CliError(`the output format "${format}" is not supported by the simulator yet`);
    let stderr = '';
    if (all.length === 0 && errors.length === 0 && named.length === 0 && format !== 'yaml' && format !== 'json') {
      stderr = noResources(types, allNs, ns);
    }
    if (errors.length) stderr += errors.join('\n') + '\n';
    if (errors.length) throw new ExitError(1, stdout, stderr);
    const watchOnly = f.bool('watch-only');
    if (!watchOnly) {
      inv.out.out(stdout);
      inv.out.err(stderr);
    }
    if (f.bool('watch') || watchOnly) {
      const tableOpts = { wide: format === 'wide', showLabels: f.bool('show-labels'), labelColumns: f.slice('label-columns'), noHeaders: true, withNamespace: allNs, withKindPrefix: groups.length > 1 || f.bool('show-kind') };
      const printer = format === '' || format === 'wide' ? undefined : objectPrinter(output, '', 'none', GET_FORMATS);
      const snapshot = () => [
        ...types.flatMap((rt) => cluster.list(rt, rt.namespaced && !allNs ? ns : undefined, listOpts)),
        ...named.flatMap(({ rt, name, namespace }) => cluster.tryGet(rt, rt.namespaced ? namespace ?? ns : undefined, name) ?? []),
      ];
      const render = (o: KObject, now: number) => {
        if (printer) return printer([o]);
        const rt = resourceForKind(o.kind, o.apiVersion)!;
        return renderTabular(tableRows(rt, [o], { ...tableOpts, withNamespace: allNs && rt.namespaced, now }));
      };
      inv.out.out(watchStream(cluster, { snapshot, render }, all));
    }
  },
};

/**
 * `-o custom-columns=NAME:.metadata.name,IMAGE:.spec.containers[*].image`: one JSONPath per column
 * (the leading dot and braces optional); several values join with commas, none prints <none>.
 */
export function customColumns(spec: string, objects: KObject[], noHeaders: boolean): string {
  if (!spec) throw new CliError('custom-columns format specified but no custom columns given');
  const columns = spec.split(',').map((col) => {
    const i = col.indexOf(':');
    if (i < 0) throw new CliError(`unexpected custom-columns spec: ${col}, expected <header>:<json-path-expr>`);
    let expr = col.slice(i + 1);
    if (!expr.startsWith('{')) expr = `{${expr.startsWith('.') ? expr : '.' + expr}}`;
    return { header: col.slice(0, i), template: parseJsonPathTemplate(expr.replace(/^\{(.*)\}$/, '{$1}')) };
  });
  const rows: string[][] = noHeaders ? [] : [columns.map((c) => c.header)];
  for (const obj of objects) {
    rows.push(columns.map((c) => {
      const v = evalJsonPathValues(c.template, obj).join(',');
      return v === '' ? '<none>' : v;
    }));
  }
  return renderTabular(rows);
}

function noResources(types: ResourceType[], allNs: boolean, ns: string): string {
  if (allNs || types.every((t) => !t.namespaced)) return 'No resources found\n';
  return `No resources found in ${ns} namespace.\n`;
}

/** --sort-by: a JSONPath (with or without braces); numbers compare as numbers, the rest as text. */
function sortObjects(objects: KObject[], sortBy: string): KObject[] {
  const expr = sortBy.startsWith('{') ? sortBy : `{${sortBy}}`;
  const template = parseJsonPathTemplate(expr);
  const keyed = objects.map((o) => ({ o, k: evalJsonPath(template, o) }));
  keyed.sort((a, b) => {
    const na = Number(a.k);
    const nb = Number(b.k);
    if (a.k !== '' && b.k !== '' && Number.isFinite(na) && Number.isFinite(nb)) return na - nb;
    return a.k < b.k ? -1 : a.k > b.k ? 1 : 0;
  });
  return keyed.map((x) => x.o);
}
