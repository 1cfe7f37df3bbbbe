/**
 * kubectl create job NAME --image=image [-- COMMAND] | --from=cronjob/NAME (create_job.go).
 * Honoured: --image, --from (a manual run of a CronJob: its job template, annotated and owned
 * by the CronJob), --dry-run, -o, -n.
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

/** A manual run of a CronJob, as `create job --from=cronjob/NAME` builds it. */
export function jobFromCronJob(name: string, cron: KObject): KObject {
  const template = ((cron.spec as Record<string, unknown>).jobTemplate ?? {}) as { metadata?: KObject['metadata']; spec?: unknown };
  const meta = newMeta(name, template.metadata?.labels ? { ...template.metadata.labels } : undefined);
  meta.annotations = { ...(template.metadata?.annotations ?? {}), 'cronjob.kubernetes.io/instantiate': 'manual' };
  meta.ownerReferences = [{ apiVersion: 'batch/v1', kind: 'CronJob', name: cron.metadata.name, uid: cron.metadata.uid ?? '', controller: true }];
  return { apiVersion: 'batch/v1', kind: 'Job', metadata: meta, spec: JSON.parse(JSON.stringify(template.spec ?? {})), status: {} };
}

export const createJob: Verb = {
  path: 'create job',
  run(inv) {
    const ctx = completeCreate(inv);
    const image = inv.flags.string('image');
    const from = inv.flags.string('from');
    if (!image === !from) throw new CliError('either --image or --from must be specified');
    if (from) {
      const [kind, cronName] = from.split('/');
      if (!cronName || !['cronjob', 'cronjobs', 'cj', 'cronjob.batch', 'cronjobs.batch'].includes(kind!.toLowerCase())) {
        throw new CliError(`from must be an existing cronjob: unknown object type ${kind}`);
      }
      const cron = inv.env.cluster.get('cronjobs', ctx.namespace, cronName);
      submit(inv, ctx, jobFromCronJob(ctx.name, cron), 'failed to create job');
      return;
    }
    submit(inv, ctx, buildJob(ctx.name, image, commandAfterDash(inv)), 'failed to create job');
  },
};
