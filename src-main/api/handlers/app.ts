import type { Handlers } from '../dispatch';
import type { Services } from './services';

export function appHandlers(s: Services): Pick<Handlers, 'app:info'> {
  return {
    'app:info': () => s.info,
  };
}
