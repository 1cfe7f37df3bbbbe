/**
 * Browse's filters as SQL: a pure builder, so each filter can be tested on its own and the
 * repository only prepares and runs what it returns. Values always travel as parameters; the
 * SQL text varies only with which filters are present (a handful of shapes, each prepared once).
 */
import type { BrowseState } from '../../api/types';
import { SEARCH_FOLDS } from '../migrations/003-browse-indexes';

export interface BrowseFilter {
  text?: string;
  deckId?: string;
  tag?: string;
  state?: BrowseState;
}

export interface BrowseQuery {
  /** Conditions over `cards c` and, when `needsNote`, `notes n`. */
  where: string;
  params: Record<string, string | number>;
  /** The conditions read the note (text, tag): the count must join it too. */
  needsNote: boolean;
}

/** `%` and `_` are LIKE's wildcards and `\` our escape: a search for "50%" means those characters. */
export function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

const FOLD = new Map(SEARCH_FOLDS);

/** A query folded as notes.search_text is (same letters, same table), so accents and their case never decide a match. */
export function foldForSearch(text: string): string {
  return [...text].map((ch) => FOLD.get(ch) ?? ch).join('');
}

/*
 * A card's state, in the precedence a learner reads it: retired cards are gone from their deck,
 * a suspended card stays suspended whether or not it is also buried, a buried one is hidden
 * until `buried_until`, and the rest are new, re-drilled today (learning) or scheduled reviews.
 */
const SHOWN = `c.retired = 0 AND c.suspended = 0 AND (c.buried_until IS NULL OR c.buried_until <= @now)`;
export const STATE_CONDITIONS: Readonly<Record<BrowseState, string>> = {
  retired: 'c.retired = 1',
  suspended: 'c.retired = 0 AND c.suspended = 1',
  buried: 'c.retired = 0 AND c.suspended = 0 AND c.buried_until > @now',
  new: `${SHOWN} AND c.phase = 'new'`,
  learning: `${SHOWN} AND c.phase = 'review' AND c.redrill = 1`,
  review: `${SHOWN} AND c.phase = 'review' AND c.redrill = 0`,
};

/** The same rules as STATE_CONDITIONS, for one row already read. */
export function browseStateOf(
  card: { retired: boolean; suspended: boolean; buriedUntil: number | null; phase: 'new' | 'review'; redrill: boolean },
  now: number,
): BrowseState {
  if (card.retired) return 'retired';
  if (card.suspended) return 'suspended';
  if (card.buriedUntil !== null && card.buriedUntil > now) return 'buried';
  if (card.phase === 'new') return 'new';
  return card.redrill ? 'learning' : 'review';
}

export function buildBrowseQuery(filter: BrowseFilter, now: number): BrowseQuery {
  const conditions: string[] = [];
  const params: Record<string, string | number> = { now };
  let needsNote = false;
  conditions.push(filter.state ? STATE_CONDITIONS[filter.state] : 'c.retired = 0');
  if (filter.deckId !== undefined) {
    conditions.push('c.deck_id = @deckId');
    params.deckId = filter.deckId;
  }
  const text = filter.text?.trim() ?? '';
  if (text !== '') {
    params.text = `%${likeEscape(foldForSearch(text))}%`;
    // notes.search_text: the key and the text in effect, kept by triggers (migration 002).
    conditions.push(`n.search_text LIKE @text ESCAPE '\\'`);
    needsNote = true;
  }
  const tag = filter.tag?.trim() ?? '';
  if (tag !== '') {
    // notes.tags is a JSON array (or '' for none): a tag matches whole, never part of another.
    conditions.push(`EXISTS (SELECT 1 FROM json_each(CASE n.tags WHEN '' THEN '[]' ELSE n.tags END) t WHERE t.value = @tag)`);
    params.tag = tag;
    needsNote = true;
  }
  const where = conditions.join(' AND ');
  // Only the state filters read the clock; a parameter the SQL does not name is refused.
  if (!where.includes('@now')) delete params.now;
  return { where, params, needsNote };
}
