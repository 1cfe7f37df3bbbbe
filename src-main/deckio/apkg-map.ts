/**
 * An Anki collection's notes into one Repaso deck. One deck, not one per Anki deck: an import is
 * one file → one deck, previewed and written all-or-nothing, so the deck holding most notes names
 * it and notes of other Anki decks carry a `deck::<name>` tag (as the text import does) that
 * Browse filters on. Note types map by what their templates do, not by their (translatable,
 * renameable) names: a cloze type → cloze; a `{{type:…}}` → type-in; two templates asking
 * different fields → basic reversed; anything else → basic from the first template.
 */
import { cardOrds, type CardDefLike } from '../decks/notes';
import { clozeProblems } from '../decks/rules';
import { exchangeDeckFileSchema, type ExchangeCard, type ExchangeDeckFile, type ScheduleEntry } from '../decks/schema';
import type { AnkiCard, AnkiCollection, AnkiNotetype } from '../store/anki-collection';
import { htmlToText } from './html-text';
import { deckIdFromTitle, idFromGuid } from './ids';

const DAY_MS = 86_400_000;

export type NotetypeKind = 'basic' | 'reversed' | 'cloze' | 'type';

export interface NotetypeMapping {
  kind: NotetypeKind;
  /** Field indexes: the question (cloze text) and the answer (cloze extra, -1 when none). */
  front: number;
  back: number;
}

export interface ApkgMapOptions {
  fileName: string;
  lang: string;
  /** Media files in the package (not imported). */
  mediaFiles?: number;
}

export interface ApkgMapped {
  deck: ExchangeDeckFile | null;
  problems: { line: number; message: string }[];
  warnings: string[];
  /** Images and sounds referenced by the imported fields (dropped from the text). */
  media: number;
}

/** Template names that are not fields: `{{FrontSide}}`, `{{Tags}}`… */
const SPECIAL = new Set(['FrontSide', 'Tags', 'Deck', 'Subdeck', 'Card', 'CardFlag', 'Type']);

/** The fields a template shows, in order: `{{Front}}`, `{{type:Back}}`, `{{cloze:Text}}`, not `{{#Cond}}`. */
export function templateFields(format: string): { name: string; filter: string }[] {
  const out: { name: string; filter: string }[] = [];
  for (const m of format.matchAll(/\{\{([^{}]+)\}\}/g)) {
    const inner = m[1]!.trim();
    if (/^[#^/!]/.test(inner)) continue;
    const parts = inner.split(':');
    const name = parts.pop()!.trim();
    if (SPECIAL.has(name)) continue;
    out.push({ name, filter: parts.join(':').trim() });
  }
  return out;
}

export function mapNotetype(nt: AnkiNotetype): NotetypeMapping {
  const index = (name: string | undefined) => (name === undefined ? -1 : nt.fields.indexOf(name));
  const first = nt.templates[0];
  const q = first ? templateFields(first.qfmt) : [];
  const a = first ? templateFields(first.afmt) : [];
  const cloze = nt.cloze || q.some((f) => f.filter.split(':').includes('cloze'));
  if (cloze) {
    const text = index(q.find((f) => f.filter.split(':').includes('cloze'))?.name);
    const front = text >= 0 ? text : 0;
    const extra = a.map((f) => index(f.name)).find((i) => i >= 0 && i !== front);
    return { kind: 'cloze', front, back: extra ?? (nt.fields.length > 1 && front !== 1 ? 1 : -1) };
  }
  const typed = [...q, ...a].find((f) => f.filter.split(':').includes('type'));
  const shown = q.filter((f) => f !== typed).map((f) => index(f.name)).find((i) => i >= 0);
  const front = shown ?? 0;
  if (typed && index(typed.name) >= 0 && index(typed.name) !== front) return { kind: 'type', front, back: index(typed.name) };
  const answer = a.map((f) => index(f.name)).find((i) => i >= 0 && i !== front);
  const back = answer ?? (front === 0 ? 1 : 0);
  const second = nt.templates[1];
  if (nt.templates.length === 2 && second) {
    const asked = templateFields(second.qfmt).map((f) => index(f.name)).filter((i) => i >= 0);
    if (asked.length > 0 && !asked.includes(front) && asked.includes(back)) return { kind: 'reversed', front, back };
  }
  return { kind: 'basic', front, back };
}

/** A review card's state as a schedule entry; null for cards with nothing to restore. */
export function scheduleOf(card: AnkiCard, crtSeconds: number, kind: NotetypeKind): ScheduleEntry | null {
  // Repaso numbers a cloze's cards by cloze number (c1 → 1); Anki by position from 0.
  const ord = kind === 'cloze' ? card.ord + 1 : card.ord;
  const suspended = card.queue === -1;
  // A card lent to a filtered deck keeps its own due in odue.
  const dueDay = card.odid !== 0 && card.odue !== 0 ? card.odue : card.due;
  if (card.type !== 2 || card.ivl < 1) return suspended ? { card: ord, suspended: true, ...(card.lapses > 0 ? { lapses: card.lapses } : {}) } : null;
  // `due` of a review card counts days from the collection's creation day.
  const due = crtSeconds * 1000 + dueDay * DAY_MS;
  return {
    card: ord,
    due: new Date(due).toISOString(),
    // Anki keeps the last answer in its review log, not on the card: due − interval is that day.
    lastReview: new Date(due - card.ivl * DAY_MS).toISOString(),
    interval: card.ivl,
    // FSRS collections leave factor at 0: SM-2's starting ease then.
    ef: card.factor >= 1300 ? Math.round(card.factor) / 1000 : 2.5,
    // SM-2's n counts correct answers in a row; Anki counts every review. Reviews minus lapses
    // is the closest the card says, and a review card has at least one.
    reps: Math.max(1, card.reps - card.lapses),
    lapses: card.lapses,
    ...fsrsMemory(card.data),
    ...(suspended ? { suspended: true } : {}),
  };
}

/** FSRS stability (days) and difficulty (1–10), when Anki scheduled the card with FSRS. */
function fsrsMemory(data: string): { stability?: number; difficulty?: number } {
  try {
    const parsed = JSON.parse(data || '{}') as { s?: unknown; d?: unknown };
    const { s, d } = parsed;
    if (typeof s === 'number' && s > 0 && typeof d === 'number' && d >= 1 && d <= 10) return { stability: s, difficulty: d };
  } catch {
    /* a card's data is free-form for add-ons: no memory state then */
  }
  return {};
}

export function mapAnkiCollection(col: AnkiCollection, options: ApkgMapOptions): ApkgMapped {
  const problems: ApkgMapped['problems'] = [];
  const warnings: string[] = [];
  const types = new Map(col.notetypes.map((nt) => [nt.id, { nt, map: mapNotetype(nt) }]));
  const deckNames = new Map(col.decks.map((d) => [d.id, d.name]));
  const cardsOf = new Map<number, AnkiCard[]>();
  for (const c of col.cards) cardsOf.set(c.nid, [...(cardsOf.get(c.nid) ?? []), c]);

  const homeDeck = (c: AnkiCard | undefined) => (c ? (c.odid !== 0 ? c.odid : c.did) : -1);
  const deckOfNote = (nid: number) => deckNames.get(homeDeck(cardsOf.get(nid)?.[0])) ?? '';
  const tally = new Map<string, number>();
  for (const n of col.notes) tally.set(deckOfNote(n.id), (tally.get(deckOfNote(n.id)) ?? 0) + 1);
  const title = [...tally.entries()].filter(([name]) => name !== '').sort((a, b) => b[1] - a[1])[0]?.[0] ?? baseName(options.fileName) ?? 'Anki';

  let media = 0;
  const clean = (html: string | undefined) => {
    const converted = htmlToText(html ?? '');
    media += converted.media;
    return converted.text;
  };
  const used = new Set<string>();
  const otherDecks = new Set<string>();
  const cards: ExchangeCard[] = [];
  const skippedTypes = new Map<string, number>();
  const leftOut: string[] = [];

  col.notes.forEach((note, i) => {
    const line = i + 1;
    const where = `${options.fileName}: note ${line}`;
    const type = types.get(note.mid);
    // A real collection often has a few notes Repaso cannot show (an image-only answer, a broken
    // cloze): those are left out with their reason, not a reason to refuse the whole package.
    const leaveOut = (message: string) => leftOut.push(`${where}: ${message}`);
    if (!type) return leaveOut(`its note type (${note.mid}) is not in the collection`);
    const { nt, map } = type;
    if (nt.templates.length > 2 && map.kind !== 'cloze') skippedTypes.set(nt.name, nt.templates.length);
    const front = clean(note.fields[map.front]);
    const back = map.back >= 0 ? clean(note.fields[map.back]) : '';
    const noteCards = cardsOf.get(note.id) ?? [];
    // "Basic (optional reversed card)": a note without its second card stays one-sided.
    const kind: NotetypeKind = map.kind === 'reversed' && !noteCards.some((c) => c.ord === 1) ? 'basic' : map.kind;
    const tags = [...note.tags];
    const deck = deckOfNote(note.id);
    if (deck !== '' && deck !== title) {
      otherDecks.add(deck);
      tags.push(`deck::${deck.replace(/\s+/g, '_')}`);
    }
    const id = unique(idFromGuid(note.guid) ?? `note-${note.id}`, used);
    const common = { id, ...(tags.length > 0 ? { tags: [...new Set(tags)] } : {}) };
    const field = (k: number) => `field "${nt.fields[k] ?? k + 1}" of note type "${nt.name}"`;

    if (front === '') return leaveOut(`${field(map.front)} is empty`);
    let made: ExchangeCard;
    if (kind === 'cloze') {
      const found = clozeProblems(front);
      if (found.length > 0) return leaveOut(`cloze text: ${found.join('; ')}`);
      made = { ...common, kind: 'cloze', text: front, ...(back !== '' ? { extra: back } : {}) };
    } else {
      if (back === '') return leaveOut(`${field(map.back)} is empty`);
      made =
        kind === 'type'
          ? { ...common, kind: 'type', front, answer: back }
          : { ...common, kind: 'basic', front, back, ...(kind === 'reversed' ? { reversed: true } : {}) };
    }
    // Only cards the note still yields: Anki keeps a cloze's card after its number left the text.
    const ords = new Set(cardOrds(made as CardDefLike));
    const schedule = noteCards.map((c) => scheduleOf(c, col.crt, kind)).filter((e): e is ScheduleEntry => e !== null && ords.has(e.card));
    cards.push(schedule.length > 0 ? { ...made, schedule } : made);
  });

  if (leftOut.length > 0) {
    warnings.push(`${leftOut.length} note(s) left out: ${leftOut.slice(0, 3).join('; ')}${leftOut.length > 3 ? `; and ${leftOut.length - 3} more` : ''}`);
  }
  for (const [name, count] of skippedTypes) warnings.push(`note type "${name}" has ${count} card types: only the first is imported`);
  if (otherDecks.size > 0) {
    warnings.push(`notes of ${otherDecks.size} other deck(s) (${[...otherDecks].slice(0, 3).join(', ')}) go into "${title}", tagged deck::<name>`);
  }
  const mediaFiles = options.mediaFiles ?? 0;
  if (media > 0 || mediaFiles > 0) {
    warnings.push(`${media} image(s) or sound(s) left out of the cards (${mediaFiles} media file(s) in the package): Repaso does not store media yet`);
  }
  if (col.notes.length === 0) problems.push({ line: 1, message: `${options.fileName}: the collection has no notes` });
  else if (cards.length === 0) problems.push({ line: 1, message: `${options.fileName}: none of its ${col.notes.length} note(s) can be imported (${leftOut[0] ?? ''})` });

  const deck: ExchangeDeckFile = { id: deckIdFromTitle(title.split('::').pop()!), title, lang: options.lang, version: 1, cards };
  // The cards are built valid; the schema check is a guard against a rule added later.
  const checked = exchangeDeckFileSchema.safeParse(deck);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const i = typeof issue.path[1] === 'number' ? issue.path[1] : -1;
      problems.push({ line: i + 1, message: `${options.fileName}: card ${i >= 0 ? `"${cards[i]?.id}"` : ''} ${issue.path.slice(2).join('.')}: ${issue.message}` });
    }
  }
  return { deck: problems.length === 0 ? deck : null, problems, warnings, media };
}

function unique(id: string, used: Set<string>): string {
  let candidate = id;
  for (let n = 2; used.has(candidate); n++) candidate = `${id}-${n}`;
  used.add(candidate);
  return candidate;
}

function baseName(fileName: string): string | undefined {
  return fileName.split(/[\\/]/).pop()!.replace(/\.[^.]+$/, '') || undefined;
}
