/**
 * kubectl set image (-f FILENAME | TYPE NAME) CONTAINER_NAME_1=CONTAINER_IMAGE_1 ...
 * (kubectl/pkg/cmd/set/set_image.go): `*` updates every container, init containers included.
 * Works on live objects (the Deployment controller then rolls out) and with --local -f on the
 * file's objects. Honoured: names, TYPE/NAME, -l, --all, -f, --local, --dry-run, -o, -n.
 * Accepted without effect: --field-manager, -R, -k, --template, --show-managed-fields,
 * --allow-missing-template-keys.
 */
import type { KObject } from '../../api/types';
import { CliError, RESOURCES_REQUIRED } from '../errors';
import type { Verb } from '../invocation';
import { containersOf, runSet, splitAssignments } from './set-common';

/** Sets the images; throws kubectl's error for a container name the object does not have. */
export function setImages(o: KObject, images: Array<[string, string]>): void {
  for (const [name, image] of images) {
    const hits = containersOf(o, name);
    if (hits.length === 0) throw new CliError(`unable to find container named "${name}"`);
    for (const c of hits) c.image = image;
  }
}

export const setImage: Verb = {
  path: 'set image',
  run(inv) {
    const { resources, items } = splitAssignments(inv.args);
    if (resources.length === 0 && inv.flags.list('filename').length === 0) throw new CliError(RESOURCES_REQUIRED);
    if (items.length === 0) throw new CliError('at least one image update is required');
    const images = items.map((p): [string, string] => {
      const i = p.indexOf('=');
      if (i <= 0 || i === p.length - 1) throw new CliError(`invalid image update: ${p}`);
      return [p.slice(0, i), p.slice(i + 1)];
    });
    runSet(inv, resources, 'image updated', (o) => setImages(o, images));
  },
};
