/**
 * Anki's plain-text notes (CSV/TSV, "Notes in Plain Text") into the deck model, and a deck out
 * as a file Anki imports. Columns are found by `#columns` names, by `#<role> column:N` headers,
 * or else the first two columns are front and back. The kind comes from the note type (column
 * or `#notetype`), or from the text: a `{{c1::` makes a cloze.
 */
import { clozeProblems } from '../decks/rules';
import { exchangeDeckFileSchema, type CardDef, type ExchangeCard, type ExchangeDeckFile } from '../decks/schema';
import { readHeaders, guessSeparator, type AnkiHeaders } from './anki-headers';
import { parseDelimited, writeDelimited } from './delimited';
import { htmlToText } from './html-text';
import { deckIdFromTitle, idFromGuid } from './ids';

export interface TextImportProblem {
  line: number;
  message: string;
}

export interface TextImport {
  deck: ExchangeDeckFile | null;
  problems: TextImportProblem[];
  warnings: string[];
  separator: string;
  html: boolean;
}

export interface TextImportOptions {
  fileName: string;
  /** Language tag of the card text (a text file does not say). */
  lang: string;
}

type Role = 'front' | 'back' | 'tags' | 'deck' | 'notetype' | 'guid';

const COLUMN_NAMES: Record<string, Role> = {
  front: 'front',
  question: 'front',
  text: 'front',
  back: 'back',
  answer: 'back',
  extra: 'back',
  'back extra': 'back',
  tags: 'tags',
  deck: 'deck',
  notetype: 'notetype',
  'note type': 'notetype',
  guid: 'guid',
};

const CLOZE_OPENING = /\{\{c\d+::/;

/** Which column holds what: the headers' word first, then names, then the first free columns. */
function columnRoles(h: AnkiHeaders, width: number): { roles: Map<Role, number>; unused: number[] } {
  const roles = new Map<Role, number>();
  const taken = new Set<number>();
  const assign = (role: Role, index: number | undefined) => {
    if (index === undefined || roles.has(role) || taken.has(index)) return;
    roles.set(role, index);
    taken.add(index);
  };
  assign('notetype', h.notetypeColumn);
  assign('deck', h.deckColumn);
  assign('tags', h.tagsColumn);
  assign('guid', h.guidColumn);
  h.columns?.forEach((name, i) => {
    const role = COLUMN_NAMES[name.toLowerCase()];
    if (role) assign(role, i);
  });
  const free = Array.from({ length: width }, (_, i) => i).filter((i) => !taken.has(i));
  assign('front', free[0]);
  assign('back', free.find((i) => !taken.has(i)));
  return { roles, unused: Array.from({ length: width }, (_, i) => i).filter((i) => !taken.has(i)) };
}

type Kind = 'basic' | 'reversed' | 'cloze' | 'type';

function kindOf(notetype: string | undefined, front: string): Kind {
  const t = (notetype ?? '').toLowerCase();
  if (t.includes('cloze')) return 'cloze';
  if (t.includes('type in') || t.includes('type-in')) return 'type';
  if (t.includes('and reversed')) return 'reversed';
  if (t === '' && CLOZE_OPENING.test(front)) return 'cloze';
  return 'basic';
}

export function readAnkiText(content: string, options: TextImportOptions): TextImport {
  const block = readHeaders(content);
  const h = block.headers;
  const body = content.slice(block.bodyOffset);
  const separator = h.separator ?? guessSeparator(body.slice(0, body.indexOf('\n') === -1 ? undefined : body.indexOf('\n')), options.fileName);
  const html = h.html ?? false;
  const problems: TextImportProblem[] = [...block.problems];
  const warnings: string[] = block.ignored.map((i) => `line ${i.line}: header ${i.text} is not used by Repaso`);
  const parsed = parseDelimited(body, separator, block.bodyLine);
  problems.push(...parsed.problems);

  const width = Math.max(0, ...parsed.records.map((r) => r.fields.length));
  const { roles, unused } = columnRoles(h, width);
  const col = (fields: string[], role: Role) => {
    const i = roles.get(role);
    return i === undefined ? '' : (fields[i] ?? '');
  };
  for (const i of unused) {
    warnings.push(`column ${i + 1}${h.columns?.[i] ? ` (${h.columns[i]})` : ''} is not imported: Repaso reads a front and a back`);
  }

  let media = 0;
  const clean = (s: string) => {
    if (!html) return s.trim();
    const converted = htmlToText(s);
    media += converted.media;
    return converted.text;
  };

  const title = h.deck || parsed.records.map((r) => col(r.fields, 'deck').trim()).find((d) => d !== '') || baseName(options.fileName) || 'Anki';
  const otherDecks = new Set<string>();
  const usedIds = new Set<string>();
  const cards: ExchangeCard[] = [];

  parsed.records.forEach((record, index) => {
    const front = clean(col(record.fields, 'front'));
    const back = clean(col(record.fields, 'back'));
    const kind = kindOf(col(record.fields, 'notetype').trim() || h.notetype, front);
    const tags = [...(h.tags ?? []), ...col(record.fields, 'tags').split(/\s+/).filter(Boolean)];
    const deck = col(record.fields, 'deck').trim();
    if (deck !== '' && deck !== title) {
      otherDecks.add(deck);
      tags.push(`deck::${deck.replace(/\s+/g, '_')}`);
    }
    const id = uniqueId(idFromGuid(col(record.fields, 'guid').trim()) ?? `card-${index + 1}`, usedIds);
    const column = (role: 'front' | 'back') => (roles.get(role) ?? 0) + 1;
    const problem = (message: string) => problems.push({ line: record.line, message });

    if (front === '') return problem(`the ${kind === 'cloze' ? 'text' : 'front'} (column ${column('front')}) is empty`);
    const common = { id, ...(tags.length > 0 ? { tags: [...new Set(tags)] } : {}) };
    let card: CardDef;
    if (kind === 'cloze') {
      const found = clozeProblems(front);
      if (found.length > 0) return problem(`cloze text: ${found.join('; ')}`);
      card = { ...common, kind: 'cloze', text: front, ...(back !== '' ? { extra: back } : {}) };
    } else {
      if (back === '') return problem(`the back (column ${column('back')}) is empty`);
      card =
        kind === 'type'
          ? { ...common, kind: 'type', front, answer: back }
          : { ...common, kind: 'basic', front, back, ...(kind === 'reversed' ? { reversed: true } : {}) };
    }
    cards.push(card);
  });

  if (otherDecks.size > 0) {
    warnings.push(`rows of ${otherDecks.size} other deck(s) (${[...otherDecks].slice(0, 3).join(', ')}) go into "${title}", tagged deck::<name>`);
  }
  if (media > 0) warnings.push(`${media} image(s) or sound(s) left out: media is not imported from text files`);
  if (parsed.records.length === 0 && problems.length === 0) problems.push({ line: block.bodyLine, message: 'the file has no cards' });

  const deck: ExchangeDeckFile = { id: deckIdFromTitle(title), title, lang: options.lang, version: 1, cards };
  // The cards are built valid; the schema check is a guard against a rule added later.
  const checked = exchangeDeckFileSchema.safeParse(deck);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const i = typeof issue.path[1] === 'number' ? issue.path[1] : -1;
      problems.push({ line: i >= 0 ? (parsed.records[i]?.line ?? block.bodyLine) : block.bodyLine, message: `${issue.path.slice(2).join('.') || 'card'}: ${issue.message}` });
    }
  }
  problems.sort((a, b) => a.line - b.line);
  return { deck: problems.length === 0 ? deck : null, problems, warnings, separator, html };
}

function uniqueId(id: string, used: Set<string>): string {
  let candidate = id;
  for (let n = 2; used.has(candidate); n++) candidate = `${id}-${n}`;
  used.add(candidate);
  return candidate;
}

function baseName(fileName: string): string {
  return fileName.split(/[\\/]/).pop()!.replace(/\.[^.]+$/, '');
}

/*
 * Writing. Anki maps fields by position when a notetype column is given, so every row has the
 * same six columns: guid, note type, deck, the two fields, tags. The guid lets a re-import (into
 * Anki or Repaso) recognise the same card.
 */

const HEADER_COLUMNS = ['GUID', 'Notetype', 'Deck', 'Front', 'Back', 'Tags'];

function list(items: readonly string[]): string {
  return items.map((s) => `- ${s}`).join('\n');
}

function withExtra(text: string, extra: unknown): string {
  return typeof extra === 'string' && extra !== '' ? `${text}\n\n${extra}` : text;
}

/** The note type and the two fields Anki gets for a card. */
export function ankiFields(card: CardDef): [notetype: string, front: string, back: string] {
  switch (card.kind) {
    case 'basic':
      return [card.reversed ? 'Basic (and reversed card)' : 'Basic', card.front, withExtra(card.back, card.extra)];
    case 'cloze':
      return ['Cloze', card.text, card.extra ?? ''];
    case 'type':
      return ['Basic (type in the answer)', card.front, withExtra(card.answer, card.extra)];
    case 'choice': {
      const correct = card.options.filter((o) => o.correct).map((o) => o.text);
      return ['Basic', `${card.question}\n\n${list(card.options.map((o) => o.text))}`, withExtra(list(correct), card.explanation ?? card.extra)];
    }
    case 'command':
      return ['Basic', card.prompt, withExtra(card.answer, card.extra)];
  }
}

export function writeAnkiText(deck: ExchangeDeckFile): string {
  const header = [
    '#separator:tab',
    '#html:false',
    '#guid column:1',
    '#notetype column:2',
    '#deck column:3',
    '#tags column:6',
    `#columns:${HEADER_COLUMNS.join('\t')}`,
  ].join('\n');
  const rows = deck.cards.map((card) => {
    const { schedule: _schedule, ...def } = card;
    const [notetype, front, back] = ankiFields(def as CardDef);
    return [`repaso:${deck.id}:${card.id}`, notetype, deck.title, front, back, (card.tags ?? []).join(' ')];
  });
  return `${header}\n${writeDelimited(rows, '\t')}`;
}

