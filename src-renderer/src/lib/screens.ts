/** The app's screens, in navigation order; the URL hash names the current one (#/today, #/review/<deck>). */
export const SCREENS = ['today', 'review', 'drill', 'decks', 'browse', 'stats', 'settings'] as const;
export type Screen = (typeof SCREENS)[number];

export interface Route {
  screen: Screen;
  /** #/review/<deck id>: review one deck only. */
  deckId?: string;
}

export function routeFromHash(hash: string): Route {
  const [name = '', param] = hash.replace(/^#\/?/, '').split('/');
  const screen = (SCREENS as readonly string[]).includes(name) ? (name as Screen) : 'today';
  return screen === 'review' && param ? { screen, deckId: decodeURIComponent(param) } : { screen };
}

export function reviewHash(deckId?: string): string {
  return deckId ? `#/review/${encodeURIComponent(deckId)}` : '#/review';
}
