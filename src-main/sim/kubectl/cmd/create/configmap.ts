/**
 * kubectl create configmap NAME [--from-file] [--from-literal] [--from-env-file]
 * (create_configmap.go). Files come from the scenario's virtual files. Honoured: the three
 * sources, --append-hash (accepted, no hash), --dry-run, -o, -n. Accepted without effect:
 * --save-config, --field-manager, --validate, --template, --show-managed-fields,
 * --allow-missing-template-keys.
 */
import type { KObject } from '../../../api/types';
import type { Verb } from '../../invocation';
import { completeCreate, newMeta, submit } from './common';
import { collectData } from './sources';

export function buildConfigMap(name: string, data: Map<string, string>): KObject {
  const cm: KObject = { apiVersion: 'v1', kind: 'ConfigMap', metadata: newMeta(name) };
  if (data.size) cm.data = Object.fromEntries(data);
  return cm;
}

export const createConfigMap: Verb = {
  path: 'create configmap',
  run(inv) {
    const ctx = completeCreate(inv);
    submit(inv, ctx, buildConfigMap(ctx.name, collectData(inv)), 'failed to create configmap');
  },
};
