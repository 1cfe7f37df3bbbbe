import { search } from '../browse/search';
import type { Handlers } from '../dispatch';
import type { Services } from './services';

export function browseHandlers(s: Services): Pick<Handlers, 'browse:search' | 'browse:tags'> {
  return {
    'browse:search': (input) => search(s, input),
    'browse:tags': () => s.store.browse.tags(),
  };
}
