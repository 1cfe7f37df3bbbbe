/**
 * The daily review as the API offers it: the next card with its buttons already labelled,
 * answers, checks, undo, suspend and bury. Every interval shown comes from src-main/srs.
 */
import {
  answer as answerCard,
  BUTTON_QUALITY,
  BUTTONS,
  buryUntil,
  buttonLabels,
  formatInterval,
  isCurrent,
  isDayCleared,
  schedulerFor,
  startOfToday,
  startOfTomorrow,
  streak,
  today,
  type Locale,
  type Quality,
  type SchedulingContext,
} from '../../srs';
import type { ReviewCardRow } from '../../store/repos/review';
import type { Services } from '../handlers/services';
import { AppError } from '../result';
import type { AnswerResult, CheckResult, NextDue, ReviewCard, ReviewCardText, ReviewNext, Settings, TodaySummary, UndoResult } from '../types';
import { cardContent, checkAnswer, parseNote, type CheckInput } from './content';
import { schedulingContext } from './context';
import { dayQueue, type DayQueue } from './day-queue';
import { stateFromToken, stateToken } from './token';

export function contextOf(s: Services, settings: Settings = s.store.settings.get()): SchedulingContext {
  return schedulingContext(s.now(), s.timeZone, settings.dayStartHour);
}

function cardOrThrow(s: Services, cardId: number): ReviewCardRow {
  const row = s.store.review.card(cardId);
  if (!row) throw new AppError('NOT_FOUND', `No card ${cardId}`);
  return row;
}

/**
 * Records whether today is cleared for the streak: nothing due left in any deck, and at least
 * one answer given (opening the app on a day with nothing due is not studying). A re-drill
 * added after the day was cleared un-clears it; the day's last state is what counts.
 */
function noteIfCleared(s: Services, q: DayQueue, ctx: SchedulingContext, answeredToday: number): void {
  s.store.review.setCleared(today(ctx), answeredToday > 0 && isDayCleared(q.total));
}

/** When the next cards come after today's: a due date, or tomorrow if new cards remain. */
function nextDue(s: Services, ctx: SchedulingContext, locale: Locale): NextDue | null {
  const tomorrow = startOfTomorrow(ctx);
  const candidates = [s.store.review.nextDue(tomorrow), s.store.review.hasNewCards() ? tomorrow : null].filter(
    (v): v is number => v !== null,
  );
  if (candidates.length === 0) return null;
  const at = Math.min(...candidates);
  return { at, in: formatInterval({ days: ctx.calendar.dayOf(at) - today(ctx) }, locale) };
}

function reviewCard(s: Services, q: DayQueue, ctx: SchedulingContext, locale: Locale): ReviewCard | null {
  const item = q.items[0];
  if (!item) return null;
  const row = s.store.review.card(Number(item.cardId));
  if (!row) throw new AppError('INTERNAL', `card ${String(item.cardId)} vanished while the queue was built`);
  const deck = q.decks.find((d) => d.id === row.deckId)!;
  const labels = buttonLabels(schedulerFor({ kind: deck.scheduler }).nextStates(row.state, ctx), ctx, locale);
  return {
    deckId: row.deckId,
    deckTitle: deck.title,
    queueKind: item.kind,
    token: stateToken(row.state),
    buttons: BUTTONS.map((button) => ({ button, q: BUTTON_QUALITY[button], label: labels[button] })),
    ...cardText(s, row),
  };
}

/** What a card shows of its note: the text in effect (the user's edit, else the deck's) and the edit flags. */
function cardText(s: Services, row: ReviewCardRow): ReviewCardText {
  const shown = s.store.review.note(row.noteId);
  if (!shown) throw new AppError('INTERNAL', `card ${row.id}: its note is missing`);
  const note = parseNote(row.id, shown.content);
  return {
    cardId: row.id,
    content: cardContent(row.id, row.ord, row.state, note),
    noteKey: shown.key,
    edited: shown.edited,
    updateOffered: shown.updateOffered,
  };
}

/**
 * The card on screen again after its note changed. The token must still hold: the choice order
 * and the answer's stale check come from that state, so a card answered meanwhile is refused.
 */
export function content(s: Services, input: { cardId: number; token: string }): ReviewCardText {
  const row = cardOrThrow(s, input.cardId);
  if (!isCurrent(row.state, stateFromToken(input.token))) throw new AppError('CARD_MODIFIED', `Card ${row.id} changed since it was shown`);
  return cardText(s, row);
}

export function next(s: Services, input: { deckId?: string; locale: Locale }): ReviewNext {
  const settings = s.store.settings.get();
  const ctx = contextOf(s, settings);
  const q = dayQueue(s.store.review, ctx, input.deckId, settings.newPerDayAll);
  const answeredToday = s.store.review.answeredCount(startOfToday(ctx));
  if (input.deckId === undefined) noteIfCleared(s, q, ctx, answeredToday);
  const card = reviewCard(s, q, ctx, input.locale);
  return {
    card,
    progress: {
      left: q.items.length,
      new: q.total.new,
      review: q.total.due,
      learning: q.total.learning,
      answeredToday,
    },
    nextDue: card ? null : nextDue(s, ctx, input.locale),
  };
}

export function answer(s: Services, input: { cardId: number; token: string; q: number; durationMs: number }): AnswerResult {
  const ctx = contextOf(s);
  const row = cardOrThrow(s, input.cardId);
  const from = stateFromToken(input.token);
  const answered = answerCard(schedulerFor({ kind: s.store.review.deckScheduler(row.deckId) }), from, input.q as Quality, ctx, input.durationMs);
  const outcome = s.store.review.applyAnswer(row.id, from, answered);
  if (outcome === 'stale') {
    throw new AppError('CARD_MODIFIED', `Card ${row.id} changed since it was shown (answered elsewhere?); this answer was not applied`);
  }
  if (outcome === 'missing') throw new AppError('NOT_FOUND', `No card ${row.id}`);
  return { cardId: row.id, q: input.q, kind: answered.record.kind };
}

export function check(s: Services, input: { cardId: number; token: string; answer: CheckInput }): CheckResult {
  const row = cardOrThrow(s, input.cardId);
  const from = stateFromToken(input.token);
  // The option order shown came from that state; grading against another would mislabel options.
  if (!isCurrent(row.state, from)) throw new AppError('CARD_MODIFIED', `Card ${row.id} changed since it was shown`);
  const settings = s.store.settings.get();
  const note = parseNote(row.id, s.store.review.note(row.noteId)?.content);
  return checkAnswer(row.id, row.state, note, input.answer, {
    ignoreCase: settings.typeIgnoreCase,
    ignoreAccents: settings.typeIgnoreAccents,
  });
}

export function undoLast(s: Services): UndoResult {
  const ctx = contextOf(s);
  const outcome = s.store.review.undoLast(startOfToday(ctx), today(ctx));
  if (outcome.status === 'nothing') throw new AppError('NOT_FOUND', 'Nothing to undo: no answer given today');
  if (outcome.status === 'stale') throw new AppError('CARD_MODIFIED', `Card ${outcome.cardId} changed after its last answer; it cannot be undone`);
  return { cardId: outcome.cardId };
}

export function suspend(s: Services, input: { cardId: number; suspended: boolean }): { cardId: number; suspended: boolean } {
  if (!s.store.review.setSuspended(input.cardId, input.suspended)) throw new AppError('NOT_FOUND', `No card ${input.cardId}`);
  return { cardId: input.cardId, suspended: input.suspended };
}

export function bury(s: Services, input: { cardId: number }): { cardId: number; buriedUntil: number } {
  const until = buryUntil(contextOf(s));
  if (!s.store.review.bury(input.cardId, until)) throw new AppError('NOT_FOUND', `No card ${input.cardId}`);
  return { cardId: input.cardId, buriedUntil: until };
}

export function todaySummary(s: Services, input: { locale: Locale }): TodaySummary {
  const settings = s.store.settings.get();
  const ctx = contextOf(s, settings);
  const q = dayQueue(s.store.review, ctx, undefined, settings.newPerDayAll);
  const answeredToday = s.store.review.answeredCount(startOfToday(ctx));
  noteIfCleared(s, q, ctx, answeredToday);
  const day = today(ctx);
  const summaries = new Map(s.store.decks.list().map((d) => [d.id, d]));
  return {
    decks: q.decks.map((d) => ({ ...summaries.get(d.id)!, ...q.counts.get(d.id)! })),
    total: q.total,
    streak: streak(s.store.review.clearedDays(), day),
    answeredToday,
    nextDue: q.items.length === 0 ? nextDue(s, ctx, input.locale) : null,
  };
}
