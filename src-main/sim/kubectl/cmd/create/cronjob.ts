/**
 * kubectl create cronjob NAME --image=image --schedule='0/5 * * * ?' [-- COMMAND]
 * (create_cronjob.go). The schedule is not checked client-side, as kubectl does not. Honoured:
 * --image, --schedule, --restart, --dry-run, -o, -n. Accepted without effect: --save-config,
 * --field-manager, --validate, --template, --show-managed-fields, --allow-missing-template-keys.
 */
import type { KObject } from '../../../api/types';
import type { Verb } from '../../invocation';
import { commandAfterDash, completeCreate, newMeta, submit } from './common';

export function buildCronJob(name: string, image: string, schedule: string, restart: string, command: string[]): KObject {
  const container: Record<string, unknown> = { name, image, resources: {} };
  if (command.length) container.command = command;
  return {
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: newMeta(name),
    spec: {
      schedule,
      jobTemplate: {
        metadata: { name, creationTimestamp: null },
        spec: { template: { metadata: { creationTimestamp: null }, spec: { containers: [container], restartPolicy: restart } } },
      },
    },
    status: {},
  };
}

export const createCronJob: Verb = {
  path: 'create cronjob',
  required: ['image', 'schedule'],
  run(inv) {
    const ctx = completeCreate(inv);
    // Not checked client-side: the API server refuses a policy a Job cannot have.
    const restart = inv.flags.string('restart') || 'OnFailure';
    const cj = buildCronJob(ctx.name, inv.flags.string('image'), inv.flags.string('schedule'), restart, commandAfterDash(inv));
    submit(inv, ctx, cj, 'failed to create cronjob');
  },
};
