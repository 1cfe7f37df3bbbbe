/**
 * The Drill screen's state: the list of drills, and one drill being practised — the terminal's
 * scrollback and line, command history, the verdict, the suggested grade. Every judgement comes
 * from main (`drill:*`); this class only sequences calls and keys.
 */
import type { DrillDeck, DrillRunResult, DrillSolution, DrillStart, DrillVerdict } from '../../../src-main/drills/api-types';
import { ApiCallError, call } from './api';
import { i18n, t } from './i18n.svelte';

export type TermLineKind = 'command' | 'stdout' | 'stderr' | 'info';
export interface TermLine {
  id: number;
  kind: TermLineKind;
  text: string;
}

/** Lines kept in the scrollback; older ones scroll away for good, like a terminal's. */
const SCROLLBACK = 2000;
/** Commands kept in ↑/↓ history. */
const HISTORY = 200;

export class DrillList {
  decks = $state.raw<DrillDeck[]>([]);
  loading = $state(true);
  error = $state<string | null>(null);

  async load(): Promise<void> {
    this.loading = true;
    try {
      this.decks = await call('drill:list');
      this.error = null;
    } catch (err) {
      this.error = (err as Error).message;
    } finally {
      this.loading = false;
    }
  }

  /** The drill after `cardId` in the same deck (then the next deck's first), or null at the end. */
  after(cardId: number): number | null {
    const all = this.decks.flatMap((d) => d.drills.map((x) => x.cardId));
    const i = all.indexOf(cardId);
    return i >= 0 && i + 1 < all.length ? all[i + 1]! : null;
  }
}

export class DrillPractice {
  start = $state.raw<DrillStart | null>(null);
  lines = $state.raw<TermLine[]>([]);
  /** The line being typed. */
  input = $state('');
  verdict = $state.raw<DrillVerdict | null>(null);
  status = $state<DrillRunResult['status']>('open');
  wrongAttempts = $state(0);
  grade = $state<number | null>(null);
  solution = $state.raw<DrillSolution | null>(null);
  hint = $state<string | null>(null);
  /** Completion candidates shown under the prompt after an ambiguous Tab. */
  candidates = $state.raw<string[]>([]);
  /** The grade recorded through review:answer, once the learner chose it. */
  saved = $state<number | null>(null);
  chosen = $state<number | null>(null);
  correctOption = $state<number | null>(null);
  busy = $state(false);
  error = $state<string | null>(null);

  private history: string[] = [];
  /** Position while walking history with ↑/↓; history.length = the line being typed. */
  private historyAt = 0;
  private draft = '';
  private nextId = 0;
  private startedAt = 0;

  readonly over = $derived(this.status !== 'open');

  async open(cardId: number): Promise<void> {
    await this.guard(async () => {
      const previous = this.start?.sessionId;
      const start = await call('drill:start', { cardId });
      if (previous) void call('drill:end', { sessionId: previous }).catch(() => {});
      this.start = start;
      this.lines = [];
      this.input = start.template ?? '';
      this.verdict = null;
      this.status = 'open';
      this.wrongAttempts = 0;
      this.grade = null;
      this.solution = null;
      this.hint = null;
      this.candidates = [];
      this.saved = null;
      this.chosen = null;
      this.correctOption = null;
      this.startedAt = Date.now();
    });
  }

  close(): void {
    const id = this.start?.sessionId;
    if (id) void call('drill:end', { sessionId: id }).catch(() => {});
    this.start = null;
  }

  async submit(): Promise<void> {
    const start = this.start;
    if (!start || this.busy) return;
    const line = this.input;
    this.candidates = [];
    this.print('command', line);
    this.input = '';
    if (line.trim() === '') return;
    this.remember(line);
    await this.guard(async () => {
      const r = await call('drill:run', { sessionId: start.sessionId, line, locale: i18n.language });
      if (r.stdout) this.print('stdout', r.stdout);
      if (r.stderr) this.print('stderr', r.stderr);
      // A reading command on the way leaves the last verdict in place.
      if (r.verdict.status !== 'neutral' && this.status === 'open') this.verdict = r.verdict;
      this.progress(r);
    });
  }

  /**
   * Tab: completes the word before the cursor (the text after it is kept).
   * @returns where the cursor goes, or null when nothing changed
   */
  async complete(caret = this.input.length): Promise<number | null> {
    const start = this.start;
    if (!start || this.busy) return null;
    const typed = this.input;
    const head = typed.slice(0, caret);
    const c = await call('drill:complete', { sessionId: start.sessionId, line: head });
    // The learner may have typed on while the answer travelled: only apply it to the same line.
    if (this.input !== typed) return null;
    this.candidates = c.candidates.length > 1 ? c.candidates : [];
    if (c.line === head) return null;
    const rest = typed.slice(caret);
    // The completed word's space and the one already after the cursor are the same space.
    const line = c.line.endsWith(' ') && /^\s/.test(rest) ? c.line.slice(0, -1) : c.line;
    this.input = line + rest;
    return c.line.length;
  }

  historyUp(): void {
    if (this.historyAt === 0) return;
    if (this.historyAt === this.history.length) this.draft = this.input;
    this.historyAt--;
    this.input = this.history[this.historyAt]!;
  }

  historyDown(): void {
    if (this.historyAt >= this.history.length) return;
    this.historyAt++;
    this.input = this.historyAt === this.history.length ? this.draft : this.history[this.historyAt]!;
  }

  /** Ctrl+L */
  clear(): void {
    this.lines = [];
    this.candidates = [];
  }

  /** Ctrl+C: the line is dropped, shown with ^C as a shell does. */
  cancel(): void {
    this.print('command', `${this.input}^C`);
    this.input = '';
    this.candidates = [];
    this.historyAt = this.history.length;
  }

  async showHint(): Promise<void> {
    const start = this.start;
    if (!start) return;
    await this.guard(async () => {
      this.hint = (await call('drill:hint', { sessionId: start.sessionId })).hint;
    });
  }

  async reveal(): Promise<void> {
    const start = this.start;
    if (!start) return;
    await this.guard(async () => this.progress(await call('drill:reveal', { sessionId: start.sessionId })));
  }

  async reset(): Promise<void> {
    const start = this.start;
    if (!start) return;
    await this.guard(async () => {
      await call('drill:reset', { sessionId: start.sessionId });
      this.print('info', t('drill.resetDone'));
    });
  }

  async choose(index: number): Promise<void> {
    const start = this.start;
    if (!start || this.over) return;
    await this.guard(async () => {
      const r = await call('drill:choose', { sessionId: start.sessionId, index });
      this.chosen = index;
      this.correctOption = r.correct;
      this.verdict = r.verdict;
      this.progress(r);
    });
  }

  /** Records the grade (the suggestion or the learner's override) as the card's answer. */
  async record(q: number): Promise<boolean> {
    const start = this.start;
    if (!start || this.saved !== null) return false;
    let ok = false;
    await this.guard(async () => {
      await call('review:answer', { cardId: start.cardId, token: start.token, q, durationMs: Date.now() - this.startedAt });
      this.saved = q;
      ok = true;
    });
    return ok;
  }

  private progress(r: Pick<DrillRunResult, 'status' | 'wrongAttempts' | 'grade' | 'solution'>): void {
    this.status = r.status;
    this.wrongAttempts = r.wrongAttempts;
    this.grade = r.grade;
    this.solution = r.solution;
  }

  private remember(line: string): void {
    if (this.history[this.history.length - 1] !== line) this.history = [...this.history, line].slice(-HISTORY);
    this.historyAt = this.history.length;
    this.draft = '';
  }

  private print(kind: TermLineKind, text: string): void {
    const body = kind === 'command' ? text : text.replace(/\n$/, '');
    this.lines = [...this.lines, { id: this.nextId++, kind, text: body }].slice(-SCROLLBACK);
  }

  private async guard(fn: () => Promise<void>): Promise<void> {
    this.busy = true;
    try {
      await fn();
      this.error = null;
    } catch (err) {
      this.error = err instanceof ApiCallError && err.code === 'CARD_MODIFIED' ? 'CARD_MODIFIED' : (err as Error).message;
    } finally {
      this.busy = false;
    }
  }
}
