/**
 * kubectl describe (TYPE [NAME_PREFIX] | TYPE/NAME | -l label) (kubectl/pkg/cmd/describe): a
 * name that matches no object exactly describes every object whose name starts with it, as
 * kubectl does. Honoured: names, prefixes, TYPE/NAME, -l, -A, -n, --show-events. Accepted without
 * effect: --chunk-size, -f, -R, -k.
 *
 * The per-kind text comes from printers/describe; `setDescriber` swaps it (tests). --show-events is
 * accepted; the describers always print events.
 */
import type { KObject } from '../../api/types';
import type { ResourceType } from '../../api/registry';
import { formatStatusError, isStatusError, notFound } from '../../api/errors';
import type { Cluster } from '../../cluster/cluster';
import { describe as describeObject } from '../../printers/describe';
import { CliError, ExitError } from '../errors';
import { namespaceOf, type Invocation, type Verb } from '../invocation';
import { parseResourceArgs } from '../resource-args';

export type Describer = (cluster: Cluster, rt: ResourceType, obj: KObject, opts: { showEvents: boolean }) => string;

let describer: Describer = (cluster, rt, obj) => describeObject(cluster, rt, obj);

/** Installs the per-kind describer (printers/describe). */
export function setDescriber(d: Describer): void {
  describer = d;
}

export const describe: Verb = {
  path: 'describe',
  run(inv: Invocation) {
    const f = inv.flags;
    if (inv.args.length === 0 && f.list('filename').length === 0) {
      throw new CliError('You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.');
    }
    const cluster = inv.env.cluster;
    const ns = namespaceOf(inv);
    const allNs = f.bool('all-namespaces');
    const selector = f.string('selector') || undefined;
    const { types, named } = parseResourceArgs(inv.args);
    const found: Array<{ rt: ResourceType; obj: KObject }> = [];
    const errors: string[] = [];
    for (const rt of types) {
      for (const obj of cluster.list(rt, rt.namespaced && !allNs ? ns : undefined, { labelSelector: selector })) found.push({ rt, obj });
    }
    for (const { rt, name } of named) {
      const where = rt.namespaced ? ns : undefined;
      const exact = cluster.tryGet(rt, where, name);
      if (exact) {
        found.push({ rt, obj: exact });
        continue;
      }
      const byPrefix = cluster.list(rt, where, { labelSelector: selector }).filter((o) => o.metadata.name.startsWith(name));
      if (byPrefix.length) byPrefix.forEach((obj) => found.push({ rt, obj }));
      else errors.push(formatStatusError(notFound(rt, name)));
    }
    if (found.length === 0 && errors.length === 0) {
      inv.out.err(allNs || types.every((t) => !t.namespaced) ? 'No resources found\n' : `No resources found in ${ns} namespace.\n`);
      return;
    }
    const texts: string[] = [];
    for (const { rt, obj } of found) {
      try {
        texts.push(describer(cluster, rt, obj, { showEvents: f.bool('show-events') }));
      } catch (e) {
        if (isStatusError(e)) errors.push(formatStatusError(e));
        else throw e;
      }
    }
    // kubectl writes "\n\n" before every description but the first (describe.go).
    const stdout = texts.join('\n\n');
    if (errors.length) throw new ExitError(1, stdout, errors.join('\n') + '\n');
    inv.out.out(stdout);
  },
};
