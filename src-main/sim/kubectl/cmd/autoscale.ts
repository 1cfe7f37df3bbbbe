/**
 * kubectl autoscale (-f FILENAME | TYPE NAME | TYPE/NAME) [--min=MINPODS] --max=MAXPODS
 * [--cpu-percent=CPU] (kubectl/pkg/cmd/autoscale): a HorizontalPodAutoscaler (autoscaling/v1)
 * for a deployment, replica set, stateful set or replication controller. The simulator creates it;
 * no metrics drive it. Honoured: --min, --max, --cpu-percent, --name, -f, --dry-run, -o, -n.
 * Accepted without effect: --save-config, --field-manager, -R, -k, --template,
 * --show-managed-fields, --allow-missing-template-keys.
 */
import type { KObject } from '../../api/types';
import { CliError, RESOURCES_REQUIRED } from '../errors';
import { dryRunStrategy } from '../dry-run';
import { namespaceOf, type Verb } from '../invocation';
import { readManifests } from '../manifests';
import { objectPrinter } from '../print-flags';
import { collectTargets } from './targets';

const SCALABLE = ['Deployment', 'ReplicaSet', 'StatefulSet', 'ReplicationController'];

export function buildHpa(target: KObject, name: string, min: number, max: number, cpu: number): KObject {
  const spec: Record<string, unknown> = { scaleTargetRef: { apiVersion: target.apiVersion, kind: target.kind, name: target.metadata.name }, maxReplicas: max };
  if (min >= 1) spec.minReplicas = min;
  if (cpu >= 0) spec.targetCPUUtilizationPercentage = cpu;
  return {
    apiVersion: 'autoscaling/v1',
    kind: 'HorizontalPodAutoscaler',
    metadata: { name, creationTimestamp: null },
    spec,
    status: { currentReplicas: 0, desiredReplicas: 0 },
  };
}

export const autoscale: Verb = {
  path: 'autoscale',
  required: ['max'],
  run(inv) {
    const f = inv.flags;
    if (inv.args.length === 0 && f.list('filename').length === 0) throw new CliError(RESOURCES_REQUIRED);
    const max = f.int('max');
    const min = f.int('min');
    if (max < 1) throw new CliError('--max=MAXPODS is required and must be at least 1, max: ' + max);
    if (max < min) throw new CliError(`--max=MAXPODS must be larger or equal to --min=MINPODS, max: ${max}, min: ${min}`);
    const dryRun = dryRunStrategy(inv);
    const printer = objectPrinter(f.string('output'), 'created', dryRun);
    const ns = namespaceOf(inv);
    const targets = f.list('filename').length && dryRun === 'client' ? { objects: readManifests(inv, f.list('filename')), finish() {} } : collectTargets(inv, ns);
    for (const t of targets.objects) {
      if (!SCALABLE.includes(t.kind)) throw new CliError(`cannot autoscale a ${t.kind}: the ${t.kind.toLowerCase()} is not scalable`);
      const hpa = buildHpa(t, f.string('name') || t.metadata.name, min, max, f.int('cpu-percent'));
      const shown = dryRun === 'client' ? hpa : inv.env.cluster.create(hpa, { namespace: t.metadata.namespace ?? ns, dryRun: dryRun === 'server' });
      inv.out.out(printer([shown]));
    }
    targets.finish();
  },
};
