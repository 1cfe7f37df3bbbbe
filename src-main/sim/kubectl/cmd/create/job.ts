/**
 * kubectl create job NAME --image=image [-- COMMAND] (create_job.go). Honoured: --image,
 * --dry-run, -o, -n. --from=cronjob/NAME is accepted and answered as not supported yet.
 * Accepted without effect: --save-config, --field-manager, --validate, --template,
 * --show-managed-fields, --allow-missing-template-keys.
 */
import type { KObject } from '../../../api/types';
import { CliError } from '../../errors';
import type { Verb } from '../../invocation';
import { commandAfterDash, completeCreate, newMeta, submit } from './common';

export function buildJob(name: string, image: string, command: string[]): KObject {
  const container: Record<string, unknown> = { name, image, resources: {} };
  if (command.length) container.command = command;
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: newMeta(name),
    spec: { template: { metadata: { creationTimestamp: null }, spec: { containers: [container], restartPolicy: 'Never' } } },
    status: {},
  };
}

export const createJob: Verb = {
  path: 'create job',
  run(inv) {
    const ctx = completeCreate(inv);
    const image = inv.flags.string('image');
    const from = inv.flags.string('from');
    if (!image && !from) throw new CliError('either --image or --from must be specified');
    if (image && from) throw new CliError('--image and --from are mutually exclusive');
    if (from) throw new CliError('kubectl create job --from is not supported by the simulator yet');
    submit(inv, ctx, buildJob(ctx.name, image, commandAfterDash(inv)), 'failed to create job');
  },
};
