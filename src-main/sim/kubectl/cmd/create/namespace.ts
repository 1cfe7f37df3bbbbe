/**
 * kubectl create namespace NAME (create_namespace.go). Honoured: --dry-run, -o. Accepted without
 * effect: --save-config, --field-manager, --validate, --template, --show-managed-fields,
 * --allow-missing-template-keys.
 */
import type { KObject } from '../../../api/types';
import type { Verb } from '../../invocation';
import { completeCreate, newMeta, submit } from './common';

export function buildNamespace(name: string): KObject {
  return { apiVersion: 'v1', kind: 'Namespace', metadata: newMeta(name), spec: {}, status: {} };
}

export const createNamespace: Verb = {
  path: 'create namespace',
  run(inv) {
    const ctx = completeCreate(inv);
    submit(inv, { ...ctx, enforceNamespace: false }, buildNamespace(ctx.name));
  },
};
