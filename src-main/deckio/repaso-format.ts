/**
 * Repaso's own deck format, YAML or JSON: the deck file of decks/README.md with every card's id,
 * so an export read back gives the same deck (and, with `schedule`, the same scheduling state).
 */
import { stringify } from 'yaml';
import type { ExchangeCard, ExchangeDeckFile } from '../decks/schema';
import type { DeckRow, ExportNote } from '../store/repos/decks';
import { scheduleEntry } from './schedule';

/** The deck as a file states it, from the store's rows; `withSchedule` adds each card's state. */
export function deckModel(deck: Pick<DeckRow, 'id' | 'title' | 'lang' | 'description' | 'version'>, notes: readonly ExportNote[], withSchedule: boolean): ExchangeDeckFile {
  return {
    id: deck.id,
    title: deck.title,
    lang: deck.lang,
    ...(deck.description.trim() === '' ? {} : { description: deck.description }),
    version: deck.version,
    cards: notes.map((note) => cardOf(note, withSchedule)),
  };
}

function cardOf(note: ExportNote, withSchedule: boolean): ExchangeCard {
  const { kind: _kind, ...fields } = note.content;
  const card: Record<string, unknown> = { id: note.key, kind: note.kind, ...fields };
  if (note.tags.length > 0) card.tags = note.tags;
  if (withSchedule) {
    const schedule = note.cards.map(scheduleEntry).filter((e) => e !== null);
    if (schedule.length > 0) card.schedule = schedule;
  }
  return card as ExchangeCard;
}

export function writeDeckYaml(deck: ExchangeDeckFile): string {
  // lineWidth 0: never fold long card text, so a diff of two exports shows real changes only.
  return stringify(deck, { lineWidth: 0, minContentWidth: 0 });
}

export function writeDeckJson(deck: ExchangeDeckFile): string {
  return `${JSON.stringify(deck, null, 2)}\n`;
}
