/** From a card definition in a deck file to the note the store keeps and the cards it yields. */
import type { NoteInput } from '../store/repos/decks';

export interface CardDefLike {
  id: string;
  kind: NoteInput['kind'];
  tags?: string[];
  reversed?: boolean;
  text?: string;
  [field: string]: unknown;
}

const CLOZE_NUMBER = /\{\{c(\d+)::/g;

/** 0 = the card itself; 1 = a basic card's reversed twin; N = cloze number N. */
export function cardOrds(card: CardDefLike): number[] {
  if (card.kind === 'basic') return card.reversed ? [0, 1] : [0];
  if (card.kind === 'cloze') {
    const numbers = new Set<number>();
    for (const match of String(card.text ?? '').matchAll(CLOZE_NUMBER)) numbers.add(Number(match[1]));
    return [...numbers].sort((a, b) => a - b);
  }
  return [0];
}

export function toNoteInput(card: CardDefLike): NoteInput {
  const { id, kind, tags, ...content } = card;
  return { key: id, kind, content: { kind, ...content }, tags: tags ?? [], ords: cardOrds(card) };
}
