import { describe, expect, it } from 'vitest';
import { capNewCards, type QueueItem } from '../../../src-main/srs';

const item = (cardId: number, deckId: string, kind: QueueItem['kind'] = 'new'): QueueItem => ({ cardId, deckId, kind });

describe('capNewCards', () => {
  const queue = [item(1, 'a', 'review'), item(2, 'a'), item(3, 'a'), item(4, 'a'), item(5, 'b'), item(6, 'c'), item(7, 'c'), item(8, 'b', 'redrill')];

  it('takes new cards one deck at a time in turn and keeps the queue order', () => {
    expect(capNewCards(queue, ['a', 'b', 'c'], 4).map((i) => i.cardId)).toEqual([1, 2, 3, 5, 6, 8]);
  });

  it('follows the deck order it is given, not the order cards appear in', () => {
    expect(capNewCards(queue, ['c', 'b', 'a'], 2).map((i) => i.cardId)).toEqual([1, 5, 6, 8]);
  });

  it('leaves the queue alone when the cap is not reached, and drops every new card at 0', () => {
    expect(capNewCards(queue, ['a', 'b', 'c'], 6)).toEqual(queue);
    expect(capNewCards(queue, ['a', 'b', 'c'], 0).map((i) => i.kind)).toEqual(['review', 'redrill']);
  });

  it('skips a deck that has run out and goes on with the others', () => {
    // Round 1 takes 2, 5 and 6; b has no more, so round 2 takes 3 and 7.
    expect(capNewCards(queue, ['a', 'b', 'c'], 5).map((i) => i.cardId)).toEqual([1, 2, 3, 5, 6, 7, 8]);
  });
});
