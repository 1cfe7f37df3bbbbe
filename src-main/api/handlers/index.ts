import type { Handlers } from '../dispatch';
import { appHandlers } from './app';
import { browseHandlers } from './browse';
import { deckHandlers } from './decks';
import { deckIoHandlers } from './deck-io';
import { drillHandlers } from './drills';
import { noteHandlers } from './notes';
import { reviewHandlers } from './review';
import { settingsHandlers } from './settings';
import { statsHandlers } from './stats';
import { backupHandlers } from './backup';
import type { Services } from './services';

export type { Services } from './services';

/** Every method of the contract, one namespace per file. The type fails to check if one is missing. */
export function createHandlers(s: Services): Handlers {
  return {
    ...appHandlers(s),
    ...deckHandlers(s),
    ...settingsHandlers(s),
    ...reviewHandlers(s),
    ...drillHandlers(s),
    ...noteHandlers(s),
    ...deckIoHandlers(s),
    ...statsHandlers(s),
    ...browseHandlers(s),
    ...backupHandlers(s),
  };
}
