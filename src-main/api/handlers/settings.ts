import type { Handlers } from '../dispatch';
import type { Services } from './services';

export function settingsHandlers(s: Services): Pick<Handlers, 'settings:get' | 'settings:set'> {
  return {
    'settings:get': () => s.store.settings.get(),
    'settings:set': (patch) => s.store.settings.set(patch),
  };
}
