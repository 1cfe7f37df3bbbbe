import { describe, expect, it } from 'vitest';
import { civilDay, reviewCalendar } from '../../../src-main/srs';
import { recentSinceSlot, statsSummary, type StatsRows } from '../../../src-main/stats';

const SLOT = 15 * 60_000;
const madrid = reviewCalendar({ timeZone: 'Europe/Madrid', dayStartHour: 4 });
const NOW = Date.UTC(2026, 2, 10, 9, 0); // 10:00 in Madrid

const rows: StatsRows = {
  decks: [
    { id: 'k8s', title: 'Kubernetes' },
    { id: 'docker', title: 'Docker' },
    { id: 'helm', title: 'Helm' },
  ],
  tallies: [
    { deckId: 'docker', answers: 10, durationMs: 30_000, reviews: 4, passed: 3, recentReviews: 2, recentPassed: 2 },
    { deckId: 'k8s', answers: 20, durationMs: 50_000, reviews: 12, passed: 9, recentReviews: 4, recentPassed: 3 },
  ],
  cardGroups: [
    { deckId: 'k8s', phase: 'new', suspended: false, reps: 0, intervalDays: 0, cards: 3, efSum: 7500 },
    { deckId: 'k8s', phase: 'review', suspended: false, reps: 3, intervalDays: 25, cards: 2, efSum: 5000 },
    { deckId: 'docker', phase: 'review', suspended: false, reps: 1, intervalDays: 1, cards: 1, efSum: 2500 },
  ],
  slots: [{ slot: NOW / SLOT, answers: 6, durationMs: 12_000 }],
  due: [{ due: madrid.startOf(civilDay(2026, 3, 11)), cards: 2 }],
};

describe('statsSummary', () => {
  it('sums every deck into the totals and lists decks in their order, unanswered ones included', () => {
    const s = statsSummary(rows, { calendar: madrid, now: NOW, days: 365, slotMs: SLOT, deckId: null });
    expect(s.today).toBe('2026-03-10');
    expect(s.heatmap).toHaveLength(365);
    expect(s.heatmap.at(-1)).toEqual({ date: '2026-03-10', answers: 6, durationMs: 12_000 });
    expect(s.activeDays).toBe(1);
    expect(s.forecast.slice(0, 2)).toEqual([
      { date: '2026-03-10', due: 0 },
      { date: '2026-03-11', due: 2 },
    ]);
    expect(s.totals).toEqual({
      cards: { total: 6, new: 3, learning: 0, young: 1, mature: 2, suspended: 0 },
      averageEase: 2.5,
      retention: { last30Days: { reviews: 6, passed: 5, rate: 5 / 6 }, allTime: { reviews: 16, passed: 12, rate: 0.75 } },
      answers: 30,
      durationMs: 80_000,
    });
    expect(s.decks.map((d) => [d.id, d.answers, d.cards.total, d.retention.allTime.rate])).toEqual([
      ['k8s', 20, 5, 0.75],
      ['docker', 10, 1, 0.75],
      ['helm', 0, 0, null],
    ]);
  });

  it('limits the totals to the filtered deck but still lists every deck', () => {
    const s = statsSummary(rows, { calendar: madrid, now: NOW, days: 30, slotMs: SLOT, deckId: 'docker' });
    expect(s.deckId).toBe('docker');
    expect(s.totals.answers).toBe(10);
    expect(s.totals.cards.total).toBe(1);
    expect(s.totals.retention.last30Days.rate).toBe(1);
    expect(s.decks).toHaveLength(3);
  });

  it('starts the recent window 29 review days before today, at the day-start hour', () => {
    // 2026-02-09 04:00 in Madrid (UTC+1) = 03:00 UTC.
    expect(recentSinceSlot(madrid, NOW, SLOT) * SLOT).toBe(Date.UTC(2026, 1, 9, 3, 0));
  });
});
