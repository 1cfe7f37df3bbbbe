import { randomUUID } from 'node:crypto';
import type { Handlers } from '../dispatch';
import { AppError } from '../result';
import { stateToken } from '../review/token';
import { DrillError, DrillService, type DrillStore } from '../../drills';
import type { Services } from './services';

type DrillMethods = 'drill:list' | 'drill:start' | 'drill:run' | 'drill:choose' | 'drill:complete' | 'drill:hint' | 'drill:reveal' | 'drill:reset' | 'drill:end';

/** The store seen as the drill service needs it. */
function drillStore(s: Services): DrillStore {
  return {
    decks: () => s.store.decks.list().map((d) => ({ id: d.id, title: d.title })),
    commandCards: (deckId) => s.store.cards.listByDeck(deckId).filter((c) => c.kind === 'command').map((c) => ({ cardId: c.id, key: c.noteKey })),
    card: (cardId) => {
      const row = s.store.review.card(cardId);
      return row && { deckId: row.deckId, content: s.store.review.note(row.noteId)?.content, token: stateToken(row.state) };
    },
  };
}

/** DrillError → the API's error codes (handlers raise AppError; the dispatcher makes it a Result). */
function guarded<I, O>(fn: (input: I) => O): (input: I) => O {
  return (input) => {
    try {
      return fn(input);
    } catch (e) {
      if (e instanceof DrillError) throw new AppError(e.code, e.message);
      throw e;
    }
  };
}

export function drillHandlers(s: Services): Pick<Handlers, DrillMethods> {
  const noScenarios = () => {
    throw new DrillError('NOT_FOUND', 'No decks folder: scenarios cannot be loaded');
  };
  const service = new DrillService(drillStore(s), s.scenarios ?? noScenarios, randomUUID, s.now);
  return {
    'drill:list': guarded(() => service.list()),
    'drill:start': guarded((i) => service.start(i.cardId)),
    'drill:run': guarded((i) => service.run(i.sessionId, i.line, i.locale)),
    'drill:choose': guarded((i) => service.choose(i.sessionId, i.index)),
    'drill:complete': guarded((i) => service.complete(i.sessionId, i.line)),
    'drill:hint': guarded((i) => service.hint(i.sessionId)),
    'drill:reveal': guarded((i) => service.reveal(i.sessionId)),
    'drill:reset': guarded((i) => service.reset(i.sessionId)),
    'drill:end': guarded((i) => service.end(i.sessionId)),
  };
}
