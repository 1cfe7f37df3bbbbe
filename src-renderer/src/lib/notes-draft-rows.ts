/**
 * The draft editor's working rows for a deck drawn from notes: which cards are kept, their two
 * editable fields, and the deck file the kept ones make. Pure: no runes, no API, tested directly.
 *
 * Only the two fields a learner reads are edited (front/back, front/answer, prompt/answer); the
 * rest (source, tags, scenario, check) stays what the notes gave, and main validates the file.
 */
import type { DraftCardView, DraftFlag, ImportPreview } from '../../../src-main/api/types';

export interface DraftRow {
  /** The card's id in the draft; the file keeps it. */
  id: string;
  kind: DraftCardView['card']['kind'];
  line: number;
  include: boolean;
  /** The question side: front (basic, type) or prompt (command). */
  ask: string;
  /** The answer side: back (basic) or answer (type, command). */
  reply: string;
  flag: DraftFlag | null;
  /** The card as the notes gave it, for everything the editor does not show. */
  original: DraftCardView['card'];
}

export function rowsFromDraft(draft: readonly DraftCardView[]): DraftRow[] {
  return draft.map(({ card, line, flag }) => {
    const [ask, reply] = fieldsOf(card);
    const fields = card as unknown as Record<string, unknown>;
    // A drill whose answer fails in the simulator could never be passed: off until the user decides.
    return { id: card.id, kind: card.kind, line, include: flag === null, ask: String(fields[ask] ?? ''), reply: String(fields[reply] ?? ''), flag, original: card };
  });
}

/** The names of the question and answer fields of a card kind. */
export function fieldsOf(card: DraftCardView['card']): ['front' | 'prompt', 'back' | 'answer'] {
  if (card.kind === 'command') return ['prompt', 'answer'];
  if (card.kind === 'type') return ['front', 'answer'];
  return ['front', 'back'];
}

/** Kept rows with a blank field: importing them would be refused, so the editor says so first. */
export function blankRows(rows: readonly DraftRow[]): DraftRow[] {
  return rows.filter((r) => r.include && (r.ask.trim() === '' || r.reply.trim() === ''));
}

/** The kept cards as a Repaso JSON deck file: the existing import path validates and writes it. */
export function deckFileFromRows(deck: NonNullable<ImportPreview['deck']>, title: string, rows: readonly DraftRow[]): string {
  const cards = rows
    .filter((r) => r.include)
    .map((r) => {
      const [ask, reply] = fieldsOf(r.original);
      return { ...r.original, [ask]: r.ask.trim(), [reply]: r.reply.trim() };
    });
  const file = { id: deck.id, title: title.trim() || deck.title, lang: deck.lang, version: deck.version, description: deck.description, cards };
  return JSON.stringify(file, null, 2);
}
