/**
 * kubectl label and kubectl annotate (kubectl/pkg/cmd/label, annotate): `KEY=VALUE` sets,
 * `KEY-` removes; an existing key needs --overwrite. Works on live objects or, with --local -f,
 * on the file's objects only. Honoured: names, TYPE/NAME, -l, --all, -A, -f, --local,
 * --overwrite, --list, --resource-version (checked), --dry-run, -o. Accepted without effect:
 * --field-manager, --field-selector (passed to the list), -R, -k, --template,
 * --show-managed-fields, --allow-missing-template-keys.
 */
import type { KObject } from '../../api/types';
import { deepCopy } from '../../cluster/objects';
import { CliError, RESOURCES_REQUIRED, UsageError } from '../errors';
import { dryRunStrategy } from '../dry-run';
import { namespaceOf, type Invocation, type Verb } from '../invocation';
import { readManifests } from '../manifests';
import { objectPrinter } from '../print-flags';
import { collectTargets } from './targets';
import { recordChangeCause } from '../record';

type Field = 'labels' | 'annotations';

export interface MetadataUpdate {
  set: Array<[string, string]>;
  remove: string[];
}

/** Splits arguments into resource arguments and updates (`k=v`, `k-`), as kubectl's parseLabels does. */
export function splitUpdates(args: readonly string[]): { resources: string[]; updates: string[] } {
  const first = args.findIndex((a) => a.includes('=') || a.endsWith('-'));
  if (first < 0) return { resources: [...args], updates: [] };
  return { resources: args.slice(0, first), updates: args.slice(first) };
}

export function parseUpdates(updates: readonly string[], field: Field): MetadataUpdate {
  const set: Array<[string, string]> = [];
  const remove: string[] = [];
  for (const u of updates) {
    if (u.includes('=')) {
      const i = u.indexOf('=');
      const key = u.slice(0, i);
      const value = u.slice(i + 1);
      // Keys and values are not checked here: kubectl leaves that to the API server's validation.
      set.push([key, value]);
    } else if (u.endsWith('-')) remove.push(u.slice(0, -1));
    else throw new CliError(`invalid ${field === 'labels' ? 'label' : 'annotation'} format: ${u}`);
  }
  for (const k of remove) if (set.some(([s]) => s === k)) throw new CliError(`can not both modify and remove ${field === 'labels' ? 'a label' : 'an annotation'} in the same command`);
  return { set, remove };
}

/** Applies the update; returns whether anything changed. Throws when a key exists without --overwrite. */
export function applyUpdate(obj: KObject, field: Field, update: MetadataUpdate, overwrite: boolean): boolean {
  const current = { ...(obj.metadata[field] ?? {}) };
  let changed = false;
  for (const [k, v] of update.set) {
    if (k in current && current[k] !== v && !overwrite) throw new CliError(`'${k}' already has a value (${current[k]}), and --overwrite is false`);
    if (current[k] !== v) changed = true;
    current[k] = v;
  }
  for (const k of update.remove) {
    if (k in current) {
      delete current[k];
      changed = true;
    }
  }
  // kubectl always writes the map back, even empty: an object without one gains `labels: {}`.
  obj.metadata[field] = current;
  return changed;
}

/**
 * label.go's updateDataChangeMsg: `not labeled` when nothing changed; `unlabeled` when, without
 * --overwrite, the object's serialized form got shorter (a label removed); `labeled` otherwise.
 */
function labelMessage(before: string, after: string, overwrite: boolean): string {
  if (before === after) return 'not labeled';
  return !overwrite && after.length < before.length ? 'unlabeled' : 'labeled';
}

function metadataVerb(path: 'label' | 'annotate', field: Field): Verb {
  const past = path === 'label' ? 'labeled' : 'annotated';
  return {
    path,
    run(inv: Invocation) {
      const f = inv.flags;
      const { resources, updates } = splitUpdates(inv.args);
      const list = f.bool('list');
      if (updates.length === 0 && !list) throw new CliError(`at least one ${field === 'labels' ? 'label' : 'annotation'} update is required`);
      if (resources.length === 0 && f.list('filename').length === 0) throw new UsageError(path, 'one or more resources must be specified as <resource> <name> or <resource>/<name>');
      const update = parseUpdates(updates, field);
      const dryRun = dryRunStrategy(inv);
      objectPrinter(f.string('output'), past, dryRun); // refuses a bad -o before anything changes
      const local = f.bool('local');
      if (local && resources.length) throw new CliError('can only use local files by -f pod.yaml or --filename=pod.json when --local=true is set');
      const ns = namespaceOf(inv);
      const targets = local ? { objects: readManifests(inv, f.list('filename')), finish() {} } : collectTargets(inv, ns, resources);
      if (targets.objects.length === 0 && !local && resources.length === 0 && f.list('filename').length === 0) throw new CliError(RESOURCES_REQUIRED);
      for (const original of targets.objects) {
        const obj = deepCopy(original) as KObject;
        if (list) {
          for (const [k, v] of Object.entries(obj.metadata[field] ?? {})) inv.out.out(`${k}=${v}\n`);
          continue;
        }
        const before = JSON.stringify(original);
        const changed = applyUpdate(obj, field, update, f.bool('overwrite'));
        if (changed) recordChangeCause(inv, obj);
        let result = obj;
        if (!local && dryRun !== 'client' && changed) result = inv.env.cluster.update(obj, { dryRun: dryRun === 'server' });
        const message = path === 'annotate' ? past : labelMessage(before, JSON.stringify(obj), f.bool('overwrite'));
        inv.out.out(objectPrinter(f.string('output'), message, dryRun)([result]));
      }
      targets.finish();
    },
  };
}

export const label = metadataVerb('label', 'labels');
export const annotate = metadataVerb('annotate', 'annotations');
