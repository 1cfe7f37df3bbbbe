/**
 * Schema v3: what Browse needs to stay fast on a large collection.
 *
 * - `notes.search_text`: the note's words as plain text (its key and every text value of the
 *   content in effect, the user's edit or else the deck's; Spanish accents folded), kept by triggers, so a text search
 *   is one LIKE over a short column instead of a JSON walk per row (about 9x less CPU on
 *   100,000 cards). The fixed vocabulary (kind, scenario id, check mode) is left out, so
 *   searching "basic" finds cards that say it, not every basic card.
 * - `decks_order` (unique, so the planner knows each deck is one group) and `cards_browse_order`:
 *   the table's order (decks as listed, then the deck file's order) straight from indexes, so a
 *   page needs no sort and a deep OFFSET skips index entries (page 1,000 of 100,000 cards: ~1 ms
 *   for the ids instead of ~30 ms sorting them).
 */
/**
 * Letters stored folded in search_text, so "configuracion" finds "configuración" and "QUÉ"
 * finds "qué" (LIKE folds ASCII case only, and SQLite has no Unicode lower() without ICU).
 * The search folds its query with the same table (browse-query.ts `foldForSearch`).
 */
export const SEARCH_FOLDS: readonly (readonly [string, string])[] = [
  ['á', 'a'], ['é', 'e'], ['í', 'i'], ['ó', 'o'], ['ú', 'u'], ['ü', 'u'], ['ñ', 'n'],
  ['Á', 'a'], ['É', 'e'], ['Í', 'i'], ['Ó', 'o'], ['Ú', 'u'], ['Ü', 'u'], ['Ñ', 'n'],
];

function folded(sql: string): string {
  return SEARCH_FOLDS.reduce((inner, [from, to]) => `replace(${inner}, '${from}', '${to}')`, sql);
}

const NOTE_WORDS = (row: 'NEW' | 'notes') =>
  folded(`${row}.key || ' ' || coalesce((
    SELECT group_concat(j.atom, ' ') FROM json_tree(coalesce(${row}.user_content, ${row}.content)) j
    WHERE j.type = 'text' AND j.key NOT IN ('kind', 'scenario', 'check')), '')`);

export const browseIndexes = `
ALTER TABLE notes ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
UPDATE notes SET search_text = ${NOTE_WORDS('notes')};

CREATE TRIGGER notes_search_text_insert AFTER INSERT ON notes BEGIN
  UPDATE notes SET search_text = ${NOTE_WORDS('NEW')} WHERE id = NEW.id;
END;
-- A deck sync rewrites every note of a newer version; only the ones whose text changed are redone.
CREATE TRIGGER notes_search_text_update AFTER UPDATE OF key, content, user_content ON notes
WHEN NEW.key IS NOT OLD.key OR NEW.content IS NOT OLD.content OR NEW.user_content IS NOT OLD.user_content BEGIN
  UPDATE notes SET search_text = ${NOTE_WORDS('NEW')} WHERE id = NEW.id;
END;

-- Tags were stored joined by spaces, which split tags such as "ciclo de vida"; they are now a JSON
-- array of strings (store/repos/decks.ts tagsColumn). Rows written before are turned into arrays
-- of their words, which is how they were read.
UPDATE notes SET tags = (
  WITH RECURSIVE split(word, rest) AS (
    SELECT '', notes.tags || ' '
    UNION ALL
    SELECT substr(rest, 1, instr(rest, ' ') - 1), substr(rest, instr(rest, ' ') + 1) FROM split WHERE rest <> ''
  )
  SELECT json_group_array(word) FROM split WHERE word <> ''
) WHERE tags <> '' AND substr(tags, 1, 1) <> '[';

CREATE INDEX cards_browse_order ON cards (deck_id, position, ord) WHERE retired = 0;
CREATE UNIQUE INDEX decks_order ON decks (position, id);
`;
