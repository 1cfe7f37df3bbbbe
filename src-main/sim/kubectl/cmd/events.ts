/**
 * kubectl events (kubectl/pkg/cmd/events, 1.26+): the namespace's events oldest first, as
 * `LAST SEEN  TYPE  REASON  OBJECT  MESSAGE` with OBJECT as Kind/name and repeats as
 * `4s (x3 over 2m)`. Honoured: -n, -A (NAMESPACE column), --types, --for TYPE/NAME, --no-headers,
 * -o (json, yaml, name, jsonpath, go-template: a List of the events), -w (a finite stream of the rows that
 * appear on the virtual clock, see get-watch.ts). Accepted without effect: --chunk-size,
 * --template, --show-managed-fields, --allow-missing-template-keys.
 */
import type { KObject } from '../../api/types';
import { translateTimestampSince } from '../../printers/age';
import { renderTabular } from '../../printers/table';
import { CliError } from '../errors';
import { namespaceOf, type Invocation, type Verb } from '../invocation';
import { objectPrinter } from '../print-flags';
import { resolveType } from '../resource-args';
import { watchStream } from './get-watch';

interface EventFields {
  type?: string;
  reason?: string;
  message?: string;
  count?: number;
  firstTimestamp?: string | null;
  lastTimestamp?: string | null;
  eventTime?: string | null;
  series?: { count?: number; lastObservedTime?: string };
  involvedObject?: { kind?: string; name?: string; namespace?: string };
}

const fields = (e: KObject) => e as unknown as EventFields;

/** SortableEvents' key: the series' last observation, else lastTimestamp, else eventTime. */
function eventTime(e: KObject): number {
  const f = fields(e);
  const t = f.series?.lastObservedTime ?? f.lastTimestamp ?? f.eventTime ?? e.metadata.creationTimestamp;
  return t ? Date.parse(t) : 0;
}

/** getInterval: `5s`, or `5s (x3 over 2m)` for an event seen more than once. */
function interval(e: KObject, now: number): string {
  const f = fields(e);
  const first = translateTimestampSince(f.eventTime || f.firstTimestamp, now);
  if (f.series) return `${translateTimestampSince(f.series.lastObservedTime, now)} (x${f.series.count ?? 0} over ${first})`;
  if ((f.count ?? 0) > 1) return `${translateTimestampSince(f.lastTimestamp, now)} (x${f.count} over ${first})`;
  return first;
}

function row(e: KObject, now: number, allNamespaces: boolean): string[] {
  const f = fields(e);
  const cells = [interval(e, now), f.type ?? '', f.reason ?? '', `${f.involvedObject?.kind ?? ''}/${f.involvedObject?.name ?? ''}`, (f.message ?? '').trim()];
  return allNamespaces ? [e.metadata.namespace ?? '', ...cells] : cells;
}

function header(allNamespaces: boolean): string[] {
  const h = ['LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'MESSAGE'];
  return allNamespaces ? ['NAMESPACE', ...h] : h;
}

/** --for TYPE/NAME: kubectl's decodeResourceTypeName. */
function forFilter(inv: Invocation): ((e: KObject) => boolean) | undefined {
  const spec = inv.flags.string('for');
  if (!spec) return undefined;
  const slash = spec.indexOf('/');
  if (slash < 0) throw new CliError('--for must be in resource/name form');
  const rt = resolveType(spec.slice(0, slash));
  const name = spec.slice(slash + 1);
  return (e) => fields(e).involvedObject?.kind === rt.kind && fields(e).involvedObject?.name === name;
}

function selectEvents(inv: Invocation, ns: string | undefined, types: readonly string[], forObject: ((e: KObject) => boolean) | undefined): KObject[] {
  const events = inv.env.cluster
    .list('events', ns)
    .filter((e) => types.length === 0 || types.some((t) => t.toLowerCase() === (fields(e).type ?? '').toLowerCase()))
    .filter((e) => !forObject || forObject(e));
  // Stable, so events of the same second keep the store's order (kubectl's sort.Sort is not stable).
  return events.map((e, i) => ({ e, i })).sort((a, b) => eventTime(a.e) - eventTime(b.e) || a.i - b.i).map(({ e }) => e);
}

export const events: Verb = {
  path: 'events',
  run(inv) {
    const f = inv.flags;
    // Positional arguments are ignored, as kubectl events does.
    const types = f.slice('types');
    for (const t of types) if (t.toLowerCase() !== 'normal' && t.toLowerCase() !== 'warning') throw new CliError('valid --types are Normal or Warning');
    const allNs = f.bool('all-namespaces');
    const ns = allNs ? undefined : namespaceOf(inv);
    const forObject = forFilter(inv);
    const output = f.string('output');
    const printer = output ? objectPrinter(output, '', 'none') : undefined;
    const list = selectEvents(inv, ns, types, forObject);
    const cluster = inv.env.cluster;
    if (printer) {
      inv.out.out(printer(list));
      return;
    }
    const noHeaders = f.bool('no-headers');
    if (list.length === 0 && !f.bool('watch')) {
      inv.out.err(allNs ? 'No events found.\n' : `No events found in ${ns} namespace.\n`);
      return;
    }
    const now = cluster.now();
    const rows = list.map((e) => row(e, now, allNs));
    inv.out.out(renderTabular(noHeaders ? rows : [header(allNs), ...rows]));
    if (f.bool('watch')) {
      inv.out.out(
        watchStream(cluster, { snapshot: () => selectEvents(inv, ns, types, forObject), render: (e, at) => renderTabular([row(e, at, allNs)]) }, list),
      );
    }
  },
};
