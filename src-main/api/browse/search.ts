/** Browse as the API offers it: the store's page of rows, summarized and labelled for the table. */
import type { Locale } from '../../srs';
import type { Services } from '../handlers/services';
import { contextOf } from '../review/session';
import type { BrowsePage, BrowseState } from '../types';
import { dueLabel } from './due-label';
import { cardSummary } from './summary';

export interface SearchInput {
  text?: string;
  deckId?: string;
  tag?: string;
  state?: BrowseState;
  limit: number;
  offset: number;
  locale: Locale;
}

export function search(s: Services, input: SearchInput): BrowsePage {
  const ctx = contextOf(s);
  const { text, deckId, tag, state } = input;
  const { rows, total } = s.store.browse.search(
    { ...(text !== undefined ? { text } : {}), ...(deckId ? { deckId } : {}), ...(tag ? { tag } : {}), ...(state ? { state } : {}) },
    { limit: input.limit, offset: input.offset },
    ctx.now,
  );
  return {
    total,
    offset: input.offset,
    limit: input.limit,
    rows: rows.map((r) => ({
      cardId: r.cardId,
      deckId: r.deckId,
      deckTitle: r.deckTitle,
      noteKey: r.noteKey,
      ord: r.ord,
      kind: r.kind,
      summary: cardSummary(r.content, r.kind, r.ord),
      tags: r.tags,
      state: r.state,
      due: r.phase === 'new' ? '' : dueLabel(r.due, ctx, input.locale),
      dueAt: r.phase === 'new' ? null : r.due,
      intervalDays: r.intervalDays,
      ef: r.efMilli / 1000,
      reviews: r.reviews,
      lapses: r.lapses,
      edited: r.edited,
      updateOffered: r.updateOffered,
    })),
  };
}
