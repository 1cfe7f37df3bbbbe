/**
 * Repaso's scheduling library: pure functions over plain data. No I/O, no clock, no randomness:
 * `now` and the review-day calendar come in a SchedulingContext.
 *
 * How the layers above use it:
 *  - context: `{ now, calendar: reviewCalendar({ timeZone, dayStartHour }) }`; keep one calendar
 *    per settings value (it caches day boundaries).
 *  - Review screen: `schedulerFor(deck.scheduler).nextStates(state, ctx)` → four states; label the
 *    buttons with `buttonLabels(next, ctx, locale)`; never compute an interval in the UI.
 *  - Answer (one transaction in the store): check `isCurrent(rowState, answeredFrom)` (else
 *    CARD_MODIFIED), then `answer(scheduler, rowState, q, ctx, durationMs)`; write `state` with
 *    `stateToColumns` and `record` as a review-log row.
 *  - Undo: take the card's last log row, check `canUndo(rowState, record)`, write `undo(record)`,
 *    delete the row.
 *  - Queue / Today: feed candidate rows to `buildQueue` / `dayCounts`; `streak` for the streak.
 */
export * from './constants';
export * from './grades';
export * from './state';
export * from './calendar';
export * from './context';
export * from './scheduler';
export * from './sm2';
export * from './fsrs';
export * from './schedulers';
export * from './answer';
export * from './queue';
export * from './streak';
export * from './intervals';
export * from './columns';
