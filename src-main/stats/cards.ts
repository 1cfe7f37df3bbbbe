import type { CardCounts } from './types';

/** Anki's line between young and mature cards: an interval of 21 days or more, days. */
export const MATURE_INTERVAL_DAYS = 21;

/** Live cards sharing a deck and the state columns that decide their class (the store groups them). */
export interface CardGroupRow {
  deckId: string;
  phase: 'new' | 'review';
  suspended: boolean;
  /** SM-2's n: passing answers in a row. */
  reps: number;
  intervalDays: number;
  cards: number;
  /** Sum of the cards' easiness factors, thousandths. */
  efSum: number;
}

export type CardClass = Exclude<keyof CardCounts, 'total'>;

/** The one class a card belongs to (definitions at `CardCounts`). */
export function cardClass(card: Pick<CardGroupRow, 'phase' | 'suspended' | 'reps' | 'intervalDays'>): CardClass {
  if (card.suspended) return 'suspended';
  if (card.phase === 'new') return 'new';
  if (card.reps === 0) return 'learning';
  return card.intervalDays >= MATURE_INTERVAL_DAYS ? 'mature' : 'young';
}

export interface DeckCards {
  counts: CardCounts;
  /** Sum and number of the easiness factors that make the average ease (answered, unsuspended). */
  efSum: number;
  efCards: number;
}

export function emptyDeckCards(): DeckCards {
  return { counts: { total: 0, new: 0, learning: 0, young: 0, mature: 0, suspended: 0 }, efSum: 0, efCards: 0 };
}

/** Counts by class and the ease sums, per deck. */
export function cardsByDeck(rows: readonly CardGroupRow[]): Map<string, DeckCards> {
  const decks = new Map<string, DeckCards>();
  for (const row of rows) {
    let deck = decks.get(row.deckId);
    if (!deck) decks.set(row.deckId, (deck = emptyDeckCards()));
    const cls = cardClass(row);
    deck.counts[cls] += row.cards;
    deck.counts.total += row.cards;
    if (cls !== 'new' && cls !== 'suspended') {
      deck.efSum += row.efSum;
      deck.efCards += row.cards;
    }
  }
  return decks;
}

/** Adds b into a (totals over decks). */
export function addDeckCards(a: DeckCards, b: DeckCards): DeckCards {
  const counts = { ...a.counts };
  for (const key of Object.keys(counts) as (keyof CardCounts)[]) counts[key] += b.counts[key];
  return { counts, efSum: a.efSum + b.efSum, efCards: a.efCards + b.efCards };
}

/** Mean EF as a factor (2.5), from thousandths; null when no card has one. */
export function averageEase(cards: DeckCards): number | null {
  return cards.efCards === 0 ? null : cards.efSum / cards.efCards / 1000;
}
