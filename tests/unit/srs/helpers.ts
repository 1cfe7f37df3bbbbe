import { defaultsForTesting, HOUR_MS, newCardState, sm2Scheduler, type CardState, type Quality, type Scheduler, type SchedulingContext } from '../../../src-main/srs';

/**
 * Answers `grades` in order, each on the day the card falls due (8 hours after its day starts,
 * i.e. at noon when days start at 04:00), starting from a new card at `ctx.now`.
 */
export function answerOnDueDays(
  grades: readonly Quality[],
  ctx: SchedulingContext = defaultsForTesting(),
  scheduler: Scheduler = sm2Scheduler,
): CardState[] {
  const states: CardState[] = [];
  let state = newCardState();
  let now = ctx.now;
  for (const q of grades) {
    state = scheduler.gradeToState(state, q, { ...ctx, now });
    states.push(state);
    now = state.due! + 8 * HOUR_MS;
  }
  return states;
}
