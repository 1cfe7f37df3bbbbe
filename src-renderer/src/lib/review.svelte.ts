/**
 * One review session: the card shown, its phase (question → answer), the learner's choice or
 * typed answer, and the session's tally. Every interval, grade suggestion and count comes from
 * main; this class only sequences calls and keys. The tally lives in sessionStorage so a reload
 * continues the same session (the answers themselves are already in the database).
 */
import type { CheckResult, NextDue, ReviewCard, ReviewProgress } from '../../../src-main/api/types';
import { ApiCallError, call } from './api';
import { i18n } from './i18n.svelte';

export type ReviewPhase = 'loading' | 'question' | 'answer' | 'done' | 'error';

/** What a session has done so far. */
export interface SessionTally {
  /** Which deck, or null for all decks. */
  deckId: string | null;
  startedAt: number;
  /** Grades given, in order (undo pops the last one). */
  grades: number[];
  /** ms spent on the cards answered. */
  reviewMs: number;
  /** Date.now() of the last answer or undo. */
  lastAt: number;
}

const TALLY_KEY = 'repaso.review.session';
/** A pause longer than this ends a session: coming back later starts a new tally. */
const SESSION_GAP_MS = 60 * 60 * 1000;

function loadTally(deckId: string | null): SessionTally {
  try {
    const stored = JSON.parse(sessionStorage.getItem(TALLY_KEY) ?? 'null') as SessionTally | null;
    if (stored && stored.deckId === deckId && Array.isArray(stored.grades) && Date.now() - stored.lastAt < SESSION_GAP_MS) return stored;
  } catch {
    // A damaged entry starts a new tally.
  }
  return { deckId, startedAt: Date.now(), grades: [], reviewMs: 0, lastAt: Date.now() };
}

/** Forgets the stored tally, so the next session starts from zero (the Today screen's Start). */
export function startNewSession(): void {
  sessionStorage.removeItem(TALLY_KEY);
}

/** Grades counted as correct in the summary: SM-2's passing grades (q >= 3). */
const PASSING = 3;

export class ReviewSession {
  readonly deckId: string | undefined;
  phase = $state<ReviewPhase>('loading');
  card = $state.raw<ReviewCard | null>(null);
  progress = $state.raw<ReviewProgress | null>(null);
  nextDue = $state.raw<NextDue | null>(null);
  check = $state.raw<CheckResult | null>(null);
  /** Choice: selected options, display indices. */
  selected = $state<number[]>([]);
  /** Type-in: what the learner typed. */
  typed = $state('');
  busy = $state(false);
  error = $state<string | null>(null);
  /** A passing message: "Answer undone", "Card changed elsewhere". */
  notice = $state<{
    key: 'undone' | 'modified' | 'buried' | 'suspended' | 'nothingToUndo' | 'edited' | 'reverted' | 'updateTaken' | 'updateKept';
  } | null>(null);
  /** The note editor is open over the card: the review's keys are off until it closes. */
  editing = $state(false);
  /** Bumped each time the card's text is re-read, so views built from the old text are rebuilt. */
  textVersion = $state(0);
  tally = $state.raw<SessionTally>({ deckId: null, startedAt: 0, grades: [], reviewMs: 0, lastAt: 0 });

  /** A command drill's grade, from running the learner's commands (src-main/drills), once it is over. */
  drillGrade = $state<number | null>(null);

  /** The grade main suggests after checking a choice, a typed answer or a drill (Good for the others). */
  readonly suggested = $derived(this.check?.q ?? this.drillGrade ?? 4);
  readonly correctPercent = $derived(
    this.tally.grades.length === 0 ? 0 : Math.round((100 * this.tally.grades.filter((q) => q >= PASSING).length) / this.tally.grades.length),
  );

  private shownAt = 0;

  constructor(deckId?: string) {
    this.deckId = deckId;
    this.tally = loadTally(deckId ?? null);
  }

  async load(): Promise<void> {
    await this.run(async () => {
      const next = await call('review:next', { locale: i18n.language, ...(this.deckId ? { deckId: this.deckId } : {}) });
      this.show(next.card, next.progress, next.nextDue);
    });
  }

  /** A command drill is over (solved, failed or revealed on its own pane): grade it like an answer. */
  drillOver(q: number): void {
    if (this.phase !== 'question' || this.card?.content.kind !== 'command') return;
    this.drillGrade = q;
    this.phase = 'answer';
  }

  /** Space/Enter on the question: show the answer, after checking a choice or a typed answer. */
  async reveal(): Promise<void> {
    const card = this.card;
    // A drill is answered in its terminal; its pane has its own "show the answer".
    if (this.phase !== 'question' || !card || card.content.kind === 'command') return;
    if (card.content.kind === 'basic' || card.content.kind === 'cloze') {
      this.phase = 'answer';
      return;
    }
    const answer =
      card.content.kind === 'choice' ? { kind: 'choice' as const, selected: [...this.selected] } : { kind: 'type' as const, typed: this.typed };
    // The type-in field is disabled once checked; a disabled field that still has focus swallows
    // keys until the browser's next rendering step moves focus away, so give it up now.
    if (document.activeElement instanceof HTMLInputElement) document.activeElement.blur();
    await this.run(async () => {
      this.check = await call('review:check', { cardId: card.cardId, token: card.token, answer });
      this.phase = 'answer';
    });
  }

  async grade(q: number): Promise<void> {
    const card = this.card;
    if (this.phase !== 'answer' || !card || this.busy) return;
    const durationMs = Math.max(0, performance.now() - this.shownAt);
    await this.run(async () => {
      await call('review:answer', { cardId: card.cardId, token: card.token, q, durationMs });
      this.saveTally({ ...this.tally, grades: [...this.tally.grades, q], reviewMs: this.tally.reviewMs + durationMs, lastAt: Date.now() });
      const next = await call('review:next', { locale: i18n.language, ...(this.deckId ? { deckId: this.deckId } : {}) });
      this.show(next.card, next.progress, next.nextDue);
    });
  }

  async undo(): Promise<void> {
    await this.run(async () => {
      await call('review:undo');
      this.saveTally({ ...this.tally, grades: this.tally.grades.slice(0, -1), lastAt: Date.now() });
      this.notice = { key: 'undone' };
      const next = await call('review:next', { locale: i18n.language, ...(this.deckId ? { deckId: this.deckId } : {}) });
      this.show(next.card, next.progress, next.nextDue);
    });
  }

  async bury(): Promise<void> {
    const card = this.card;
    if (!card || this.phase === 'done') return;
    await this.run(async () => {
      await call('review:bury', { cardId: card.cardId });
      this.notice = { key: 'buried' };
      await this.reloadAfterAction();
    });
  }

  async suspend(): Promise<void> {
    const card = this.card;
    if (!card || this.phase === 'done') return;
    await this.run(async () => {
      await call('review:suspend', { cardId: card.cardId, suspended: true });
      this.notice = { key: 'suspended' };
      await this.reloadAfterAction();
    });
  }

  /** E: edit the current card's note (any phase but loading/done; not while a step runs). */
  openEditor(): void {
    if (!this.card || this.busy || (this.phase !== 'question' && this.phase !== 'answer')) return;
    this.notice = null;
    this.editing = true;
  }

  closeEditor(): void {
    this.editing = false;
  }

  /** The editor saved: show the new text on the same card, in the same phase. */
  async edited(): Promise<void> {
    this.editing = false;
    await this.run(async () => {
      await this.refreshText();
      this.notice = { key: 'edited' };
    });
  }

  /** Settles an offered deck update, or (take 'deck' with nothing offered) drops the learner's edit. */
  async resolveUpdate(take: 'deck' | 'mine', notice: 'updateTaken' | 'updateKept' | 'reverted'): Promise<void> {
    const card = this.card;
    if (!card) return;
    await this.run(async () => {
      await call('notes:resolve-update', { deckId: card.deckId, key: card.noteKey, take });
      await this.refreshText();
      this.notice = { key: notice };
    });
  }

  /**
   * Re-reads the current card's text (review:content) and keeps everything else: its place in
   * the queue, its token, the phase. A checked answer is checked again against the new text;
   * a choice selection survives only if the options are still the same in number.
   */
  private async refreshText(): Promise<void> {
    const card = this.card;
    if (!card) return;
    const text = await call('review:content', { cardId: card.cardId, token: card.token, locale: i18n.language });
    const before = card.content;
    this.card = { ...card, ...text };
    this.textVersion += 1;
    if (text.content.kind === 'choice' && (before.kind !== 'choice' || before.options.length !== text.content.options.length)) this.selected = [];
    if (this.phase === 'answer' && this.check) {
      const answer =
        this.check.kind === 'choice' ? { kind: 'choice' as const, selected: [...this.selected] } : { kind: 'type' as const, typed: this.typed };
      this.check = await call('review:check', { cardId: card.cardId, token: card.token, answer });
    }
  }

  toggleOption(index: number): void {
    const card = this.card;
    if (this.phase !== 'question' || card?.content.kind !== 'choice' || index >= card.content.options.length) return;
    if (!card.content.multiple) this.selected = [index];
    else this.selected = this.selected.includes(index) ? this.selected.filter((i) => i !== index) : [...this.selected, index].sort();
  }

  /**
   * The review keyboard: Space/Enter reveals (then accepts the suggested grade), 1–4 grade,
   * Ctrl+Z undoes, S suspends, B buries, E edits; on a choice question, digits pick options. Keys typed
   * into the type-in field stay there, except Enter, which submits it.
   */
  onKey = (event: KeyboardEvent): void => {
    // The editor owns the keyboard while it is open (Escape closes it there).
    if (event.altKey || this.busy || this.editing) return;
    // A drill's terminal keeps every key it gets (Enter runs, Tab completes, Ctrl+C cancels).
    if (event.target instanceof Element && event.target.closest('[data-testid="terminal"]')) return;
    const inField = this.phase === 'question' && (event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement);
    const key = event.key;
    if ((event.ctrlKey || event.metaKey) && key.toLowerCase() === 'z') {
      if (inField && this.phase === 'question') return;
      event.preventDefault();
      void this.undo();
      return;
    }
    if (event.ctrlKey || event.metaKey) return;
    if (inField) {
      if (key === 'Enter' && this.phase === 'question') {
        event.preventDefault();
        void this.reveal();
      }
      return;
    }
    if (event.target instanceof HTMLButtonElement && key === 'Enter') return; // the button's own click
    if (key === ' ' || key === 'Enter') {
      event.preventDefault();
      if (this.phase === 'question') void this.reveal();
      else if (this.phase === 'answer') void this.grade(this.suggested);
      return;
    }
    if (/^[1-9]$/.test(key)) {
      const n = Number(key);
      if (this.phase === 'question' && this.card?.content.kind === 'choice') this.toggleOption(n - 1);
      else if (this.phase === 'answer' && n <= 4 && this.card) void this.grade(this.card.buttons[n - 1]!.q);
      return;
    }
    if (key === 'e' || key === 'E') {
      event.preventDefault();
      this.openEditor();
    } else if (key === 's' || key === 'S') void this.suspend();
    else if (key === 'b' || key === 'B') void this.bury();
  };

  private async reloadAfterAction(): Promise<void> {
    const next = await call('review:next', { locale: i18n.language, ...(this.deckId ? { deckId: this.deckId } : {}) });
    this.show(next.card, next.progress, next.nextDue);
  }

  private show(card: ReviewCard | null, progress: ReviewProgress, nextDue: NextDue | null): void {
    this.card = card;
    this.editing = false;
    this.progress = progress;
    this.nextDue = nextDue;
    this.check = null;
    this.drillGrade = null;
    this.selected = [];
    this.typed = '';
    this.phase = card ? 'question' : 'done';
    this.shownAt = performance.now();
  }

  private saveTally(tally: SessionTally): void {
    this.tally = tally;
    sessionStorage.setItem(TALLY_KEY, JSON.stringify(tally));
  }

  /** Runs one step; a stale card reloads the current one, other errors are shown. */
  private async run(step: () => Promise<void>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.error = null;
    this.notice = null;
    try {
      await step();
    } catch (err) {
      if (err instanceof ApiCallError && err.code === 'CARD_MODIFIED') {
        this.notice = { key: 'modified' };
        try {
          await this.reloadAfterAction();
        } catch (again) {
          this.fail(again);
        }
      } else if (err instanceof ApiCallError && err.code === 'NOT_FOUND' && this.phase !== 'loading') {
        this.notice = { key: 'nothingToUndo' };
      } else this.fail(err);
    } finally {
      this.busy = false;
    }
  }

  private fail(err: unknown): void {
    this.error = (err as Error).message;
    this.phase = 'error';
  }
}
