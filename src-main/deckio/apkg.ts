/**
 * An .apkg file into the deck model: unzip and decompress (apkg-package.ts), read the SQLite
 * collection (the store's reader, injected: only store/ opens SQLite), map its notes
 * (apkg-map.ts). A damaged or foreign file becomes one problem saying why; nothing is thrown.
 */
import type { AnkiCollection } from '../store/anki-collection';
import { mapAnkiCollection } from './apkg-map';
import { openApkg } from './apkg-package';
import type { ImportFileOptions, ParsedImport } from './import-file';

export interface ApkgImportOptions extends ImportFileOptions {
  readCollection: (sqlite: Uint8Array) => AnkiCollection;
}

/** Names Anki gives its packages: a deck package and a whole-collection backup. */
export function isApkgName(fileName: string): boolean {
  return /\.(apkg|colpkg)$/i.test(fileName);
}

export function parseApkgFile(fileName: string, bytes: Uint8Array, options: ApkgImportOptions): ParsedImport {
  let collection: AnkiCollection;
  let mediaFiles = 0;
  try {
    const pkg = openApkg(bytes);
    mediaFiles = pkg.mediaFiles;
    collection = options.readCollection(pkg.sqlite);
  } catch (err) {
    return { format: 'apkg', deck: null, problems: [{ line: 0, message: `${fileName}: ${(err as Error).message}` }], warnings: [] };
  }
  const mapped = mapAnkiCollection(collection, { fileName, lang: options.lang, mediaFiles });
  return { format: 'apkg', deck: mapped.deck, problems: mapped.problems, warnings: mapped.warnings };
}
