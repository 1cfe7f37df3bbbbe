/**
 * kubectl scale --replicas=COUNT (-f FILENAME | TYPE NAME | TYPE/NAME) (kubectl/pkg/cmd/scale).
 * Honoured: --replicas, --current-replicas, -l, --all, -n, --dry-run, -o. Accepted without
 * effect: --resource-version, --timeout, -R, -k, --template, --show-managed-fields,
 * --allow-missing-template-keys.
 */
import type { KObject } from '../../api/types';
import { deepCopy } from '../../cluster/objects';
import { StatusError } from '../../api/errors';
import { CliError, RESOURCES_REQUIRED } from '../errors';
import { dryRunStrategy } from '../dry-run';
import { namespaceOf, type Verb } from '../invocation';
import { objectPrinter } from '../print-flags';
import { collectTargets } from './targets';
import { recordChangeCause } from '../record';

const SCALABLE = new Set(['Deployment', 'ReplicaSet', 'StatefulSet', 'ReplicationController']);

export const scale: Verb = {
  path: 'scale',
  required: ['replicas'],
  run(inv) {
    const f = inv.flags;
    const replicas = f.int('replicas');
    if (replicas < 0) throw new CliError('The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0');
    if (inv.args.length === 0 && f.list('filename').length === 0) throw new CliError(RESOURCES_REQUIRED);
    const dryRun = dryRunStrategy(inv);
    const printer = objectPrinter(f.string('output'), 'scaled', dryRun);
    const targets = collectTargets(inv, namespaceOf(inv));
    const current = f.int('current-replicas');
    for (const obj of targets.objects) {
      // Kinds without a scale subresource: the API server answers 404 for `.../scale`.
      if (!SCALABLE.has(obj.kind)) throw new StatusError('the server could not find the requested resource', 'NotFound', 404);
      const spec = (obj.spec ?? {}) as { replicas?: number };
      if (current >= 0 && (spec.replicas ?? 1) !== current) throw new CliError(`Expected replicas to be ${current}, was ${spec.replicas ?? 1}`);
      let result: KObject = obj;
      if (dryRun !== 'client') {
        const copy = deepCopy(obj) as KObject;
        (copy.spec as { replicas?: number }).replicas = replicas;
        recordChangeCause(inv, copy);
        result = inv.env.cluster.update(copy, { dryRun: dryRun === 'server' });
      }
      inv.out.out(printer([result]));
    }
    targets.finish();
  },
};
