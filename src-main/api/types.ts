/** Values that cross the API boundary. Plain data only: they travel as JSON or structured clones. */
import type { CommandCardContent } from '../drills/review-content';
import type { ExchangeCard } from '../decks/schema';

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
  /** Type-in answers: "Kubectl" counts as "kubectl". */
  typeIgnoreCase: boolean;
  /** Type-in answers: "configuracion" counts as "configuración". */
  typeIgnoreAccents: boolean;
  /**
   * New cards per review day across all decks, on top of each deck's own limit: with the
   * curated decks' 20 each, day one would bring almost 300. Shared out among decks in turn.
   */
  newPerDayAll: number;
}

/*
 * The daily review. The renderer shows what these values say and never computes an interval:
 * button labels, progress and "next due" come from main, already localized.
 */

export type QueueKind = 'new' | 'review' | 'redrill';
export type AnswerButton = 'again' | 'hard' | 'good' | 'easy';
/** A card kind the review screen shows (a command drill runs its terminal through `drill:*`). */
export type ReviewCardKind = 'basic' | 'cloze' | 'choice' | 'type' | 'command';

/** A run of a cloze card (src-main/cards renderCloze): Markdown text, `blank`/`answer` to highlight. */
export interface ClozeRun {
  kind: 'plain' | 'blank' | 'answer' | 'other';
  text: string;
}

/** A card's content, ready to show: Markdown strings (sanitized by the renderer) and runs. */
export type CardContent =
  | {
      kind: 'basic';
      /** The side asked (the back for a reversed twin). */
      front: string;
      back: string;
      /** True for the reversed twin (back → front). */
      reversed: boolean;
      extra?: string;
    }
  | { kind: 'cloze'; front: ClozeRun[]; back: ClozeRun[]; extra?: string }
  | {
      kind: 'choice';
      question: string;
      /** In display order (shuffled per review, stable across reloads). */
      options: string[];
      /** More than one option is correct: show checkboxes. */
      multiple: boolean;
    }
  | { kind: 'type'; front: string }
  /** A command drill: the task; the terminal and the check go through `drill:start` with the card id. */
  | CommandCardContent;

export interface ButtonInfo {
  button: AnswerButton;
  /** SuperMemo quality this button records (Again 1, Hard 3, Good 4, Easy 5). */
  q: number;
  /** When the card would be seen again: "10 min", "6 d", "2,1 meses". */
  label: string;
}

export interface ReviewCard {
  cardId: number;
  deckId: string;
  deckTitle: string;
  queueKind: QueueKind;
  /** The card's scheduling state as read, opaque: the answer must carry it back (stale check). */
  token: string;
  content: CardContent;
  buttons: ButtonInfo[];
  /** The card's note (its id in the deck file): what `notes:*` edit. */
  noteKey: string;
  /** The user edited the note: the text shown is theirs, not the deck file's. */
  edited: boolean;
  /** The deck brought a newer text for an edited note: offered, not forced (`notes:resolve-update`). */
  updateOffered: boolean;
}

/** The current card re-read after its note changed: the same card, new text, same position and token. */
export type ReviewCardText = Pick<ReviewCard, 'cardId' | 'content' | 'noteKey' | 'edited' | 'updateOffered'>;

export interface ReviewProgress {
  /** Cards left today (shown now or later today), the current one included. */
  left: number;
  new: number;
  review: number;
  learning: number;
  /** Answers given today (all decks). */
  answeredToday: number;
}

/** When the next cards are due after today's are done. */
export interface NextDue {
  /** ms since epoch */
  at: number;
  /** "10 min", "1 d": how long from now, localized. */
  in: string;
}

export interface ReviewNext {
  card: ReviewCard | null;
  progress: ReviewProgress;
  /** Set when `card` is null, or the only cards left wait for later. */
  nextDue: NextDue | null;
}

export type OptionVerdict = 'chosen' | 'missed' | 'wrong' | 'ignored';

/** The result of checking a choice or type-in answer; `q` is the suggested grade (4 or 1). */
export type CheckResult =
  | {
      kind: 'choice';
      correct: boolean;
      q: number;
      /** One verdict per option, in display order. */
      verdicts: OptionVerdict[];
      explanation?: string;
      extra?: string;
    }
  | {
      kind: 'type';
      correct: boolean;
      q: number;
      typed: { text: string; kind: 'good' | 'bad' }[];
      expected: { text: string; kind: 'good' | 'missing' }[];
      answer: string;
      extra?: string;
    };

export interface AnswerResult {
  cardId: number;
  q: number;
  kind: QueueKind;
}

export interface UndoResult {
  /** The card whose answer was undone: show it again. */
  cardId: number;
}

export interface TodayDeck extends DeckSummary {
  due: number;
  new: number;
  learning: number;
}

export interface TodaySummary {
  decks: TodayDeck[];
  total: { due: number; new: number; learning: number };
  /** Consecutive review days with every due card done, ending today (or yesterday). */
  streak: number;
  answeredToday: number;
  nextDue: NextDue | null;
}

/** A card definition as an editor shows it: the text in effect, the deck's own, and whether a newer deck text is offered. */
export interface NoteView {
  deckId: string;
  key: string;
  kind: string;
  /** The text in effect: the user's edit, else the deck file's. */
  content: unknown;
  /** The deck file's current text. */
  deckContent: unknown;
  edited: boolean;
  /** The deck was updated after the user edited this card: its newer text is offered, not forced. */
  updateOffered: boolean;
}

/* Decks screen: settings, user decks, import and export (src-main/api/handlers/decks.ts, deck-io.ts). */

/** curated: shipped in decks/, updated from there; user: created in the app; import: read from a file. */
export type DeckOrigin = 'curated' | 'user' | 'import';
export type DeckScheduler = 'sm2' | 'fsrs';

export interface DeckSettings {
  deckId: string;
  /** New cards introduced per review day (0 pauses new cards). */
  newPerDay: number;
  /** Reviews shown per review day (0 pauses reviews). */
  reviewsPerDay: number;
  scheduler: DeckScheduler;
}

export interface DeckOverview {
  id: string;
  title: string;
  description: string;
  lang: string;
  version: number;
  origin: DeckOrigin;
  noteCount: number;
  /** Reviewable live cards. */
  cardCount: number;
  /** Never answered (live, not suspended). */
  new: number;
  /** Review cards due today, before the daily limit (live, not suspended). */
  due: number;
  suspended: number;
  /** Cards of notes removed from the deck: hidden, their history kept. */
  retired: number;
  settings: DeckSettings;
}

export interface DeckDeleted {
  deckId: string;
  notes: number;
  cards: number;
  reviews: number;
}

export type DeckExportFormat = 'yaml' | 'json' | 'tsv' | 'apkg';

export interface DeckExport {
  fileName: string;
  mimeType: string;
  /** The file's text; empty for a binary format (then `contentBase64` holds it). */
  content: string;
  /** A binary file's bytes (an .apkg), base64. */
  contentBase64?: string;
  /** Card definitions written. */
  noteCount: number;
}

export type ImportFormat = 'yaml' | 'json' | 'csv' | 'tsv' | 'apkg' | 'notes';
export type ImportAction = 'create' | 'update' | 'unchanged';
export type CardKindName = 'basic' | 'cloze' | 'choice' | 'type' | 'command';

export interface ImportPreview {
  fileName: string;
  format: ImportFormat;
  /** What the file holds; null when it has problems. */
  deck: { id: string; title: string; lang: string; version: number; description: string } | null;
  /** What importing would do: a new deck, a newer version of a stored one, or no content change. */
  action: ImportAction | null;
  /** The stored deck with the same id, if any. */
  existing: { title: string; version: number; origin: DeckOrigin } | null;
  /** Why the import cannot go ahead even though the file is valid (null when it can). */
  blocked: string | null;
  /** Card definitions per kind. */
  counts: Record<CardKindName, number>;
  /** Reviewable cards the definitions yield (a reversed twin, each cloze number). */
  cardCount: number;
  /** Cards with a scheduling state in the file (restored only when asked). */
  scheduled: number;
  /** The first problems, each naming its line; `problemCount` says how many in all. */
  problems: { line: number; message: string }[];
  problemCount: number;
  warnings: string[];
  /** Notes only: the draft's cards, for the user to untick and edit before importing. */
  draft?: DraftCardView[];
}

/** A card drawn from notes, as the draft editor shows it. */
export interface DraftCardView {
  /** The card definition, in the deck file's fields (basic: front/back; type: front/answer; command: prompt/answer…). */
  card: ExchangeCard;
  /** Line of the note it came from. */
  line: number;
  /** Why the drill's answer fails in the simulator (it starts unticked); null when it runs. */
  flag: DraftFlag | null;
}

/**
 * Why a drill from notes cannot be passed: the simulator lacks the command, kubectl fails on the
 * empty cluster, a `state` drill changes nothing, or its scenario is missing. `detail` is what
 * kubectl printed (or the checker's own words for `other`), shown as is.
 */
export interface DraftFlag {
  reason: 'unsupported' | 'fails' | 'no-change' | 'no-scenario' | 'other';
  detail: string;
}

export interface ImportResult {
  deckId: string;
  title: string;
  outcome: 'added' | 'updated' | 'unchanged';
  noteCount: number;
  /** Scheduling states written. */
  restored: number;
}

/** The Stats screen's values (src-main/stats/types.ts). */
export type { CardCounts, DayActivity, DeckStats, ForecastDay, Retention, StatsFigures, StatsSummary } from '../stats/types';
/*
 * Browse: every card of the collection, searched and filtered in SQL a page at a time.
 */

/**
 * Where a card stands: `learning` is a card failed today and due again this session (re-drill);
 * `buried` hides it until tomorrow; `retired` cards left their deck file (history kept).
 */
export type BrowseState = 'new' | 'learning' | 'review' | 'suspended' | 'buried' | 'retired';

export interface BrowseRow {
  cardId: number;
  deckId: string;
  deckTitle: string;
  noteKey: string;
  /** 0 = the card, 1 = a basic note's reversed twin, N = cloze N. */
  ord: number;
  kind: ReviewCardKind;
  /** The front as one line of plain text (Markdown and cloze marks removed), at most ~160 characters. */
  summary: string;
  tags: string[];
  state: BrowseState;
  /** "today", "in 6 d", "3 d ago", localized; "" for a new card. */
  due: string;
  /** ms since epoch; null for a new card. */
  dueAt: number | null;
  /** Days; 0 for a new card. */
  intervalDays: number;
  /** SM-2 easiness factor (2.5 at start). */
  ef: number;
  /** Answers in the review log. */
  reviews: number;
  lapses: number;
  edited: boolean;
  updateOffered: boolean;
}

export interface BrowsePage {
  rows: BrowseRow[];
  /** Cards matching the filters, all pages. */
  total: number;
  offset: number;
  limit: number;
}

/* Backups (Settings → Backups; src-main/store/backups.ts, restore.ts, api/handlers/backup.ts). */

export type BackupKind = 'daily' | 'manual' | 'pre-migration' | 'before-restore';

export interface BackupInfo {
  /** The file name in `backups/`: what `backup:restore` takes. */
  name: string;
  kind: BackupKind;
  /** ms since epoch (the file's modification time). */
  createdAt: number;
  sizeBytes: number;
  /** null when the copy cannot be read: it is listed but cannot be restored. */
  schemaVersion: number | null;
  cards: number | null;
  reviews: number | null;
}

/** The current database as a file: a fresh consistent copy, base64 so it survives JSON and IPC. */
export interface BackupExport {
  fileName: string;
  base64: string;
}

export interface RestoreResult {
  /** The backup's name or the uploaded file's. */
  restored: string;
  /** The copy of the database as it was just before (in `backups/`). */
  safetyCopy: string;
  schemaVersion: number;
  cards: number | null;
  reviews: number | null;
}
