/**
 * The zip of an Anki package (.apkg/.colpkg) opened to the SQLite bytes of its collection.
 * Anki ≥ 2.1.50 writes `collection.anki21b` (zstd-compressed, schema 18) and, for older
 * versions, a stub `collection.anki2` that only says "please update"; older Anki writes
 * `collection.anki21` or `collection.anki2` uncompressed. The newest one present is read.
 * Media files (named 0, 1, 2…) are counted, not extracted: Repaso does not store media yet.
 */
import { unzipSync } from 'fflate';
import { decompress } from 'fzstd';

/** Past this a collection is not a study deck; refusing keeps a stray file from filling memory. */
export const MAX_COLLECTION_BYTES = 200 * 1024 * 1024;

const COLLECTION_NAMES = ['collection.anki21b', 'collection.anki21', 'collection.anki2'] as const;

export interface ApkgPackage {
  /** Which collection file was read. */
  entry: (typeof COLLECTION_NAMES)[number];
  sqlite: Uint8Array;
  /** Numbered media files in the zip (left out). */
  mediaFiles: number;
}

export class ApkgError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ApkgError';
  }
}

export function openApkg(bytes: Uint8Array): ApkgPackage {
  // "PK\x03\x04" (or an empty archive's "PK\x05\x06"): anything else is not a zip at all.
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new ApkgError('the file is not an Anki package: it is not a zip archive');
  let mediaFiles = 0;
  let oversized: string | null = null;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        if (/^\d+$/.test(f.name)) mediaFiles += 1;
        const wanted = (COLLECTION_NAMES as readonly string[]).includes(f.name);
        if (wanted && f.originalSize > MAX_COLLECTION_BYTES) {
          oversized = f.name;
          return false;
        }
        return wanted;
      },
    });
  } catch (err) {
    throw new ApkgError(`the file is not an Anki package: the zip archive is damaged (${(err as Error).message})`);
  }
  const entry = COLLECTION_NAMES.find((name) => files[name] !== undefined);
  if (!entry && oversized) throw new ApkgError(`${oversized} is larger than 200 MB once unzipped`);
  if (!entry) throw new ApkgError('the zip holds no Anki collection (collection.anki21b, collection.anki21 or collection.anki2)');
  let sqlite = files[entry]!;
  if (entry === 'collection.anki21b') {
    try {
      sqlite = decompress(sqlite);
    } catch (err) {
      throw new ApkgError(`collection.anki21b cannot be decompressed (${(err as Error).message})`);
    }
    if (sqlite.length > MAX_COLLECTION_BYTES) throw new ApkgError('the collection is larger than 200 MB');
  }
  return { entry, sqlite, mediaFiles };
}
