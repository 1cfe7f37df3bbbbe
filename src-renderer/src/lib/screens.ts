/** The app's screens, in navigation order; the URL hash names the current one (#/today). */
export const SCREENS = ['today', 'review', 'drill', 'decks', 'browse', 'stats', 'settings'] as const;
export type Screen = (typeof SCREENS)[number];

export function screenFromHash(hash: string): Screen {
  const name = hash.replace(/^#\/?/, '');
  return (SCREENS as readonly string[]).includes(name) ? (name as Screen) : 'today';
}
