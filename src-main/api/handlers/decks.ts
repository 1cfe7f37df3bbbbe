/**
 * Decks: the list, per-deck settings, and the user's own decks (create, rename, delete).
 *
 * Curated decks (shipped in decks/) cannot be deleted or renamed: they are loaded from their files
 * at every start, so a deleted one would come back with no history, and a new title would be
 * overwritten by the next version. To stop studying one, its limits go to 0 (the screen offers
 * "pause"): nothing is lost and it resumes where it was.
 */
import { deckIdFromTitle, uniqueAmong } from '../../deckio/ids';
import { startOfTomorrow } from '../../srs';
import type { DeckOverviewRow, DeckRow } from '../../store/repos/decks';
import type { Handlers } from '../dispatch';
import { AppError } from '../result';
import { contextOf } from '../review/session';
import type { DeckOverview, DeckSettings } from '../types';
import type { Services } from './services';

type DeckMethods = 'decks:list' | 'decks:overview' | 'decks:settings' | 'decks:set-settings' | 'decks:create' | 'decks:rename' | 'decks:delete';

export function settingsOf(row: DeckRow): DeckSettings {
  return { deckId: row.id, newPerDay: row.newPerDay, reviewsPerDay: row.reviewsPerDay, scheduler: row.scheduler };
}

function overviewOf(row: DeckOverviewRow): DeckOverview {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    lang: row.lang,
    version: row.version,
    origin: row.origin,
    noteCount: row.noteCount,
    cardCount: row.cardCount,
    new: row.newCount,
    due: row.dueCount,
    suspended: row.suspendedCount,
    retired: row.retiredCount,
    settings: settingsOf(row),
  };
}

export function deckOrThrow(s: Services, deckId: string): DeckRow {
  const deck = s.store.decks.get(deckId);
  if (!deck) throw new AppError('NOT_FOUND', `No deck "${deckId}"`);
  return deck;
}

/** Refuses a change curated decks do not take, saying why. */
export function assertOwnDeck(deck: DeckRow, what: string): void {
  if (deck.origin === 'curated') {
    throw new AppError('CONFLICT', `"${deck.title}" is a curated deck: it cannot be ${what}, because it is reloaded from the app's decks folder at every start. Set its limits to 0 to pause it.`);
  }
}

export function deckHandlers(s: Services): Pick<Handlers, DeckMethods> {
  function overview(deckId?: string): DeckOverview[] {
    const rows = s.store.decks.overview(startOfTomorrow(contextOf(s)));
    return rows.filter((r) => deckId === undefined || r.id === deckId).map(overviewOf);
  }
  function one(deckId: string): DeckOverview {
    const found = overview(deckId)[0];
    if (!found) throw new AppError('NOT_FOUND', `No deck "${deckId}"`);
    return found;
  }

  return {
    'decks:list': () => s.store.decks.list(),
    'decks:overview': () => overview(),

    'decks:settings': ({ deckId }) => settingsOf(deckOrThrow(s, deckId)),

    'decks:set-settings': ({ deckId, ...patch }) => {
      deckOrThrow(s, deckId);
      s.store.decks.setSettings(deckId, patch, s.now());
      return settingsOf(deckOrThrow(s, deckId));
    },

    'decks:create': ({ title, description, lang }) => {
      const id = uniqueAmong(deckIdFromTitle(title), new Set(s.store.decks.ids()));
      s.store.decks.create({ id, title, description, lang, origin: 'user' }, s.now());
      return one(id);
    },

    'decks:rename': ({ deckId, title, description }) => {
      assertOwnDeck(deckOrThrow(s, deckId), 'renamed');
      if (title === undefined && description === undefined) throw new AppError('INVALID_INPUT', 'decks:rename: give a title, a description or both');
      s.store.decks.editInfo(deckId, { ...(title !== undefined ? { title } : {}), ...(description !== undefined ? { description } : {}) }, s.now());
      return one(deckId);
    },

    'decks:delete': ({ deckId }) => {
      assertOwnDeck(deckOrThrow(s, deckId), 'deleted');
      const deleted = s.store.decks.remove(deckId);
      if (!deleted) throw new AppError('NOT_FOUND', `No deck "${deckId}"`);
      return { deckId, ...deleted };
    },
  };
}
