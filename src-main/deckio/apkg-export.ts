/**
 * A Repaso deck as the rows of a legacy Anki collection (schema 11, which every Anki version
 * imports): four stock note types, one deck named after the Repaso deck, one note per card.
 * Pure: store/anki-writer.ts writes these rows to SQLite, apkg-export-package.ts zips them.
 *
 * Kinds without an Anki twin take the nearest one: a choice card is a Basic note (question and
 * options in front, the right answers and explanation behind); a command drill is a type-in note
 * (Anki compares what the learner types with the canonical command; accepted forms and the hint
 * go into Extra, since Anki cannot run a simulator).
 */
import { createHash } from 'node:crypto';
import type { ExchangeCard, ExchangeDeckFile, ScheduleEntry } from '../decks/schema';
import type { AnkiCard } from '../store/anki-collection';
import { cardOrds } from '../decks/notes';
import { escapeHtml, fragmentToHtml, markdownToHtml } from './apkg-export-html';
import { decodeEntities } from './html-text';

const DAY_MS = 86_400_000;

export type AnkiModelKey = 'basic' | 'reversed' | 'cloze' | 'type';

export interface AnkiModelSpec {
  id: number;
  name: string;
  /** 1 for cloze note types (one card per cloze number), else 0. */
  type: 0 | 1;
  fields: string[];
  templates: { name: string; qfmt: string; afmt: string }[];
  /** Index of the field Anki's browser sorts by. */
  sortf: number;
  /** Which fields must be non-empty for each template to make a card (Anki's `req`). */
  req: [number, 'any' | 'all', number[]][];
  css: string;
}

/** A card as the export writes it: only new (type 0) and review (type 2) cards, queue -1 when suspended. */
export type AnkiCardRow = Pick<AnkiCard, 'ord' | 'type' | 'queue' | 'due' | 'ivl' | 'factor' | 'reps' | 'lapses'>;

export interface AnkiNoteRow {
  guid: string;
  model: AnkiModelKey;
  fields: string[];
  tags: string[];
  /** The sort field as plain text, and Anki's checksum of the first field. */
  sfld: string;
  csum: number;
  cards: AnkiCardRow[];
}

export interface AnkiExport {
  /** Collection creation, seconds since epoch (UTC midnight): day 0 of review cards' due. */
  crt: number;
  /** Modification time, ms since epoch; also the base of the note and card ids. */
  now: number;
  deck: { id: number; name: string; description: string };
  models: Record<AnkiModelKey, AnkiModelSpec>;
  notes: AnkiNoteRow[];
}

const CSS = `.card {
  font-family: system-ui, sans-serif;
  font-size: 20px;
  text-align: left;
  color: black;
  background-color: white;
}
.nightMode .card, .night_mode .card { color: #eee; background-color: #1e1e1e; }
code, pre { font-family: ui-monospace, monospace; }
pre { padding: 8px; border-radius: 6px; background: rgba(127, 127, 127, 0.15); white-space: pre-wrap; }
.cloze { font-weight: bold; color: #1565c0; }
.nightMode .cloze, .night_mode .cloze { color: #64b5f6; }
.extra { margin-top: 12px; font-size: 0.9em; opacity: 0.85; }
`;

/** Fixed ids: an Anki that imported an earlier export recognises the same note types again. */
export const ANKI_MODELS: Record<AnkiModelKey, AnkiModelSpec> = {
  basic: {
    id: 1_730_000_000_001,
    name: 'Basic',
    type: 0,
    fields: ['Front', 'Back'],
    templates: [{ name: 'Card 1', qfmt: '{{Front}}', afmt: '{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}' }],
    sortf: 0,
    req: [[0, 'any', [0]]],
    css: CSS,
  },
  reversed: {
    id: 1_730_000_000_002,
    name: 'Basic (and reversed card)',
    type: 0,
    fields: ['Front', 'Back'],
    templates: [
      { name: 'Card 1', qfmt: '{{Front}}', afmt: '{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}' },
      { name: 'Card 2', qfmt: '{{Back}}', afmt: '{{FrontSide}}\n\n<hr id=answer>\n\n{{Front}}' },
    ],
    sortf: 0,
    req: [
      [0, 'any', [0]],
      [1, 'any', [1]],
    ],
    css: CSS,
  },
  cloze: {
    id: 1_730_000_000_003,
    name: 'Cloze',
    type: 1,
    fields: ['Text', 'Back Extra'],
    templates: [{ name: 'Cloze', qfmt: '{{cloze:Text}}', afmt: '{{cloze:Text}}<br>\n<div class=extra>{{Back Extra}}</div>' }],
    sortf: 0,
    req: [[0, 'any', [0]]],
    css: CSS,
  },
  type: {
    id: 1_730_000_000_004,
    name: 'Basic (type in the answer)',
    type: 0,
    fields: ['Front', 'Back', 'Extra'],
    templates: [
      {
        name: 'Card 1',
        qfmt: '{{Front}}\n\n{{type:Back}}',
        afmt: '{{Front}}\n\n<hr id=answer>\n\n{{type:Back}}\n{{#Extra}}<div class=extra>{{Extra}}</div>{{/Extra}}',
      },
    ],
    sortf: 0,
    req: [[0, 'any', [0]]],
    css: CSS,
  },
};

export interface AnkiExportOptions {
  /** ms since epoch. */
  now: number;
  /** Write review cards' intervals and ease (else every card is new in Anki). */
  schedule: boolean;
}

/** `repaso:<deck>:<card>`: the same card keeps its guid, so Anki updates it on a re-import. */
export function guidOf(deckId: string, cardId: string): string {
  return `repaso:${deckId}:${cardId}`;
}

export function toAnkiExport(deck: ExchangeDeckFile, options: AnkiExportOptions): AnkiExport {
  const entries = options.schedule ? deck.cards.flatMap((c) => c.schedule ?? []) : [];
  // Day 0 is a UTC midnight on or before every date written, so no review card's due is negative.
  const earliest = Math.min(options.now, ...entries.flatMap((e) => (e.due ? [Date.parse(e.due)] : [])));
  const crt = (Math.floor(earliest / DAY_MS) * DAY_MS) / 1000;
  const notes = deck.cards.map((card, position) => {
    const { model, fields } = ankiNoteFields(card);
    // The cards Repaso stores for this note (decks/notes.ts), as Anki's 0-based ords.
    const ords = model === 'cloze' ? cardOrds(card).map((n) => n - 1) : model === 'reversed' ? [0, 1] : [0];
    const cards = ords.map((ord) => cardRow(ord, position + 1, options.schedule ? entryFor(card, model, ord) : undefined, crt));
    const sfld = plain(fields[ANKI_MODELS[model].sortf]!);
    return { guid: guidOf(deck.id, card.id), model, fields, tags: (card.tags ?? []).map(ankiTag), sfld, csum: checksum(plain(fields[0]!)), cards };
  });
  return {
    crt,
    now: options.now,
    deck: { id: options.now, name: deck.title, description: deck.description ?? '' },
    models: ANKI_MODELS,
    notes,
  };
}

/** The note type and its fields (HTML) for one card. */
export function ankiNoteFields(card: ExchangeCard): { model: AnkiModelKey; fields: string[] } {
  const html = markdownToHtml;
  const extra = (body: string, more: string | undefined) => (more ? `${body}\n<div class=extra>${html(more)}</div>` : body);
  switch (card.kind) {
    case 'basic':
      return { model: card.reversed ? 'reversed' : 'basic', fields: [html(card.front), extra(html(card.back), card.extra)] };
    case 'cloze':
      return { model: 'cloze', fields: [html(card.text), card.extra ? html(card.extra) : ''] };
    case 'type':
      return { model: 'type', fields: [html(card.front), escapeHtml(card.answer), card.extra ? html(card.extra) : ''] };
    case 'choice': {
      const options = `<ul>${card.options.map((o) => `<li>${fragmentToHtml(o.text)}</li>`).join('')}</ul>`;
      const correct = `<ul>${card.options.filter((o) => o.correct).map((o) => `<li>${fragmentToHtml(o.text)}</li>`).join('')}</ul>`;
      return { model: 'basic', fields: [`${html(card.question)}\n${options}`, extra(correct, card.explanation ?? card.extra)] };
    }
    case 'command': {
      // Anki strips HTML before comparing a typed answer: the command goes in as escaped text.
      const notes = [
        ...(card.accept && card.accept.length > 0 ? [`**Also accepted:**\n\n${card.accept.map((a) => `- \`${a}\``).join('\n')}`] : []),
        ...(card.hint ? [`**Hint:** ${card.hint}`] : []),
        ...(card.extra ? [card.extra] : []),
      ];
      return { model: 'type', fields: [html(card.prompt), escapeHtml(card.answer), notes.length > 0 ? html(notes.join('\n\n')) : ''] };
    }
  }
}

function entryFor(card: ExchangeCard, model: AnkiModelKey, ord: number): ScheduleEntry | undefined {
  // Repaso numbers a cloze's cards by cloze number (c1 → 1); Anki by position from 0.
  const repasoOrd = model === 'cloze' ? ord + 1 : ord;
  return card.schedule?.find((e) => e.card === repasoOrd);
}

function cardRow(ord: number, position: number, entry: ScheduleEntry | undefined, crt: number): AnkiCardRow {
  const fresh: AnkiCardRow = { ord, type: 0, queue: entry?.suspended ? -1 : 0, due: position, ivl: 0, factor: 0, reps: 0, lapses: entry?.lapses ?? 0 };
  if (!entry || entry.due === undefined || entry.interval === undefined) return fresh;
  const lapses = entry.lapses ?? 0;
  return {
    ord,
    type: 2,
    queue: entry.suspended ? -1 : 2,
    due: Math.round((Date.parse(entry.due) - crt * 1000) / DAY_MS),
    ivl: entry.interval,
    factor: Math.round((entry.ef ?? 2.5) * 1000),
    // SM-2's n counts answers right in a row; Anki counts every review, lapses included.
    reps: (entry.reps ?? 1) + lapses,
    lapses,
  };
}

/** Anki tags cannot hold spaces. */
function ankiTag(tag: string): string {
  return tag.trim().replace(/\s+/g, '_');
}

/** A field as Anki's sort field and checksum see it: tags stripped, entities decoded. */
function plain(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/** Anki's duplicate check: the first 8 hex digits of the SHA-1 of the plain first field. */
function checksum(text: string): number {
  return parseInt(createHash('sha1').update(text, 'utf8').digest('hex').slice(0, 8), 16);
}
