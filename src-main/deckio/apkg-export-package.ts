/**
 * The .apkg zip around a written collection: `collection.anki2` (legacy schema, readable by
 * every Anki) and an empty `media` map (Repaso cards carry no media), laid out as Anki does.
 */
import { zipSync } from 'fflate';

export function zipAnkiPackage(collection: Uint8Array): Uint8Array {
  return zipSync({ 'collection.anki2': collection, media: new TextEncoder().encode('{}') });
}
