/**
 * kubectl create serviceaccount NAME (create_serviceaccount.go). Honoured: --dry-run, -o, -n.
 * Accepted without effect: --save-config, --field-manager, --validate, --template,
 * --show-managed-fields, --allow-missing-template-keys.
 */
import type { KObject } from '../../../api/types';
import type { Verb } from '../../invocation';
import { completeCreate, newMeta, submit } from './common';

export function buildServiceAccount(name: string): KObject {
  return { apiVersion: 'v1', kind: 'ServiceAccount', metadata: newMeta(name) };
}

export const createServiceAccount: Verb = {
  path: 'create serviceaccount',
  run(inv) {
    const ctx = completeCreate(inv);
    submit(inv, ctx, buildServiceAccount(ctx.name), 'failed to create serviceaccount');
  },
};
