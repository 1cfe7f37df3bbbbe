/**
 * The deck and scenario file formats (decks/README.md is the human description of the same
 * thing). Objects are strict: an unknown field is almost always a typo (`bakc:`), and a typo
 * silently dropped would lose card content, so it is reported instead.
 *
 * These schemas check one value in isolation. Rules that need the whole file (duplicate card
 * ids, a cloze without any cloze, a template that is not a prefix of its answer...) live in
 * rules.ts, so each can name the line of the offending field.
 */
import { z } from 'zod';

/** Stable ids: review history hangs on them, so they are restricted to what survives anywhere. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const idSchema = z
  .string()
  .regex(ID_PATTERN, { message: 'must be lowercase letters, digits and single hyphens (a-z0-9-)' });

const text = z.string().trim().min(1, { message: 'must not be empty' });

/** Fields every card kind may carry. */
const common = {
  id: idSchema,
  tags: z.array(text).optional(),
  /** Markdown shown together with the answer. */
  extra: text.optional(),
  /** The heading of the note the card was written from (authoring aid, shown in Browse). */
  source: text.optional(),
};

export const basicCardSchema = z.strictObject({
  ...common,
  kind: z.literal('basic'),
  front: text,
  back: text,
  /** Adds a back → front twin card. */
  reversed: z.boolean().optional(),
});

export const clozeCardSchema = z.strictObject({
  ...common,
  kind: z.literal('cloze'),
  /** Anki syntax: `{{c1::answer}}` or `{{c1::answer::hint}}`; one card per cloze number. */
  text,
});

export const choiceOptionSchema = z.strictObject({
  text,
  correct: z.boolean().optional(),
});

export const choiceCardSchema = z.strictObject({
  ...common,
  kind: z.literal('choice'),
  question: text,
  options: z.array(choiceOptionSchema).min(2, { message: 'needs at least 2 options' }),
  explanation: text.optional(),
});

export const typeCardSchema = z.strictObject({
  ...common,
  kind: z.literal('type'),
  front: text,
  answer: text,
});

export const CHECK_MODES = ['state', 'output', 'both'] as const;
export type CheckMode = (typeof CHECK_MODES)[number];

export const commandCardSchema = z.strictObject({
  ...common,
  kind: z.literal('command'),
  /** The task, as the learner reads it. */
  prompt: text,
  /** Id of a scenario in decks/scenarios/. */
  scenario: idSchema,
  /** The canonical command; the checker compares the learner's result with its result. */
  answer: text,
  /** Other correct forms; `deck check` runs every one of them and each must pass. */
  accept: z.array(text).optional(),
  hint: text.optional(),
  /** A partly written command the learner completes; must be a prefix of `answer`. */
  template: z.string().min(1, { message: 'must not be empty' }).optional(),
  check: z.enum(CHECK_MODES, { message: `must be one of ${CHECK_MODES.join(', ')}` }),
  /**
   * A read-the-output drill: instead of typing, the learner sees the answer's output and picks the
   * command that printed it (`showing: output`), or sees the answer and picks its output
   * (`showing: command`). The wrong options come from running `distractors` on the scenario.
   */
  read: z
    .strictObject({
      showing: z.enum(['output', 'command'], { message: 'must be output or command' }).default('output'),
      distractors: z.array(text).min(1, { message: 'needs at least one command' }),
    })
    .optional(),
});

export const CARD_KINDS = ['basic', 'cloze', 'choice', 'type', 'command'] as const;
export type CardKind = (typeof CARD_KINDS)[number];

export const cardSchema = z.discriminatedUnion('kind', [
  basicCardSchema,
  clozeCardSchema,
  choiceCardSchema,
  typeCardSchema,
  commandCardSchema,
]);

export const deckFileSchema = z.strictObject({
  id: idSchema,
  title: text,
  /** BCP 47 language tag of the card text: `es`, `en`, `es-ES`. */
  lang: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { message: 'must be a language tag such as es or en' }),
  description: text,
  /** Raise it when the content changes: the loader updates a stored deck only when it grows. */
  version: z.number().int({ message: 'must be a whole number' }).positive({ message: 'must be 1 or more' }),
  cards: z.array(cardSchema),
});

/** `60s`, `5m`, `1h30m`, `2d`: how far a setup step moves the virtual clock. */
export const DURATION_PATTERN = /^(?=\d)(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/;

export const durationSchema = z
  .string()
  .regex(DURATION_PATTERN, { message: 'must be a duration such as 30s, 5m, 1h30m or 2d' });

/** Milliseconds in a duration written as `1h30m`, `5m`, `60s`, `2d`; null when it is not one. */
export function durationToMs(duration: string): number | null {
  const m = DURATION_PATTERN.exec(duration);
  if (!m) return null;
  const [, d = '0', h = '0', min = '0', s = '0'] = m;
  return (((Number(d) * 24 + Number(h)) * 60 + Number(min)) * 60 + Number(s)) * 1000;
}

export const setupStepSchema = z.union(
  [text, z.strictObject({ advance: durationSchema })],
  { message: 'must be a kubectl command line or {advance: <duration>}' },
);

/** Names of Kubernetes objects (nodes, namespaces): DNS labels. */
const dnsLabel = z
  .string()
  .regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, { message: 'must be a DNS label (a-z0-9-)' })
  .max(63);

export const kubeconfigSchema = z.strictObject({
  /** The home folder the kubeconfig lives in (`~/.kube/config`), for `config view` and errors. */
  home: text.optional(),
  currentContext: text.optional(),
  clusters: z.array(z.strictObject({ name: text, server: text })).optional(),
  users: z.array(z.strictObject({ name: text })).optional(),
  contexts: z
    .array(z.strictObject({ name: text, cluster: text, user: text, namespace: dnsLabel.optional() }))
    .optional(),
});

export const scenarioFileSchema = z.strictObject({
  id: idSchema,
  description: text,
  /** Every generated name, uid and IP comes from it. */
  seed: z.number().int({ message: 'must be a whole number' }).nonnegative(),
  /** The virtual clock's start, RFC 3339 in UTC. */
  start: z.iso.datetime({ message: 'must be an RFC 3339 UTC time such as 2026-01-15T10:00:00Z' }),
  nodes: z.array(dnsLabel).min(1).optional(),
  namespaces: z.array(dnsLabel).optional(),
  kubeconfig: kubeconfigSchema.optional(),
  setup: z.array(setupStepSchema).default([]),
  /** Virtual files the learner may `apply -f` or `cat`, by name. */
  files: z.record(z.string().min(1), z.string()).optional(),
});

export type BasicCard = z.infer<typeof basicCardSchema>;
export type ClozeCard = z.infer<typeof clozeCardSchema>;
export type ChoiceCard = z.infer<typeof choiceCardSchema>;
export type ChoiceOption = z.infer<typeof choiceOptionSchema>;
export type TypeCard = z.infer<typeof typeCardSchema>;
export type CommandCard = z.infer<typeof commandCardSchema>;
/** Every card kind, discriminated by `kind`. */
export type CardDef = z.infer<typeof cardSchema>;
export type DeckFile = z.infer<typeof deckFileSchema>;
export type SetupStep = z.infer<typeof setupStepSchema>;
export type Kubeconfig = z.infer<typeof kubeconfigSchema>;
export type ScenarioFile = z.infer<typeof scenarioFileSchema>;

/*
 * The exchange format: a deck file as Repaso exports it and imports it back. The same cards, plus
 * an optional `schedule` per card (the scheduling state of each reviewable card it yields), and a
 * description that may be empty (user decks need none). Curated files use deckFileSchema.
 */

/** An instant written as RFC 3339 (`2026-03-10T04:00:00.000Z`): readable in a file, exact in ms. */
const instantSchema = z.iso.datetime({ message: 'must be an RFC 3339 UTC time such as 2026-03-10T04:00:00Z' });

/**
 * The scheduling state of one reviewable card. A card with no entry, or an entry without `due`,
 * is new; an entry with `due` is a review card and needs `lastReview` and an `interval` of 1+.
 */
export const scheduleEntrySchema = z
  .strictObject({
    /** Which card of the note: 0 = the card itself, 1 = a reversed twin, N = cloze number N. */
    card: z.number().int().nonnegative(),
    /** When the card is next due. */
    due: instantSchema.optional(),
    /** When it was last answered. */
    lastReview: instantSchema.optional(),
    /** Days of the last scheduled interval. */
    interval: z.number().int().positive().optional(),
    /** SM-2 easiness factor (2.5 = the start), at most 3 decimals; floor 1.3. */
    ef: z.number().min(1.3, { message: 'must be 1.3 or more' }).max(100).optional(),
    /** Successful answers in a row (SM-2's n). */
    reps: z.number().int().nonnegative().optional(),
    lapses: z.number().int().nonnegative().optional(),
    /** FSRS memory state, when the card was last scheduled by FSRS (both or neither). */
    stability: z.number().positive().optional(),
    difficulty: z.number().min(1).max(10).optional(),
    suspended: z.boolean().optional(),
  })
  .superRefine((e, ctx) => {
    if (e.due !== undefined) {
      if (e.lastReview === undefined) ctx.addIssue({ code: 'custom', path: ['lastReview'], message: 'required when due is set' });
      if (e.interval === undefined) ctx.addIssue({ code: 'custom', path: ['interval'], message: 'required when due is set' });
    } else {
      for (const field of ['lastReview', 'interval', 'reps'] as const) {
        if (e[field] !== undefined) ctx.addIssue({ code: 'custom', path: [field], message: 'only a card with a due date (a review card) has one' });
      }
    }
    if ((e.stability === undefined) !== (e.difficulty === undefined)) {
      ctx.addIssue({ code: 'custom', path: [e.stability === undefined ? 'stability' : 'difficulty'], message: 'stability and difficulty go together' });
    }
  });

const schedule = { schedule: z.array(scheduleEntrySchema).optional() };

export const exchangeCardSchema = z.discriminatedUnion('kind', [
  basicCardSchema.extend(schedule),
  clozeCardSchema.extend(schedule),
  choiceCardSchema.extend(schedule),
  typeCardSchema.extend(schedule),
  commandCardSchema.extend(schedule),
]);

export const exchangeDeckFileSchema = deckFileSchema.extend({
  description: z.string().trim().optional(),
  cards: z.array(exchangeCardSchema),
});

export type ScheduleEntry = z.infer<typeof scheduleEntrySchema>;
export type ExchangeCard = z.infer<typeof exchangeCardSchema>;
export type ExchangeDeckFile = z.infer<typeof exchangeDeckFileSchema>;
