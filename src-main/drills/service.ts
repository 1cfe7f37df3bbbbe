/**
 * The drill sessions of one running app, in memory and keyed by a random id: what the
 * `drill:*` API methods do. Reads drills from the store's command notes and scenarios from a
 * ScenarioSource; nothing here knows about transports or files.
 */
import { z } from 'zod';
import type { CheckMode } from '../decks/schema';
import type { DrillCompletion, DrillDeck, DrillKind, DrillRunResult, DrillSolution, DrillStart, DrillSummary, DrillVerdict } from './api-types';
import { explain, type Locale } from './feedback';
import { buildReadChoice, type ReadChoice } from './read-output';
import { ScenarioBuildError, ScenarioCache, type ScenarioSource } from './scenario';
import { DrillSession } from './session';
import type { Expected } from './checker';

/** A command note as the store keeps it (the deck file's card, decks/schema.ts), read leniently: `read` makes it a read-the-output drill. */
const commandNote = z.object({
  kind: z.literal('command'),
  prompt: z.string(),
  scenario: z.string(),
  answer: z.string(),
  accept: z.array(z.string()).optional(),
  hint: z.string().optional(),
  template: z.string().optional(),
  check: z.enum(['state', 'output', 'both']),
  read: z.object({ showing: z.enum(['output', 'command']).default('output'), distractors: z.array(z.string()).min(1) }).optional(),
});
export type CommandNote = z.infer<typeof commandNote>;

/** A stored note as a command drill, or null when it is not one. */
export function parseCommandNote(content: unknown): CommandNote | null {
  const parsed = commandNote.safeParse(content);
  return parsed.success ? parsed.data : null;
}

/** What the service needs from the store and the app (the handler adapts Services to it). */
export interface DrillStore {
  decks(): { id: string; title: string }[];
  /** Live command cards of a deck, in deck order. */
  commandCards(deckId: string): { cardId: number; key: string }[];
  /** The card's deck, its note content and its scheduling token, or undefined. */
  card(cardId: number): { deckId: string; content: unknown; token: string } | undefined;
}

export class DrillError extends Error {
  constructor(
    readonly code: 'NOT_FOUND' | 'INVALID_INPUT' | 'INTERNAL',
    message: string,
  ) {
    super(message);
  }
}

interface Live {
  session: DrillSession;
  note: CommandNote;
  cardId: number;
  choice?: ReadChoice;
}

/** Sessions kept at once; the oldest is dropped beyond this (a learner works on one at a time). */
export const MAX_SESSIONS = 32;

export class DrillService {
  private readonly sessions = new Map<string, Live>();
  private readonly cache: ScenarioCache;
  /** The canonical answers' results by scenario, check and answer: the same for every session. */
  private readonly expected = new Map<string, Expected>();

  constructor(
    private readonly store: DrillStore,
    scenarios: ScenarioSource,
    private readonly newId: () => string,
    private readonly now: () => number,
  ) {
    this.cache = new ScenarioCache(scenarios);
  }

  list(): DrillDeck[] {
    return this.store
      .decks()
      .map((d) => ({
        deckId: d.id,
        title: d.title,
        drills: this.store.commandCards(d.id).flatMap((c): DrillSummary[] => {
          const note = this.noteOf(c.cardId, false);
          return note ? [{ cardId: c.cardId, key: c.key, prompt: note.prompt, scenario: note.scenario, check: note.check, kind: kindOf(note) }] : [];
        }),
      }))
      .filter((d) => d.drills.length > 0);
  }

  start(cardId: number): DrillStart {
    const card = this.store.card(cardId);
    const note = this.noteOf(cardId, true)!;
    let base;
    try {
      base = this.cache.shared(note.scenario);
    } catch (e) {
      if (e instanceof ScenarioBuildError) throw new DrillError('INTERNAL', e.message);
      throw e;
    }
    const task = { answer: note.answer, check: note.check };
    const key = `${note.scenario}\n${note.check}\n${note.answer}`;
    let expected = this.expected.get(key);
    const session = new DrillSession(base, task, this.now(), expected);
    if (!expected) this.expected.set(key, (expected = session.expected));
    const live: Live = { session, note, cardId };
    if (note.read) live.choice = buildReadChoice(base, note.answer, note.read, cardId);
    const id = this.newId();
    this.sessions.set(id, live);
    while (this.sessions.size > MAX_SESSIONS) this.sessions.delete(this.sessions.keys().next().value!);
    const deck = this.store.decks().find((d) => d.id === card!.deckId);
    return {
      sessionId: id,
      cardId,
      deckId: card!.deckId,
      deckTitle: deck?.title ?? card!.deckId,
      prompt: note.prompt,
      kind: kindOf(note),
      check: note.check as CheckMode,
      scenario: note.scenario,
      ...(note.template !== undefined ? { template: note.template } : {}),
      hasHint: note.hint !== undefined,
      namespace: base.namespace,
      files: [...base.files.keys()].sort(),
      token: card!.token,
      ...(live.choice ? { choice: { shown: live.choice.shown, showing: live.choice.showing, options: live.choice.options } } : {}),
    };
  }

  run(sessionId: string, line: string, locale: Locale): DrillRunResult {
    const live = this.live(sessionId);
    const out = live.session.run(line, this.now());
    const v = out.verdict;
    const verdict: DrillVerdict = v.status === 'fail' || v.status === 'progress' ? { status: v.status, messages: explain(v.findings, locale) } : { status: v.status, messages: [] };
    return { exitCode: out.result.exitCode, stdout: out.result.stdout, stderr: out.result.stderr, verdict, ...this.progress(live) };
  }

  /** A read-the-output drill's answer: the index of the chosen option. */
  choose(sessionId: string, index: number): Omit<DrillRunResult, 'exitCode' | 'stdout' | 'stderr'> & { correct: number } {
    const live = this.live(sessionId);
    if (!live.choice) throw new DrillError('INVALID_INPUT', 'this drill is not a choice');
    if (index < 0 || index >= live.choice.options.length) throw new DrillError('INVALID_INPUT', `option ${index} does not exist`);
    const right = index === live.choice.correct;
    if (right) live.session.solveByChoice(this.now());
    else live.session.failByChoice(this.now());
    return { verdict: { status: right ? 'pass' : 'fail', messages: [] }, correct: live.choice.correct, ...this.progress(live) };
  }

  complete(sessionId: string, line: string): DrillCompletion {
    const c = this.live(sessionId).session.complete(line);
    return { line: c.line, candidates: c.candidates };
  }

  hint(sessionId: string): { hint: string | null } {
    const live = this.live(sessionId);
    if (live.note.hint === undefined) return { hint: null };
    live.session.useHint();
    return { hint: live.note.hint };
  }

  reveal(sessionId: string): Omit<DrillRunResult, 'exitCode' | 'stdout' | 'stderr' | 'verdict'> {
    const live = this.live(sessionId);
    live.session.reveal(this.now());
    return this.progress(live);
  }

  reset(sessionId: string): { reset: true } {
    this.live(sessionId).session.reset();
    return { reset: true };
  }

  end(sessionId: string): { ended: boolean } {
    return { ended: this.sessions.delete(sessionId) };
  }

  private progress(live: Live) {
    const s = live.session;
    const over = s.status !== 'open';
    return { status: s.status, wrongAttempts: s.wrongAttempts, grade: s.grade(), solution: over ? this.solution(live) : null };
  }

  private solution(live: Live): DrillSolution {
    const r = live.session.expected.result;
    return { answer: live.note.answer, accept: live.note.accept ?? [], output: r.stdout + r.stderr };
  }

  private live(sessionId: string): Live {
    const live = this.sessions.get(sessionId);
    if (!live) throw new DrillError('NOT_FOUND', `No drill session ${sessionId} (it ended or the app restarted): start the drill again`);
    return live;
  }

  private noteOf(cardId: number, required: boolean): CommandNote | undefined {
    const card = this.store.card(cardId);
    if (!card) {
      if (required) throw new DrillError('NOT_FOUND', `No card ${cardId}`);
      return undefined;
    }
    const note = parseCommandNote(card.content);
    if (!note) {
      if (required) throw new DrillError('INVALID_INPUT', `card ${cardId} is not a command drill`);
      return undefined;
    }
    return note;
  }
}

function kindOf(note: CommandNote): DrillKind {
  return note.read ? 'read' : note.template !== undefined ? 'complete' : 'write';
}
