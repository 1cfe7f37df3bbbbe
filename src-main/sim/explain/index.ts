/**
 * `kubectl explain` without an API server: the schema of the kinds learners explore (pods,
 * deployments, replicasets, daemonsets, jobs, cronjobs, services, configmaps, secrets,
 * namespaces, nodes) and the lookup of a `RESOURCE.field.path` in it.
 */
import { CORE_MODELS } from './schema-core';
import { META_MODELS } from './schema-meta';
import { NODE_MODELS } from './schema-node';
import { POD_MODELS } from './schema-pod';
import type { Models } from './schema-types';
import { WORKLOAD_MODELS } from './schema-workloads';
import { modelName, renderExplain, type ExplainTarget } from './render';

export const MODELS: Models = { ...META_MODELS, ...POD_MODELS, ...WORKLOAD_MODELS, ...CORE_MODELS, ...NODE_MODELS };

export { renderExplain, wrap } from './render';
export type { ExplainTarget } from './render';

export type Lookup = { ok: true; target: ExplainTarget } | { ok: false; error: string };

/** Follows `path` (field names) from the kind's model. */
export function lookupField(kind: string, group: string, version: string, path: readonly string[]): Lookup {
  const root = MODELS[kind];
  if (!root) return { ok: false, error: `the simulator has no schema for ${kind} yet` };
  let model = root;
  let field: ExplainTarget['field'];
  for (const [i, name] of path.entries()) {
    const def = model?.fields[name];
    if (!def) return { ok: false, error: `field "${name}" does not exist` };
    field = { name, def };
    const next = MODELS[modelName(def.type)];
    if (!next && i < path.length - 1) return { ok: false, error: `field "${path[i + 1]}" does not exist` };
    model = next!;
  }
  return { ok: true, target: { kind, group, version, model, field } };
}

export function explainText(target: ExplainTarget, recursive: boolean): string {
  return renderExplain(target, MODELS, recursive);
}
