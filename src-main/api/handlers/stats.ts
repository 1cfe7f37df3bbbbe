import type { Handlers } from '../dispatch';
import { AppError } from '../result';
import { calendarFor } from '../review/context';
import type { Services } from './services';
import { STATS_SLOT_MS } from '../../store/repos/stats';
import { forecastEnd, heatmapSinceSlot, recentSinceSlot, statsSummary, type StatsSummary } from '../../stats';

/** The heatmap's length when the caller does not say, review days. */
export const DEFAULT_HEATMAP_DAYS = 365;

export function statsHandlers(s: Services): Pick<Handlers, 'stats:summary'> {
  return {
    'stats:summary': (input) => summary(s, input),
  };
}

/**
 * The store reads sums (answers per deck and slot, cards per class), src-main/stats folds them
 * into review days of the user's calendar (zone and day-start hour) and into figures.
 */
function summary(s: Services, input: { deckId?: string; days?: number }): StatsSummary {
  const now = s.now();
  const calendar = calendarFor(s.timeZone, s.store.settings.get().dayStartHour);
  const days = input.days ?? DEFAULT_HEATMAP_DAYS;
  const deckId = input.deckId ?? null;
  const stats = s.store.stats;
  const decks = stats.decks();
  if (deckId !== null && !decks.some((d) => d.id === deckId)) {
    throw new AppError('NOT_FOUND', `stats:summary: no deck "${deckId}"`);
  }
  return statsSummary(
    {
      decks,
      tallies: stats.tallies(recentSinceSlot(calendar, now, STATS_SLOT_MS)),
      cardGroups: stats.cardGroups(),
      slots: stats.slots(heatmapSinceSlot(calendar, now, days, STATS_SLOT_MS), deckId),
      due: stats.dueBefore(forecastEnd(calendar, now), deckId === null ? decks.map((d) => d.id) : [deckId]),
    },
    { calendar, now, days, slotMs: STATS_SLOT_MS, deckId },
  );
}
