/**
 * kubectl describe (TYPE [NAME_PREFIX] | TYPE/NAME | -l label) (kubectl/pkg/cmd/describe): a
 * name that matches no object exactly describes every object whose name starts with it, as
 * kubectl does. Honoured: names, prefixes, TYPE/NAME, -l, -A, -n, --show-events. Accepted without
 * effect: --chunk-size, -f, -R, -k.
 *
 * The per-kind text comes from the describer registered with `setDescriber` (printers/describe,
 * owned by the cluster model); until one is registered, a generic describer prints the metadata
 * and the object's events, as kubectl's generic describer does for kinds it has no describer for.
 */
import type { KObject } from '../../api/types';
import type { ResourceType } from '../../api/registry';
import { formatStatusError, isStatusError, notFound } from '../../api/errors';
import type { Cluster } from '../../cluster/cluster';
import { translateTimestampSince } from '../../printers/age';
import { renderTabular } from '../../printers/table';
import { CliError, ExitError } from '../errors';
import { namespaceOf, type Invocation, type Verb } from '../invocation';
import { parseResourceArgs } from '../resource-args';

export type Describer = (cluster: Cluster, rt: ResourceType, obj: KObject, opts: { showEvents: boolean }) => string;

let describer: Describer = genericDescribe;

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
    // kubectl separates several descriptions with a blank line (each already ends with one).
    const stdout = texts.join('\n\n');
    if (errors.length) throw new ExitError(1, stdout, errors.join('\n') + '\n');
    inv.out.out(stdout);
  },
};

function mapLines(label: string, m: Record<string, string> | undefined): string {
  const entries = Object.entries(m ?? {}).sort(([a], [b]) => (a < b ? -1 : 1));
  if (entries.length === 0) return `${label}<none>\n`;
  const pad = ' '.repeat(label.length);
  return entries.map(([k, v], i) => `${i === 0 ? label : pad}${k}=${v}\n`).join('');
}

/** kubectl's generic describer: metadata, then the events about the object. */
export function genericDescribe(cluster: Cluster, _rt: ResourceType, obj: KObject, opts: { showEvents: boolean }): string {
  let out = `Name:         ${obj.metadata.name}\n`;
  if (obj.metadata.namespace) out += `Namespace:    ${obj.metadata.namespace}\n`;
  out += mapLines('Labels:       ', obj.metadata.labels);
  out += mapLines('Annotations:  ', obj.metadata.annotations);
  if (opts.showEvents) out += eventsSection(cluster, obj);
  return out;
}

/** The Events section every describer ends with. */
export function eventsSection(cluster: Cluster, obj: KObject): string {
  const events = cluster.eventsFor(obj);
  if (events.length === 0) return 'Events:       <none>\n';
  const now = cluster.now();
  const rows = [['Type', 'Reason', 'Age', 'From', 'Message'], ['----', '------', '----', '----', '-------']];
  for (const e of events) {
    const ev = e as KObject & { type?: string; reason?: string; message?: string; count?: number; firstTimestamp?: string; lastTimestamp?: string; source?: { component?: string } };
    const age = translateTimestampSince(ev.lastTimestamp ?? ev.firstTimestamp, now);
    const count = ev.count ?? 1;
    const ageText = count > 1 ? `${age} (x${count} over ${translateTimestampSince(ev.firstTimestamp, now)})` : age;
    rows.push([ev.type ?? '', ev.reason ?? '', ageText, ev.source?.component ?? '', (ev.message ?? '').trim()]);
  }
  const table = renderTabular(rows).split('\n').filter(Boolean).map((l) => `  ${l}`).join('\n');
  return `Events:\n${table}\n`;
}
