/**
 * kubectl set image (-f FILENAME | TYPE NAME) CONTAINER_NAME_1=CONTAINER_IMAGE_1 ...
 * (kubectl/pkg/cmd/set/set_image.go): `*` updates every container, init containers included.
 * Works on live objects (the Deployment controller then rolls out) and with --local -f on the
 * file's objects. Honoured: names, TYPE/NAME, -l, --all, -f, --local, --dry-run, -o, -n.
 * Accepted without effect: --field-manager, -R, -k, --template, --show-managed-fields,
 * --allow-missing-template-keys.
 */
import type { KObject } from '../../api/types';
import { deepCopy } from '../../cluster/objects';
import { withTypedDefaults } from '../../printers/serialize-typed';
import { CliError, RESOURCES_REQUIRED } from '../errors';
import { dryRunStrategy } from '../dry-run';
import { namespaceOf, type Verb } from '../invocation';
import { readManifests } from '../manifests';
import { objectPrinter } from '../print-flags';
import { collectTargets } from './targets';
import { recordChangeCause } from '../record';

type Json = Record<string, unknown>;

/** The pod spec inside a workload (or the pod's own). */
export function podSpecOf(o: KObject): Json | undefined {
  const spec = o.spec as Json | undefined;
  if (!spec) return undefined;
  if (o.kind === 'Pod') return spec;
  if (o.kind === 'CronJob') return ((((spec.jobTemplate as Json)?.spec as Json)?.template as Json)?.spec as Json) ?? undefined;
  return ((spec.template as Json)?.spec as Json) ?? undefined;
}

/** Sets the images; throws kubectl's error for a container name the object does not have. */
export function setImages(o: KObject, images: Array<[string, string]>): void {
  const ps = podSpecOf(o);
  const containers = [...((ps?.initContainers as Json[]) ?? []), ...((ps?.containers as Json[]) ?? [])];
  for (const [name, image] of images) {
    const hits = containers.filter((c) => name === '*' || c.name === name);
    if (hits.length === 0) throw new CliError(`unable to find container named "${name}"`);
    for (const c of hits) c.image = image;
  }
}

export const setImage: Verb = {
  path: 'set image',
  run(inv) {
    const f = inv.flags;
    const first = inv.args.findIndex((a) => a.includes('='));
    const resources = first < 0 ? inv.args : inv.args.slice(0, first);
    const pairs = first < 0 ? [] : inv.args.slice(first);
    if (resources.length === 0 && f.list('filename').length === 0) throw new CliError(RESOURCES_REQUIRED);
    if (pairs.length === 0) throw new CliError('at least one image update is required');
    const images = pairs.map((p): [string, string] => {
      const i = p.indexOf('=');
      if (i <= 0 || i === p.length - 1) throw new CliError(`invalid image update: ${p}`);
      return [p.slice(0, i), p.slice(i + 1)];
    });
    const dryRun = dryRunStrategy(inv);
    const printer = objectPrinter(f.string('output'), 'image updated', dryRun);
    const local = f.bool('local');
    if (local && resources.length) throw new CliError('can only use local files by -f deployment.yaml or --filename=deployment.json when --local=true is set');
    const targets = local ? { objects: readManifests(inv, f.list('filename')).map(withTypedDefaults), finish() {} } : collectTargets(inv, namespaceOf(inv), resources);
    for (const original of targets.objects) {
      const o = deepCopy(original) as KObject;
      setImages(o, images);
      recordChangeCause(inv, o);
      const result = local || dryRun === 'client' ? o : inv.env.cluster.update(o, { dryRun: dryRun === 'server' });
      inv.out.out(printer([result]));
    }
    targets.finish();
  },
};
