import type { Db } from '../database';

export interface CardRow {
  id: number;
  noteKey: string;
  ord: number;
  kind: string;
  phase: string;
  due: number | null;
  suspended: number;
}

export function createCardsRepo(db: Db) {
  const byDeck = db.prepare(`
    SELECT c.id, n.key AS noteKey, c.ord, n.kind, c.phase, c.due, c.suspended
    FROM cards c JOIN notes n ON n.id = c.note_id
    WHERE n.deck_id = ? AND n.retired = 0 AND c.retired = 0
    ORDER BY n.position, c.ord`);
  return {
    /** The live cards of a deck, in deck order. */
    listByDeck(deckId: string): CardRow[] {
      return byDeck.all(deckId) as CardRow[];
    },
  };
}

export type CardsRepo = ReturnType<typeof createCardsRepo>;
