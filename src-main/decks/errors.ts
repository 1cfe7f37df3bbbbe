/** A problem found in a deck or scenario file, located well enough for an author to fix it. */
export interface DeckError {
  /** The file name as the caller gave it (`decks/pods.yaml`). */
  file: string;
  /** 1-based line; the line of the offending key when there is one, else of its enclosing map. */
  line: number;
  /** The id of the card the problem is in, when it is inside a card that has a readable id. */
  cardId?: string;
  /** Path of the field inside the card (or the file, outside cards): `back`, `options[1].text`. */
  field?: string;
  /** What is wrong, in a few words: `required`, `unknown field`, `duplicate id (first at line 12)`. */
  message: string;
}

/** `decks/pods.yaml:42: card "pod-definicion": field "back": required` */
export function formatDeckError(e: DeckError): string {
  const parts = [`${e.file}:${e.line}`];
  if (e.cardId !== undefined) parts.push(`card "${e.cardId}"`);
  if (e.field !== undefined) parts.push(`field "${e.field}"`);
  parts.push(e.message);
  return parts.join(': ');
}

export function byPosition(a: DeckError, b: DeckError): number {
  return a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1;
}
