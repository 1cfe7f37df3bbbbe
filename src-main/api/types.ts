/** Values that cross the API boundary. Plain data only: they travel as JSON or structured clones. */

export type Language = 'es' | 'en';

export interface AppInfo {
  version: string;
  mode: 'electron' | 'web' | 'test';
  dataDir: string;
  databaseFile: string;
  /** The OS locale the main process sees, e.g. "es-ES"; the renderer decides the UI language. */
  systemLocale: string;
}

export interface DeckSummary {
  id: string;
  title: string;
  description: string;
  lang: string;
  /** Reviewable cards (a reversed twin or each cloze counts once), retired ones excluded. */
  cardCount: number;
  /** Card definitions in the deck file (notes), retired ones excluded. */
  noteCount: number;
}

export interface Settings {
  language: 'auto' | Language;
  theme: 'auto' | 'light' | 'dark';
  /** Hour (0–23, local time) at which a new review day starts. */
  dayStartHour: number;
}
