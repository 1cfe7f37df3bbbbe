import type { DeckSummary } from '../../api/types';
import { stateFromColumns, stateToColumns, type CardState, type CardStateColumns, type SchedulerId } from '../../srs';
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

/*
 * notes.tags holds a JSON array of strings: curated tags have spaces ("ciclo de vida"), so a
 * space-joined list would not read back. Rows written before held the tags joined by spaces;
 * migration 3 turned them into arrays of their words, and they are still read that way here.
 */
export function tagsColumn(tags: readonly string[]): string {
  return tags.length === 0 ? '' : JSON.stringify(tags);
}

export function tagsOfColumn(column: string): string[] {
  if (column === '') return [];
  if (column.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(column);
      if (Array.isArray(parsed) && parsed.every((t) => typeof t === 'string')) return parsed;
    } catch {
      // not JSON: a legacy space-joined list that happens to start with "["
    }
  }
  return column.split(' ').filter(Boolean);
}

export type DeckOrigin = DeckInput['origin'];

/** A deck's own row: what it is and how it is scheduled. */
export interface DeckRow {
  id: string;
  title: string;
  description: string;
  lang: string;
  version: number;
  origin: DeckOrigin;
  scheduler: SchedulerId;
  newPerDay: number;
  reviewsPerDay: number;
}

/** A deck with its card counts, for the Decks screen. */
export interface DeckOverviewRow extends DeckRow {
  noteCount: number;
  cardCount: number;
  /** Live, unsuspended cards never answered. */
  newCount: number;
  /** Live, unsuspended review cards due before the instant asked about. */
  dueCount: number;
  suspendedCount: number;
  /** Cards of notes removed from the deck file: hidden, history kept. */
  retiredCount: number;
}

export interface DeckSettingsPatch {
  newPerDay?: number;
  reviewsPerDay?: number;
  scheduler?: SchedulerId;
}

/** A live note as an export writes it: the text in effect (the user's edit wins) and its cards' states. */
export interface ExportNote {
  key: string;
  kind: NoteInput['kind'];
  content: Record<string, unknown>;
  tags: string[];
  cards: { ord: number; state: CardState; suspended: boolean }[];
}

/** A scheduling state to restore on import, by note key and card ord. */
export interface ImportedState {
  key: string;
  ord: number;
  state: CardState;
  suspended: boolean;
}

export interface DeletedDeck {
  notes: number;
  cards: number;
  reviews: number;
}

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

  const deckColumns = `d.id, d.title, d.description, d.lang, d.version, d.origin, d.scheduler,
    d.new_per_day AS newPerDay, d.reviews_per_day AS reviewsPerDay`;
  const getStmt = db.prepare(`SELECT ${deckColumns} FROM decks d WHERE d.id = ?`);
  const idsStmt = db.prepare('SELECT id FROM decks').pluck();
  const overviewStmt = db.prepare(`
    SELECT ${deckColumns},
      (SELECT count(*) FROM notes n WHERE n.deck_id = d.id AND n.retired = 0) AS noteCount,
      (SELECT count(*) FROM cards c WHERE c.deck_id = d.id AND c.retired = 0) AS cardCount,
      (SELECT count(*) FROM cards c WHERE c.deck_id = d.id AND c.retired = 0 AND c.suspended = 0 AND c.phase = 'new') AS newCount,
      (SELECT count(*) FROM cards c WHERE c.deck_id = d.id AND c.retired = 0 AND c.suspended = 0 AND c.phase = 'review' AND c.due < @before) AS dueCount,
      (SELECT count(*) FROM cards c WHERE c.deck_id = d.id AND c.retired = 0 AND c.suspended = 1) AS suspendedCount,
      (SELECT count(*) FROM cards c WHERE c.deck_id = d.id AND c.retired = 1) AS retiredCount
    FROM decks d ORDER BY d.position, d.title`);
  const setSettingsStmt = db.prepare(`
    UPDATE decks SET new_per_day = coalesce(@newPerDay, new_per_day), reviews_per_day = coalesce(@reviewsPerDay, reviews_per_day),
      scheduler = coalesce(@scheduler, scheduler), updated_at = @now
    WHERE id = @id`);
  const editInfoStmt = db.prepare(`
    UPDATE decks SET title = coalesce(@title, title), description = coalesce(@description, description), updated_at = @now
    WHERE id = @id`);
  const countsStmt = db.prepare(`
    SELECT (SELECT count(*) FROM notes WHERE deck_id = @id) AS notes,
      (SELECT count(*) FROM cards WHERE deck_id = @id) AS cards,
      (SELECT count(*) FROM review_log r JOIN cards c ON c.id = r.card_id WHERE c.deck_id = @id) AS reviews`);
  const deleteStmt = db.prepare('DELETE FROM decks WHERE id = ?');
  const exportNotesStmt = db.prepare(`
    SELECT n.id, n.key, n.kind, coalesce(n.user_content, n.content) AS content, n.tags
    FROM notes n WHERE n.deck_id = ? AND n.retired = 0 ORDER BY n.position`);
  const exportCardsStmt = db.prepare(`
    SELECT c.note_id AS noteId, c.ord, c.phase, c.reps, c.ef, c.interval_days, c.due, c.lapses, c.redrill, c.last_review,
      c.stability, c.difficulty, c.suspended
    FROM cards c WHERE c.deck_id = ? AND c.retired = 0 ORDER BY c.position, c.ord`);
  const nextPositionStmt = db.prepare('SELECT coalesce(max(position), -1) + 1 FROM notes WHERE deck_id = ?').pluck();
  const insertNote = db.prepare(`
    INSERT INTO notes (deck_id, key, kind, content, tags, position, retired, created_at, updated_at)
    VALUES (@deckId, @key, @kind, @content, @tags, @position, 0, @now, @now) RETURNING id`);
  const noteKeyTakenStmt = db.prepare('SELECT 1 FROM notes WHERE deck_id = ? AND key = ?').pluck();
  const cardIdStmt = db.prepare('SELECT c.id FROM cards c JOIN notes n ON n.id = c.note_id WHERE n.deck_id = ? AND n.key = ? AND c.ord = ? AND c.retired = 0').pluck();
  const writeStateStmt = db.prepare(`
    UPDATE cards SET phase = @phase, reps = @reps, ef = @ef, interval_days = @interval_days, due = @due, lapses = @lapses,
      redrill = @redrill, last_review = @last_review, stability = @stability, difficulty = @difficulty,
      suspended = @suspended, revision = revision + 1
    WHERE id = @id`);

  function sync(deck: DeckInput, now: number): SyncOutcome {
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
          tags: tagsColumn(note.tags),
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
  }

  return {
    list(): DeckSummary[] {
      return listStmt.all() as DeckSummary[];
    },

    /**
     * Adds a deck, or updates it when the file's version is newer than the stored one: content
     * changes, review history stays, cards gone from the file are retired (hidden, history kept).
     */
    sync(deck: DeckInput, now: number): SyncOutcome {
      return sync(deck, now);
    },

    get(id: string): DeckRow | undefined {
      return getStmt.get(id) as DeckRow | undefined;
    },

    ids(): string[] {
      return idsStmt.all() as string[];
    },

    /** Every deck in display order with its counts; `before` bounds "due" (the start of tomorrow). */
    overview(before: number): DeckOverviewRow[] {
      return overviewStmt.all({ before }) as DeckOverviewRow[];
    },

    /** Changes a deck's daily limits or scheduler; false when there is no such deck. */
    setSettings(id: string, patch: DeckSettingsPatch, now: number): boolean {
      return setSettingsStmt.run({ id, newPerDay: patch.newPerDay ?? null, reviewsPerDay: patch.reviewsPerDay ?? null, scheduler: patch.scheduler ?? null, now }).changes === 1;
    },

    /** A new empty deck (a user's own, or the shell of an import). */
    create(deck: Omit<DeckInput, 'notes' | 'version'> & { version?: number }, now: number): void {
      insertDeck.run({ id: deck.id, title: deck.title, description: deck.description, lang: deck.lang, version: deck.version ?? 1, origin: deck.origin, now });
    },

    editInfo(id: string, patch: { title?: string; description?: string }, now: number): boolean {
      return editInfoStmt.run({ id, title: patch.title ?? null, description: patch.description ?? null, now }).changes === 1;
    },

    /** Deletes a deck with its notes, cards and review history, in one transaction; null when absent. */
    remove(id: string): DeletedDeck | null {
      return db.transaction((): DeletedDeck | null => {
        if (!getStmt.get(id)) return null;
        const counts = countsStmt.get({ id }) as DeletedDeck;
        // notes, cards and review_log rows go with the deck through ON DELETE CASCADE.
        deleteStmt.run(id);
        return counts;
      })();
    },

    /** The live notes of a deck in deck order, each with its live cards' scheduling state. */
    exportNotes(id: string): ExportNote[] {
      const cards = new Map<number, ExportNote['cards']>();
      for (const raw of exportCardsStmt.all(id) as (CardStateColumns & { noteId: number; ord: number; suspended: number })[]) {
        const list = cards.get(raw.noteId) ?? [];
        list.push({ ord: raw.ord, state: stateFromColumns(raw), suspended: raw.suspended === 1 });
        cards.set(raw.noteId, list);
      }
      return (exportNotesStmt.all(id) as { id: number; key: string; kind: NoteInput['kind']; content: string; tags: string }[]).map((n) => ({
        key: n.key,
        kind: n.kind,
        content: JSON.parse(n.content) as Record<string, unknown>,
        tags: tagsOfColumn(n.tags),
        cards: (cards.get(n.id) ?? []).sort((a, b) => a.ord - b.ord),
      }));
    },

    hasNote(deckId: string, key: string): boolean {
      return noteKeyTakenStmt.get(deckId, key) !== undefined;
    },

    /** Appends a note (and the cards it yields) at the end of a deck, in one transaction. */
    addNote(deckId: string, note: NoteInput, now: number): void {
      db.transaction(() => {
        const position = nextPositionStmt.get(deckId) as number;
        const { id } = insertNote.get({ deckId, key: note.key, kind: note.kind, content: JSON.stringify(note.content), tags: tagsColumn(note.tags), position, now }) as { id: number };
        for (const ord of note.ords) insertCard.run(id, ord, deckId, position, note.kind);
      })();
    },

    /**
     * An import, all or nothing: the deck is added or updated by the loader's rules (sync), then
     * the given scheduling states are written over its cards. Any failure rolls everything back.
     */
    importDeck(deck: DeckInput, states: readonly ImportedState[], now: number): { outcome: SyncOutcome; restored: number } {
      return db.transaction(() => {
        const outcome = sync(deck, now);
        let restored = 0;
        for (const s of states) {
          const cardId = cardIdStmt.get(deck.id, s.key, s.ord) as number | undefined;
          if (cardId === undefined) throw new Error(`card "${s.key}" has no card ${s.ord} to restore a schedule to`);
          writeStateStmt.run({ ...stateToColumns(s.state), suspended: s.suspended ? 1 : 0, id: cardId });
          restored += 1;
        }
        return { outcome, restored };
      })();
    },
  };
}

export type DecksRepo = ReturnType<typeof createDecksRepo>;
