import type { NoteView } from '../../api/types';
import type { Db } from '../database';

interface RawNote {
  deck_id: string;
  key: string;
  kind: string;
  content: string;
  user_content: string | null;
  update_offered: number;
}

export function createNotesRepo(db: Db) {
  const getStmt = db.prepare('SELECT deck_id, key, kind, content, user_content, update_offered FROM notes WHERE deck_id = ? AND key = ?');
  const editStmt = db.prepare('UPDATE notes SET user_content = ?, update_offered = 0, updated_at = ? WHERE deck_id = ? AND key = ?');
  const takeDeckStmt = db.prepare('UPDATE notes SET user_content = NULL, update_offered = 0, updated_at = ? WHERE deck_id = ? AND key = ?');
  const keepMineStmt = db.prepare('UPDATE notes SET update_offered = 0, updated_at = ? WHERE deck_id = ? AND key = ?');

  function get(deckId: string, key: string): NoteView | undefined {
    const raw = getStmt.get(deckId, key) as RawNote | undefined;
    if (!raw) return undefined;
    const deckContent: unknown = JSON.parse(raw.content);
    return {
      deckId: raw.deck_id,
      key: raw.key,
      kind: raw.kind,
      content: raw.user_content === null ? deckContent : JSON.parse(raw.user_content),
      deckContent,
      edited: raw.user_content !== null,
      updateOffered: raw.update_offered === 1,
    };
  }

  return {
    get,
    /** Stores the user's text for a card; it wins over the deck file's from now on. */
    edit(deckId: string, key: string, content: unknown, now: number): boolean {
      return editStmt.run(JSON.stringify(content), now, deckId, key).changes === 1;
    },
    /** Settles an offered update: take the deck's newer text (dropping the edit) or keep the user's. */
    resolveUpdate(deckId: string, key: string, take: 'deck' | 'mine', now: number): boolean {
      const stmt = take === 'deck' ? takeDeckStmt : keepMineStmt;
      return stmt.run(now, deckId, key).changes === 1;
    },
  };
}

export type NotesRepo = ReturnType<typeof createNotesRepo>;
