import type { Handlers } from '../dispatch';
import type { Services } from './services';

export function deckHandlers(s: Services): Pick<Handlers, 'decks:list'> {
  return {
    'decks:list': () => s.store.decks.list(),
  };
}
