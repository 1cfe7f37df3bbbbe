/** The store: one open database and the repositories over it — the only SQL in the code base. */
import { openDatabase, type OpenOptions, type Db } from './database';
import { readAnkiCollection } from './anki-collection';
import { writeAnkiCollection } from './anki-writer';
import type { AnkiExport } from '../deckio/apkg-export';
import { startIdleCheckpoints } from './checkpoint';
import { writeCopy } from './backups';
import { createBrowseRepo } from './repos/browse';
import { createCardsRepo } from './repos/cards';
import { createDecksRepo } from './repos/decks';
import { createNotesRepo } from './repos/notes';
import { createReviewRepo } from './repos/review';
import { createSettingsRepo } from './repos/settings';
import { createStatsRepo } from './repos/stats';

export function openStore(options: OpenOptions) {
  const db: Db = openDatabase(options);
  const checkpoints = startIdleCheckpoints(db);
  return {
    file: options.file,
    decks: createDecksRepo(db),
    cards: createCardsRepo(db),
    notes: createNotesRepo(db),
    settings: createSettingsRepo(db),
    review: createReviewRepo(db),
    stats: createStatsRepo(db),
    browse: createBrowseRepo(db),
    /** Reads an Anki collection's SQLite bytes (from an .apkg) through a private temporary copy. */
    readAnkiCollection: (sqlite: Uint8Array) => readAnkiCollection(sqlite, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    /** Writes a legacy Anki collection (collection.anki2) for an .apkg export; returns its bytes. */
    writeAnkiCollection: (data: AnkiExport) => writeAnkiCollection(data, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    /** Copies the write-ahead log into the database now (a timer does it every few seconds). */
    checkpoint: () => checkpoints.tick(),
    /** A consistent copy named `name` in `backups/` (store/backups.ts writeCopy); returns its path. */
    writeBackup: (name: string) => writeCopy(db, options.file, name),
    /** A consistent, compact copy of the database at `target` (which must not exist). */
    vacuumInto: (target: string) => db.exec(`VACUUM INTO '${target.replace(/'/g, "''")}'`),
    close(): void {
      checkpoints.stop();
      db.close();
    },
  };
}

export type Store = ReturnType<typeof openStore>;
export { StoreError } from './errors';
export { DATABASE_FILE_NAME } from './database';
