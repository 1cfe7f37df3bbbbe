/**
 * The API contract: one table of methods. Each entry names a method (`namespace:verb`), the zod
 * schema its input must pass, and (as a phantom type) what it returns. The preload, the IPC
 * registration, the browser-mode HTTP transport and the in-process test client are all derived
 * from this table; adding a method is one entry here plus one handler.
 */
import { z } from 'zod';
import type { DeckDeleted, DeckExport, DeckOverview, DeckSettings, ImportPreview, ImportResult } from './types';
import type { AnswerResult, AppInfo, BrowsePage, CheckResult, DeckSummary, NoteView, ReviewCardText, ReviewNext, Settings, TodaySummary, UndoResult } from './types';
import type { DrillCompletion, DrillDeck, DrillRunResult, DrillStart } from '../drills/api-types';
import type { StatsSummary } from '../stats/types';
import type { BackupExport, BackupInfo, RestoreResult } from './types';

interface MethodSpec<I extends z.ZodType, O> {
  input: I;
  /** Phantom: carries the output type only. */
  output?: O;
}

function method<O>() {
  return <I extends z.ZodType>(input: I): MethodSpec<I, O> => ({ input });
}

const none = z.object({}).strict().optional();

export const languageSchema = z.enum(['auto', 'es', 'en']);
export const themeSchema = z.enum(['auto', 'light', 'dark']);

export const settingsPatchSchema = z
  .object({
    language: languageSchema,
    theme: themeSchema,
    dayStartHour: z.number().int().min(0).max(23),
    typeIgnoreCase: z.boolean(),
    typeIgnoreAccents: z.boolean(),
    newPerDayAll: z.number().int().min(0).max(9999),
  })
  .partial()
  .strict();

/** The language of labels main formats (button intervals, "next due in"). */
export const localeSchema = z.enum(['es', 'en']);
const cardId = z.number().int().positive();
/** A card definition: its deck and its id in the deck file. */
const noteRef = z.strictObject({ deckId: z.string().min(1).max(200), key: z.string().min(1).max(200) });
const token = z.string().min(2).max(4000);
const drillSession = z.string().min(1).max(100);

export const reviewNextSchema = z.strictObject({ deckId: z.string().min(1).optional(), locale: localeSchema });
export const reviewAnswerSchema = z.strictObject({
  cardId,
  token,
  /** SuperMemo quality 0..5 (the buttons give 1, 3, 4, 5). */
  q: z.number().int().min(0).max(5),
  /** How long the learner took, ms; capped so a card left open over lunch does not skew stats. */
  durationMs: z.number().min(0).transform((ms) => Math.min(Math.round(ms), 3_600_000)),
});
export const reviewCheckSchema = z.strictObject({
  cardId,
  token,
  answer: z.discriminatedUnion('kind', [
    /** Indices of the selected options in display order. */
    z.strictObject({ kind: z.literal('choice'), selected: z.array(z.number().int().min(0)).max(64) }),
    z.strictObject({ kind: z.literal('type'), typed: z.string().max(2000) }),
  ]),
});

// Decks screen: per-deck settings, user decks, import and export.
const deckId = z.string().min(1).max(200);
export const deckSettingsPatchSchema = z.strictObject({
  deckId,
  newPerDay: z.number().int().min(0).max(9999).optional(),
  reviewsPerDay: z.number().int().min(0).max(99_999).optional(),
  scheduler: z.enum(['sm2', 'fsrs']).optional(),
});
const deckTitle = z.string().trim().min(1, { message: 'must not be empty' }).max(200);
const deckDescription = z.string().trim().max(2000);
export const deckCreateSchema = z.strictObject({
  title: deckTitle,
  description: deckDescription.default(''),
  lang: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { message: 'must be a language tag such as es or en' }).default('es'),
});
/** 20 MiB of text (src-main/deckio MAX_IMPORT_CHARS): a clear refusal instead of a stuck request. */
const importFile = {
  fileName: z.string().min(1).max(500),
  content: z.string().max(20 * 1024 * 1024, { message: 'the file is larger than 20 MB' }).optional(),
  /** A binary file (an Anki .apkg) instead of `content`: its bytes in base64, at most 50 MiB of them. */
  contentBase64: z
    .string()
    .max(Math.ceil((50 * 1024 * 1024) / 3) * 4, { message: 'the file is larger than 50 MB' })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'must be base64 (A-Z, a-z, 0-9, +, /)' })
    .optional(),
  /** Language of the card text for files that do not say (CSV/TSV): the UI's. */
  lang: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/).default('es'),
};
export const browseStates = z.enum(['new', 'learning', 'review', 'suspended', 'buried', 'retired']);
export const browseSearchSchema = z.strictObject({
  /** Words to find in the card's text or its id in the deck (case-insensitive substring). */
  text: z.string().max(200).optional(),
  deckId: z.string().min(1).max(200).optional(),
  tag: z.string().min(1).max(200).optional(),
  state: browseStates.optional(),
  limit: z.number().int().min(1).max(500),
  offset: z.number().int().min(0),
  locale: localeSchema,
});

export const contract = {
  'app:info': method<AppInfo>()(none),
  'decks:list': method<DeckSummary[]>()(none),
  'settings:get': method<Settings>()(none),
  'settings:set': method<Settings>()(settingsPatchSchema),
  /** The card to show now (null when today's are done), its buttons, and today's progress. */
  'review:next': method<ReviewNext>()(reviewNextSchema),
  /** Records an answer; refused with CARD_MODIFIED if the card is no longer in the token's state. */
  'review:answer': method<AnswerResult>()(reviewAnswerSchema),
  /** Grades a choice selection or a typed answer (nothing is recorded: answer with the grade). */
  'review:check': method<CheckResult>()(reviewCheckSchema),
  /** Undoes today's last answer (the review log is the source, so it works after a reload). */
  'review:undo': method<UndoResult>()(none),
  'review:suspend': method<{ cardId: number; suspended: boolean }>()(
    z.strictObject({ cardId, suspended: z.boolean().default(true) }),
  ),
  /** Hides the card until the next review day starts. */
  'review:bury': method<{ cardId: number; buriedUntil: number }>()(z.strictObject({ cardId })),
  /** Per-deck due/new/learning counts, totals, the streak. */
  'today:summary': method<TodaySummary>()(z.strictObject({ locale: localeSchema })),
  'notes:get': method<NoteView>()(noteRef),
  'notes:edit': method<NoteView>()(noteRef.extend({ content: z.record(z.string(), z.unknown()) })),
  'notes:resolve-update': method<NoteView>()(noteRef.extend({ take: z.enum(['deck', 'mine']) })),
  /** The current card re-rendered after its note was edited or its update resolved (refused if answered meanwhile). */
  'review:content': method<ReviewCardText>()(z.strictObject({ cardId, token, locale: localeSchema })),
  /** One page of cards matching the filters, and how many match in all. */
  'browse:search': method<BrowsePage>()(browseSearchSchema),
  /** Every tag of the live cards, sorted, for the filter. */
  'browse:tags': method<string[]>()(none),
  // Command drills (src-main/drills): sessions live in main, keyed by the id drill:start returns.
  /** Every command drill, by deck. */
  'drill:list': method<DrillDeck[]>()(none),
  /** Starts a drill on a private copy of its scenario: the task, the template, the state token. */
  'drill:start': method<DrillStart>()(z.strictObject({ cardId })),
  /** Runs one learner command on their copy; returns kubectl's output and the checker's verdict. */
  'drill:run': method<DrillRunResult>()(z.strictObject({ sessionId: drillSession, line: z.string().max(4000), locale: localeSchema })),
  /** A read-the-output drill's answer: the chosen option's index. */
  'drill:choose': method<Omit<DrillRunResult, 'exitCode' | 'stdout' | 'stderr'> & { correct: number }>()(
    z.strictObject({ sessionId: drillSession, index: z.number().int().min(0) }),
  ),
  /** Tab completion of a half-typed line, from the learner's copy of the cluster. */
  'drill:complete': method<DrillCompletion>()(z.strictObject({ sessionId: drillSession, line: z.string().max(4000) })),
  /** The hint (marks it used: the grade is 3 at best). */
  'drill:hint': method<{ hint: string | null }>()(z.strictObject({ sessionId: drillSession })),
  /** Gives up: the solution, grade 1. */
  'drill:reveal': method<Omit<DrillRunResult, 'exitCode' | 'stdout' | 'stderr' | 'verdict'>>()(z.strictObject({ sessionId: drillSession })),
  /** Puts the learner's copy back to the scenario's start. */
  'drill:reset': method<{ reset: true }>()(z.strictObject({ sessionId: drillSession })),
  /** Forgets a session. */
  'drill:end': method<{ ended: boolean }>()(z.strictObject({ sessionId: drillSession })),
  /** Every deck with its counts, source, version and settings, for the Decks screen. */
  'decks:overview': method<DeckOverview[]>()(none),
  'decks:settings': method<DeckSettings>()(z.strictObject({ deckId })),
  /** Changes a deck's daily limits or scheduler (0 and 0 pause a deck). */
  'decks:set-settings': method<DeckSettings>()(deckSettingsPatchSchema),
  /** A new, empty user deck; its id comes from the title. */
  'decks:create': method<DeckOverview>()(deckCreateSchema),
  /** Renames a user deck or changes its description (curated decks change only with their file). */
  'decks:rename': method<DeckOverview>()(z.strictObject({ deckId, title: deckTitle.optional(), description: deckDescription.optional() })),
  /** Deletes a user or imported deck with its cards and review history, in one transaction. */
  'decks:delete': method<DeckDeleted>()(z.strictObject({ deckId })),
  /** Adds a card to a user deck, validated like a deck file's card (`id` optional: one is made). */
  'notes:add': method<NoteView>()(z.strictObject({ deckId, content: z.record(z.string(), z.unknown()) })),
  /** A deck as a file: Repaso YAML/JSON (lossless, optionally with scheduling state) or Anki TSV. */
  'decks:export': method<DeckExport>()(z.strictObject({ deckId, format: z.enum(['yaml', 'json', 'tsv', 'apkg']), schedule: z.boolean().default(false) })),
  /** What importing a file would do, and its problems; nothing is written. */
  'decks:import-preview': method<ImportPreview>()(z.strictObject(importFile)),
  /** Imports a file in one transaction: all of it or nothing; a bad file is refused naming its lines. */
  'decks:import': method<ImportResult>()(z.strictObject({ ...importFile, restoreSchedule: z.boolean().default(false) })),
  /**
   * The Stats screen: heatmap (`days` review days, 365 by default), 30-day forecast, retention,
   * cards by state, per deck; `deckId` filters all but the per-deck rows. The values are numbers
   * and YYYY-MM-DD dates, which the renderer formats for `locale`.
   */
  'stats:summary': method<StatsSummary>()(
    z.strictObject({ deckId: z.string().min(1).max(200).optional(), locale: localeSchema, days: z.number().int().min(7).max(1098).optional() }),
  ),
  /** Every backup in `backups/` (daily, manual, pre-migration, before-restore), newest first, with what it holds. */
  'backup:list': method<BackupInfo[]>()(none),
  /** A manual copy now (`repaso-manual-<time>.db`); never pruned. */
  'backup:create': method<BackupInfo>()(none),
  /** The current database as a download (browser mode also serves it at GET /download/repaso.db). */
  'backup:export': method<BackupExport>()(none),
  /**
   * Replaces the database with a listed backup (`name`) or an uploaded file (`fileName` and
   * `base64`), after checking it and copying the current one aside; refused with a reason otherwise.
   */
  'backup:restore': method<RestoreResult>()(
    z.union([
      z.strictObject({ name: z.string().min(1).max(300) }),
      z.strictObject({
        fileName: z.string().min(1).max(500),
        // 60 M base64 characters ≈ 45 MB of database: under the web server's 64 MB body limit.
        base64: z.string().min(1).max(60_000_000, { message: 'the file is larger than 45 MB' }),
      }),
    ]),
  ),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = NonNullable<Contract[M]['output']>;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
