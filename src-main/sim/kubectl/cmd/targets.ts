/**
 * The objects a mutating verb acts on (scale, delete, label, annotate, expose): `TYPE NAME...`,
 * `TYPE/NAME...`, `TYPE -l selector`, `TYPE --all` or `-f FILE`. Objects that do not exist are
 * reported after the others, as kubectl does, by `finish()` (exit 1).
 */
import type { KObject } from '../../api/types';
import { formatStatusError, isStatusError } from '../../api/errors';
import { CliError, ExitError } from '../errors';
import type { Invocation } from '../invocation';
import { readManifests } from '../manifests';
import { parseResourceArgs, resolveType } from '../resource-args';
import { resourceForKind } from '../../api/registry';

export interface Targets {
  objects: KObject[];
  /** Throws the collected NotFound errors (after the verb printed its results). */
  finish(): void;
}

export function collectTargets(inv: Invocation, ns: string, resourceArgs: readonly string[] = inv.args): Targets {
  const f = inv.flags;
  const cluster = inv.env.cluster;
  const errors: string[] = [];
  const objects: KObject[] = [];
  const files = f.list('filename');
  if (files.length) {
    for (const m of readManifests(inv, files)) {
      const rt = resourceForKind(m.kind, m.apiVersion) ?? resolveType(m.kind);
      try {
        objects.push(cluster.get(rt, rt.namespaced ? m.metadata.namespace ?? ns : undefined, m.metadata.name));
      } catch (e) {
        if (isStatusError(e)) errors.push(formatStatusError(e));
        else throw e;
      }
    }
  }
  const { types, named } = parseResourceArgs(resourceArgs);
  const selector = f.string('selector');
  const all = f.bool('all');
  if (types.length && !selector && !all && !f.changed('field-selector')) {
    throw new CliError('resource(s) were provided, but no name was specified');
  }
  for (const rt of types) {
    const allNs = f.bool('all-namespaces');
    objects.push(...cluster.list(rt, rt.namespaced && !allNs ? ns : undefined, { labelSelector: selector || undefined, fieldSelector: f.string('field-selector') || undefined }));
  }
  for (const { rt, name } of named) {
    try {
      objects.push(cluster.get(rt, rt.namespaced ? ns : undefined, name));
    } catch (e) {
      if (isStatusError(e) && e.reason === 'NotFound' && f.bool('ignore-not-found')) continue;
      if (isStatusError(e)) errors.push(formatStatusError(e));
      else throw e;
    }
  }
  return {
    objects,
    finish() {
      if (errors.length) throw new ExitError(1, '', errors.join('\n') + '\n');
    },
  };
}
