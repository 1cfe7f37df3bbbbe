/**
 * The store hands buildQueue a slim view of each candidate's state (phase, due, redrill,
 * lastReview). This pins that the queue over the views is the queue over the full states, so
 * a future buildQueue that reads another field fails here instead of misordering cards.
 */
import { describe, expect, it } from 'vitest';
import { queueState } from '../../../src-main/api/review/day-queue';
import { seededRandom } from '../../../src-main/cards';
import { buildQueue, dayCounts, defaultsForTesting, sm2Scheduler, newCardState, type CardState, type QueueRow } from '../../../src-main/srs';

const DAY = 86_400_000;

/** A card with a random real history: 0–8 answers of random grades at random past times. */
function randomCard(random: () => number, now: number): CardState {
  let state = newCardState();
  const answers = Math.floor(random() * 9);
  let at = now - Math.floor(random() * 60) * DAY;
  for (let i = 0; i < answers && at < now; i++) {
    const q = [1, 3, 4, 5][Math.floor(random() * 4)] as 1 | 3 | 4 | 5;
    state = sm2Scheduler.gradeToState(state, q, defaultsForTesting({ now: at }));
    at += Math.floor(random() * 10 * DAY * random());
  }
  return state;
}

describe('the queue over slim candidate states', () => {
  it('orders and counts exactly as over full states, for 20 random collections', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const random = seededRandom(seed);
      const ctx = defaultsForTesting();
      const full: QueueRow[] = Array.from({ length: 300 }, (_, i) => ({
        cardId: i + 1,
        deckId: `d${i % 3}`,
        noteKey: String(Math.floor(i / 2)),
        position: i,
        state: randomCard(random, ctx.now),
        suspended: random() < 0.05,
        buriedUntil: random() < 0.05 ? ctx.now + DAY : null,
      }));
      const slim = full.map((r) => ({ ...r, state: queueState(r.state) }));
      const decks = [0, 1, 2].map((d) => ({ deckId: `d${d}`, newPerDay: 5 + d, reviewsPerDay: 20, newDoneToday: d, reviewsDoneToday: 0 }));
      expect(buildQueue(slim, decks, ctx)).toEqual(buildQueue(full, decks, ctx));
      expect(dayCounts(slim, decks, ctx)).toEqual(dayCounts(full, decks, ctx));
      expect(buildQueue(full, decks, ctx).length).toBeGreaterThan(10);
    }
  });
});
