import { describe, expect, it } from 'vitest';
import { averageEase, cardClass, cardsByDeck, retention, type CardGroupRow } from '../../../src-main/stats';

const group = (over: Partial<CardGroupRow>): CardGroupRow => ({
  deckId: 'k8s',
  phase: 'review',
  suspended: false,
  reps: 3,
  intervalDays: 10,
  cards: 1,
  efSum: 2500,
  ...over,
});

describe('retention', () => {
  it('is the share of scheduled reviews graded 3 or more', () => {
    expect(retention(8, 6)).toEqual({ reviews: 8, passed: 6, rate: 0.75 });
  });

  it('is null, not zero, when there was nothing to review', () => {
    expect(retention(0, 0)).toEqual({ reviews: 0, passed: 0, rate: null });
  });

  it('refuses more passes than reviews, naming both counts', () => {
    expect(() => retention(2, 3)).toThrow('passed (3) must be a whole number between 0 and reviews (2)');
  });
});

describe('card classes', () => {
  it('puts a card in exactly one class: suspended first, then new, learning, young or mature', () => {
    expect(cardClass(group({ phase: 'new', suspended: true }))).toBe('suspended');
    expect(cardClass(group({ phase: 'new', reps: 0, intervalDays: 0 }))).toBe('new');
    expect(cardClass(group({ reps: 0, intervalDays: 1 }))).toBe('learning');
    expect(cardClass(group({ reps: 2, intervalDays: 20 }))).toBe('young');
    expect(cardClass(group({ reps: 4, intervalDays: 21 }))).toBe('mature');
    // A lapsed mature card starts over: learning, whatever its old interval.
    expect(cardClass(group({ reps: 0, intervalDays: 30 }))).toBe('learning');
  });

  it('counts classes per deck and averages the ease of answered, unsuspended cards only', () => {
    const decks = cardsByDeck([
      group({ phase: 'new', reps: 0, intervalDays: 0, cards: 5, efSum: 5 * 2500 }),
      group({ reps: 1, intervalDays: 1, cards: 2, efSum: 2360 + 2500 }),
      group({ reps: 5, intervalDays: 40, cards: 1, efSum: 3100 }),
      group({ suspended: true, cards: 1, efSum: 1300 }),
      group({ deckId: 'docker', reps: 0, intervalDays: 1, cards: 1, efSum: 1800 }),
    ]);
    const k8s = decks.get('k8s')!;
    expect(k8s.counts).toEqual({ total: 9, new: 5, learning: 0, young: 2, mature: 1, suspended: 1 });
    expect(averageEase(k8s)).toBeCloseTo((2360 + 2500 + 3100) / 3 / 1000, 10);
    expect(decks.get('docker')!.counts).toEqual({ total: 1, new: 0, learning: 1, young: 0, mature: 0, suspended: 0 });
  });

  it('has no average ease for a deck of new cards', () => {
    expect(averageEase(cardsByDeck([group({ phase: 'new', cards: 3, efSum: 7500 })]).get('k8s')!)).toBeNull();
  });
});
