/**
 * kubectl create quota, poddisruptionbudget and priorityclass (create_quota.go, create_pdb.go,
 * create_priorityclass.go). Honoured: --hard, --scopes, --selector, --min-available,
 * --max-unavailable, --value, --global-default, --description, --preemption-policy, --dry-run,
 * -o, -n. Accepted without effect: --save-config, --field-manager, --validate, --template,
 * --show-managed-fields, --allow-missing-template-keys.
 */
import type { KObject } from '../../../api/types';
import { CliError } from '../../errors';
import type { Verb } from '../../invocation';
import { splitCsv } from '../../flags/parse-flags';
import { completeCreate, newMeta, submit } from './common';

export const createQuota: Verb = {
  path: 'create quota',
  run(inv) {
    const ctx = completeCreate(inv);
    const hard: Record<string, string> = {};
    for (const item of splitCsv(inv.flags.string('hard'))) {
      const i = item.indexOf('=');
      if (i <= 0) throw new CliError(`Invalid argument syntax ${item}, expected <resource>=<value>`);
      hard[item.slice(0, i)] = item.slice(i + 1);
    }
    const spec: Record<string, unknown> = { hard };
    const scopes = splitCsv(inv.flags.string('scopes'));
    if (scopes.length) spec.scopes = scopes;
    const quota: KObject = { apiVersion: 'v1', kind: 'ResourceQuota', metadata: newMeta(ctx.name), spec, status: {} };
    submit(inv, ctx, quota);
  },
};

const intOrString = (v: string): number | string => (/^\d+$/.test(v) ? Number(v) : v);

export const createPdb: Verb = {
  path: 'create poddisruptionbudget',
  run(inv) {
    const ctx = completeCreate(inv);
    const f = inv.flags;
    const min = f.string('min-available');
    const max = f.string('max-unavailable');
    if (!min && !max) throw new CliError('one of min-available or max-unavailable must be specified');
    if (min && max) throw new CliError('min-available and max-unavailable cannot be both specified');
    const selector = f.string('selector');
    if (!selector) throw new CliError('a selector must be specified');
    const matchLabels = Object.fromEntries(splitCsv(selector).map((kv) => kv.split('=') as [string, string]));
    const spec: Record<string, unknown> = { selector: { matchLabels } };
    if (min) spec.minAvailable = intOrString(min);
    if (max) spec.maxUnavailable = intOrString(max);
    const pdb: KObject = {
      apiVersion: 'policy/v1',
      kind: 'PodDisruptionBudget',
      metadata: newMeta(ctx.name),
      spec,
      status: { disruptionsAllowed: 0, currentHealthy: 0, desiredHealthy: 0, expectedPods: 0 },
    };
    submit(inv, ctx, pdb);
  },
};

export const createPriorityClass: Verb = {
  path: 'create priorityclass',
  run(inv) {
    const ctx = completeCreate(inv);
    const f = inv.flags;
    const pc: KObject = {
      apiVersion: 'scheduling.k8s.io/v1',
      kind: 'PriorityClass',
      metadata: newMeta(ctx.name),
      value: f.int('value'),
      preemptionPolicy: f.string('preemption-policy') || 'PreemptLowerPriority',
    };
    if (f.bool('global-default')) pc.globalDefault = true;
    if (f.string('description')) pc.description = f.string('description');
    submit(inv, { ...ctx, enforceNamespace: false }, pc);
  },
};
