/**
 * Browse's reads: one page of cards matching the filters (LIMIT/OFFSET in SQL, in deck order)
 * and the total; every tag in use. Rows carry the note text; the handler summarizes it.
 */
import type { BrowseState } from '../../api/types';
import type { Db } from '../database';
import { browseStateOf, buildBrowseQuery, type BrowseFilter } from './browse-query';
import type { QueuedNoteKind } from './review';
import { tagsOfColumn } from './decks';

export interface BrowseCardRow {
  cardId: number;
  deckId: string;
  deckTitle: string;
  noteKey: string;
  ord: number;
  kind: QueuedNoteKind;
  /** The note's text in effect (the user's edit, else the deck's). */
  content: unknown;
  tags: string[];
  state: BrowseState;
  due: number | null;
  phase: 'new' | 'review';
  intervalDays: number;
  /** Thousandths, as stored (2500 = 2.5). */
  efMilli: number;
  reviews: number;
  lapses: number;
  edited: boolean;
  updateOffered: boolean;
}

type Raw = {
  cardId: number;
  deckId: string;
  deckTitle: string;
  noteKey: string;
  ord: number;
  kind: QueuedNoteKind;
  content: string;
  tags: string;
  phase: 'new' | 'review';
  redrill: number;
  suspended: number;
  buriedUntil: number | null;
  retired: number;
  due: number | null;
  intervalDays: number;
  ef: number;
  lapses: number;
  edited: number;
  updateOffered: number;
  reviews: number;
};

const PAGE_COLUMNS = `c.id AS cardId, c.deck_id AS deckId, d.title AS deckTitle, n.key AS noteKey, c.ord, c.kind,
  coalesce(n.user_content, n.content) AS content, n.tags, c.phase, c.redrill, c.suspended, c.buried_until AS buriedUntil,
  c.retired, c.due, c.interval_days AS intervalDays, c.ef, c.lapses,
  n.user_content IS NOT NULL AS edited, n.update_offered AS updateOffered,
  (SELECT count(*) FROM review_log r WHERE r.card_id = c.id) AS reviews`;

/** Decks as listed (decks:list), then each deck file's order; covered by cards_browse_order. */
const ORDER = 'd.position, d.id, c.position, c.ord';

export function createBrowseRepo(db: Db) {
  // The SQL varies only with which filters are present: prepare each shape once.
  const prepared = new Map<string, ReturnType<Db['prepare']>>();
  function statement(sql: string): ReturnType<Db['prepare']> {
    let stmt = prepared.get(sql);
    if (!stmt) {
      stmt = db.prepare(sql);
      prepared.set(sql, stmt);
    }
    return stmt;
  }
  const tagsStmt = db.prepare(`SELECT DISTINCT tags FROM notes WHERE retired = 0 AND tags <> ''`).pluck();

  return {
    /** Cards matching `filter`, in deck order (decks as listed, then the deck file's order), one page. */
    search(filter: BrowseFilter, page: { limit: number; offset: number }, now: number): { rows: BrowseCardRow[]; total: number } {
      const q = buildBrowseQuery(filter, now);
      const noteJoin = q.needsNote ? 'JOIN notes n ON n.id = c.note_id' : '';
      // One read transaction: the page and the total see the same snapshot.
      return db.transaction(() => {
        const total = statement(`SELECT count(*) FROM cards c ${noteJoin} WHERE ${q.where}`).pluck().get(q.params) as number;
        // The page's ids first, from the indexes alone: decks in order (CROSS JOIN fixes that
        // loop order; decks_order is unique, so SQLite knows no sort is needed), then each deck's
        // cards from cards_browse_order. A deep OFFSET skips index entries, not sorted rows.
        // Then only the page's rows are read in full, the review count included; CROSS JOIN again
        // keeps the page outermost (left free, SQLite may scan every card and probe the page).
        const raws = statement(`
          SELECT ${PAGE_COLUMNS}
          FROM (SELECT c.id FROM decks d CROSS JOIN cards c ${noteJoin}
                WHERE c.deck_id = d.id AND ${q.where} ORDER BY ${ORDER} LIMIT @limit OFFSET @offset) page
          CROSS JOIN cards c ON c.id = page.id JOIN notes n ON n.id = c.note_id JOIN decks d ON d.id = c.deck_id
          ORDER BY ${ORDER}`).all({ ...q.params, limit: page.limit, offset: page.offset }) as Raw[];
        return { total, rows: raws.map((r) => toRow(r, now)) };
      })();
    },
    /** Every tag on a live note, sorted. */
    tags(): string[] {
      const all = new Set<string>();
      for (const column of tagsStmt.all() as string[]) for (const tag of tagsOfColumn(column)) all.add(tag);
      return [...all].sort((a, b) => a.localeCompare(b));
    },
  };
}

function toRow(r: Raw, now: number): BrowseCardRow {
  return {
    cardId: r.cardId,
    deckId: r.deckId,
    deckTitle: r.deckTitle,
    noteKey: r.noteKey,
    ord: r.ord,
    kind: r.kind,
    content: JSON.parse(r.content) as unknown,
    tags: tagsOfColumn(r.tags),
    state: browseStateOf(
      { retired: r.retired === 1, suspended: r.suspended === 1, buriedUntil: r.buriedUntil, phase: r.phase, redrill: r.redrill === 1 },
      now,
    ),
    due: r.due,
    phase: r.phase,
    intervalDays: r.intervalDays,
    efMilli: r.ef,
    reviews: r.reviews,
    lapses: r.lapses,
    edited: r.edited === 1,
    updateOffered: r.updateOffered === 1,
  };
}

export type BrowseRepo = ReturnType<typeof createBrowseRepo>;
