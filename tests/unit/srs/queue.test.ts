import { describe, expect, it } from 'vitest';
import {
  buildQueue,
  buryUntil,
  civilDay,
  dayCounts,
  DAY_MS,
  HOUR_MS,
  MINUTE_MS,
  newCardState,
  reviewCalendar,
  sm2Scheduler,
  type CardState,
  type DeckDay,
  type QueueRow,
  type SchedulingContext,
} from '../../../src-main/srs';

const madrid = reviewCalendar({ timeZone: 'Europe/Madrid', dayStartHour: 4 });
const TODAY = civilDay(2026, 3, 10);
// 2026-03-10 12:00 in Madrid (UTC+1).
const NOON = Date.UTC(2026, 2, 10, 11);
const at = (now: number): SchedulingContext => ({ now, calendar: madrid });
const ctx = at(NOON);

/** A review card due at the start of review day `TODAY + dayOffset`, last answered the day it was scheduled. */
function dueState(dayOffset: number, intervalDays = 6): CardState {
  return {
    ...newCardState(),
    phase: 'review',
    reps: 2,
    intervalDays,
    due: madrid.startOf(TODAY + dayOffset),
    lastReview: madrid.startOf(TODAY + dayOffset - intervalDays) + 8 * HOUR_MS,
  };
}

function row(cardId: number, state: CardState, extra: Partial<QueueRow> = {}): QueueRow {
  return { cardId, deckId: 'k8s', noteKey: `note-${cardId}`, position: cardId, state, suspended: false, buriedUntil: null, ...extra };
}

const fresh = (cardId: number, extra: Partial<QueueRow> = {}) => row(cardId, newCardState(), extra);
const deck = (deckId: string, extra: Partial<DeckDay> = {}): DeckDay => ({ deckId, newDoneToday: 0, reviewsDoneToday: 0, ...extra });
const ids = (rows: readonly QueueRow[], decks: readonly DeckDay[] = [deck('k8s')], c = ctx) => buildQueue(rows, decks, c).map((i) => i.cardId);

describe('buildQueue order', () => {
  it('shows due reviews first, most overdue first, then new cards in position order', () => {
    const rows = [fresh(11), row(1, dueState(0)), fresh(10), row(2, dueState(-3)), row(3, dueState(-1)), row(4, dueState(1))];
    expect(buildQueue(rows, [deck('k8s')], ctx)).toEqual([
      { cardId: 2, deckId: 'k8s', kind: 'review' },
      { cardId: 3, deckId: 'k8s', kind: 'review' },
      { cardId: 1, deckId: 'k8s', kind: 'review' },
      { cardId: 10, deckId: 'k8s', kind: 'new' },
      { cardId: 11, deckId: 'k8s', kind: 'new' },
    ]);
  });

  it('takes new cards deck by deck in the order the decks are listed', () => {
    const rows = [fresh(1, { deckId: 'docker' }), fresh(2, { deckId: 'k8s' }), fresh(3, { deckId: 'docker' })];
    expect(ids(rows, [deck('k8s'), deck('docker')])).toEqual([2, 1, 3]);
    expect(ids(rows, [deck('docker'), deck('k8s')])).toEqual([1, 3, 2]);
  });
});

describe('buildQueue daily limits', () => {
  it('shows at most 20 new cards a day per deck by default, minus those already learned today', () => {
    const rows = Array.from({ length: 30 }, (_, i) => fresh(i + 1));
    expect(ids(rows)).toHaveLength(20);
    expect(ids(rows, [deck('k8s', { newDoneToday: 15 })])).toEqual([1, 2, 3, 4, 5]);
    expect(ids(rows, [deck('k8s', { newDoneToday: 25 })])).toEqual([]);
  });

  it('applies each deck its own new-card limit', () => {
    const rows = [...[1, 2, 3].map((i) => fresh(i, { deckId: 'a' })), ...[4, 5, 6].map((i) => fresh(i, { deckId: 'b' }))];
    expect(ids(rows, [deck('a', { newPerDay: 1 }), deck('b', { newPerDay: 2 })])).toEqual([1, 4, 5]);
  });

  it('shows at most 200 reviews a day per deck by default, minus those already done today', () => {
    const rows = Array.from({ length: 250 }, (_, i) => row(i + 1, dueState(-(i % 7))));
    expect(ids(rows)).toHaveLength(200);
    expect(ids(rows, [deck('k8s', { reviewsDoneToday: 190 })])).toHaveLength(10);
    expect(ids(rows, [deck('k8s', { reviewsPerDay: 5 })])).toHaveLength(5);
  });

  it('keeps the most overdue reviews when the limit cuts', () => {
    const rows = [row(1, dueState(0)), row(2, dueState(-5)), row(3, dueState(-2))];
    expect(ids(rows, [deck('k8s', { reviewsPerDay: 2 })])).toEqual([2, 3]);
  });

  it('gives decks it was not told about the default limits', () => {
    const rows = Array.from({ length: 25 }, (_, i) => fresh(i + 1, { deckId: 'unlisted' }));
    expect(ids(rows, [])).toHaveLength(20);
  });
});

describe('buildQueue and the review day', () => {
  it('shows a card due today from 04:00 local, not at 03:59', () => {
    const rows = [row(1, dueState(0))];
    const fourAm = madrid.startOf(TODAY);
    expect(fourAm).toBe(Date.UTC(2026, 2, 10, 3));
    expect(ids(rows, undefined, at(fourAm - MINUTE_MS))).toEqual([]);
    expect(ids(rows, undefined, at(fourAm))).toEqual([1]);
  });

  it('shows a card answered with a 1-day interval before spring-forward at 04:00 summer time the next morning', () => {
    const saturdayEvening = Date.UTC(2026, 2, 28, 21); // 22:00 CET, Saturday 28 March
    const state = sm2Scheduler.gradeToState(newCardState(), 5, at(saturdayEvening));
    const rows = [row(1, { ...state, redrill: false })];
    const sunday4am = Date.UTC(2026, 2, 29, 2); // 04:00 CEST
    expect(state.due).toBe(sunday4am);
    expect(ids(rows, undefined, at(sunday4am - MINUTE_MS))).toEqual([]);
    expect(ids(rows, undefined, at(sunday4am))).toEqual([1]);
  });

  it('counts an answer at 01:00 as part of the day before, so a 1-day interval is due at 04:00 the same night', () => {
    const oneAm = Date.UTC(2026, 2, 11, 0); // 01:00 CET on 11 March: still review day 10 March
    const state = sm2Scheduler.gradeToState(newCardState(), 4, at(oneAm));
    expect(state.due).toBe(madrid.startOf(TODAY + 1));
    expect(state.due! - oneAm).toBe(3 * HOUR_MS);
  });

  it('shows a card buried today again from the start of the next review day', () => {
    const rows = [row(1, dueState(0), { buriedUntil: buryUntil(ctx) })];
    expect(ids(rows)).toEqual([]);
    expect(ids(rows, undefined, at(madrid.startOf(TODAY + 1) - 1))).toEqual([]);
    expect(ids(rows, undefined, at(madrid.startOf(TODAY + 1)))).toEqual([1]);
  });

  it('never shows a suspended card', () => {
    expect(ids([row(1, dueState(-10), { suspended: true }), fresh(2, { suspended: true })])).toEqual([]);
  });
});

describe('buildQueue and siblings', () => {
  it('shows only the first new card of a note on a day', () => {
    const rows = [fresh(1, { noteKey: 'n' }), fresh(2, { noteKey: 'n' }), fresh(3)];
    expect(ids(rows)).toEqual([1, 3]);
  });

  it('buries a new sibling of a due review without using the new-card limit', () => {
    const rows = [fresh(1, { noteKey: 'n' }), row(2, dueState(-1), { noteKey: 'n' }), fresh(3)];
    expect(ids(rows, [deck('k8s', { newPerDay: 1 })])).toEqual([2, 3]);
  });

  it('hides a due card whose sibling was already answered today, and shows it the next day', () => {
    const answeredToday: CardState = { ...dueState(5), lastReview: NOON - HOUR_MS };
    const rows = [row(1, answeredToday, { noteKey: 'n' }), row(2, dueState(0), { noteKey: 'n' })];
    expect(ids(rows)).toEqual([]);
    expect(ids(rows, undefined, at(NOON + DAY_MS))).toEqual([2]);
  });
});

describe('buildQueue and the same-session re-drill', () => {
  const failedAt = NOON - 2 * MINUTE_MS;
  const failed = sm2Scheduler.gradeToState(dueState(0), 1, at(failedAt));

  it('puts a card failed two minutes ago after everything else, ready ten minutes after the answer', () => {
    const queue = buildQueue([row(1, failed), fresh(2), row(3, dueState(0))], [deck('k8s')], ctx);
    expect(queue.map((i) => [i.cardId, i.kind])).toEqual([[3, 'review'], [2, 'new'], [1, 'redrill']]);
    expect(queue[2]!.readyAt).toBe(failedAt + 10 * MINUTE_MS);
  });

  it('puts a re-drill first once its wait is over', () => {
    const later = at(failedAt + 10 * MINUTE_MS);
    expect(ids([row(1, failed), fresh(2), row(3, dueState(0))], undefined, later)).toEqual([1, 3, 2]);
  });

  it('does not count re-drills against the review limit', () => {
    expect(ids([row(1, failed), row(3, dueState(0))], [deck('k8s', { reviewsPerDay: 1 })])).toEqual([3, 1]);
  });

  it('drops a re-drill left over from an earlier day and shows the card when it is due', () => {
    const nextDay = at(failed.due! + HOUR_MS);
    expect(buildQueue([row(1, failed)], [deck('k8s')], nextDay)).toEqual([{ cardId: 1, deckId: 'k8s', kind: 'review' }]);
  });

  it('still shows the re-drilled card even though it was answered today', () => {
    expect(ids([row(1, failed, { noteKey: 'n' }), fresh(2, { noteKey: 'n' })])).toEqual([1]);
  });
});

describe('dayCounts', () => {
  it('counts per deck exactly what the queue would show', () => {
    const failed = sm2Scheduler.gradeToState(dueState(0), 1, at(NOON - MINUTE_MS));
    const rows = [
      row(1, dueState(0), { deckId: 'a' }),
      row(2, dueState(-2), { deckId: 'a' }),
      row(3, failed, { deckId: 'b' }),
      fresh(4, { deckId: 'b' }),
      fresh(5, { deckId: 'b' }),
      fresh(6, { deckId: 'b', noteKey: 'note-5' }),
      row(7, dueState(3), { deckId: 'a' }),
    ];
    expect(dayCounts(rows, [deck('a'), deck('b', { newPerDay: 5, newDoneToday: 4 }), deck('c')], ctx)).toEqual({
      decks: [
        { deckId: 'a', due: 2, new: 0, learning: 0 },
        { deckId: 'b', due: 0, new: 1, learning: 1 },
        { deckId: 'c', due: 0, new: 0, learning: 0 },
      ],
      total: { due: 2, new: 1, learning: 1 },
    });
  });
});
