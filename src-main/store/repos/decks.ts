import type { DeckSummary } from '../../api/types';
import type { Db } from '../database';

/** A deck as the loader hands it to the store: content only, no scheduling. */
export interface DeckInput {
  id: string;
  title: string;
  description: string;
  lang: string;
  version: number;
  origin: 'curated' | 'user' | 'import';
  notes: NoteInput[];
}

export interface NoteInput {
  /** The card id in the deck file; stable across versions. */
  key: string;
  kind: 'basic' | 'cloze' | 'choice' | 'type' | 'command';
  /** The card definition as the file states it (JSON-serializable). */
  content: unknown;
  tags: string[];
  /** The reviewable cards this note yields: 0 = front, 1 = reversed twin, N = cloze number N. */
  ords: number[];
}

export type SyncOutcome = 'added' | 'updated' | 'unchanged';

export function createDecksRepo(db: Db) {
  const listStmt = db.prepare(`
    SELECT d.id, d.title, d.description, d.lang,
      (SELECT count(*) FROM notes n WHERE n.deck_id = d.id AND n.retired = 0) AS noteCount,
      (SELECT count(*) FROM cards c WHERE c.deck_id = d.id AND c.retired = 0) AS cardCount
    FROM decks d ORDER BY d.position, d.title`);
  const versionStmt = db.prepare('SELECT version FROM decks WHERE id = ?');
  const insertDeck = db.prepare(`
    INSERT INTO decks (id, title, description, lang, version, origin, position, created_at, updated_at)
    VALUES (@id, @title, @description, @lang, @version, @origin,
            (SELECT coalesce(max(position), -1) + 1 FROM decks), @now, @now)`);
  const updateDeck = db.prepare(`
    UPDATE decks SET title = @title, description = @description, lang = @lang, version = @version, updated_at = @now
    WHERE id = @id`);
  const upsertNote = db.prepare(`
    INSERT INTO notes (deck_id, key, kind, content, tags, position, retired, created_at, updated_at)
    VALUES (@deckId, @key, @kind, @content, @tags, @position, 0, @now, @now)
    ON CONFLICT (deck_id, key) DO UPDATE SET
      -- A card the user edited keeps the user's text; a newer deck text is offered, not forced.
      update_offered = CASE WHEN user_content IS NOT NULL AND content <> excluded.content THEN 1 ELSE update_offered END,
      kind = excluded.kind, content = excluded.content, tags = excluded.tags,
      position = excluded.position, retired = 0, updated_at = excluded.updated_at
    RETURNING id`);
  const insertCard = db.prepare(`
    INSERT INTO cards (note_id, ord, deck_id, position, kind) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (note_id, ord) DO UPDATE SET retired = 0, position = excluded.position, kind = excluded.kind`);
  const retireOtherCards = db.prepare(
    'UPDATE cards SET retired = 1 WHERE note_id = ? AND ord NOT IN (SELECT value FROM json_each(?))',
  );
  const retireMissingNotes = db.prepare(
    'UPDATE notes SET retired = 1, updated_at = ? WHERE deck_id = ? AND key NOT IN (SELECT value FROM json_each(?))',
  );
  // A retired note's cards are retired with it, so counting a deck's live cards needs no join.
  const retireCardsOfRetiredNotes = db.prepare(
    'UPDATE cards SET retired = 1 WHERE deck_id = ? AND retired = 0 AND note_id IN (SELECT id FROM notes WHERE deck_id = ? AND retired = 1)',
  );

  return {
    list(): DeckSummary[] {
      return listStmt.all() as DeckSummary[];
    },

    /**
     * Adds a deck, or updates it when the file's version is newer than the stored one: content
     * changes, review history stays, cards gone from the file are retired (hidden, history kept).
     */
    sync(deck: DeckInput, now: number): SyncOutcome {
      return db.transaction((): SyncOutcome => {
        const stored = versionStmt.get(deck.id) as { version: number } | undefined;
        if (stored && stored.version >= deck.version) return 'unchanged';
        const row = { id: deck.id, title: deck.title, description: deck.description, lang: deck.lang, version: deck.version, origin: deck.origin, now };
        if (stored) updateDeck.run(row);
        else insertDeck.run(row);
        deck.notes.forEach((note, position) => {
          const { id } = upsertNote.get({
            deckId: deck.id,
            key: note.key,
            kind: note.kind,
            content: JSON.stringify(note.content),
            tags: note.tags.join(' '),
            position,
            now,
          }) as { id: number };
          for (const ord of note.ords) insertCard.run(id, ord, deck.id, position, note.kind);
          retireOtherCards.run(id, JSON.stringify(note.ords));
        });
        retireMissingNotes.run(now, deck.id, JSON.stringify(deck.notes.map((n) => n.key)));
        retireCardsOfRetiredNotes.run(deck.id, deck.id);
        return stored ? 'updated' : 'added';
      })();
    },
  };
}

export type DecksRepo = ReturnType<typeof createDecksRepo>;
