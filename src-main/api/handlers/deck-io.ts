/**
 * Cards into and out of decks: adding a card to a user deck, exporting a deck as a file, and
 * importing one (preview first, then all of it in one transaction or nothing).
 */
import { clozeProblems } from '../../decks/rules';
import { cardOrds, toNoteInput, type CardDefLike } from '../../decks/notes';
import { cardSchema, CARD_KINDS, type ExchangeDeckFile } from '../../decks/schema';
import { writeAnkiText } from '../../deckio/anki-text';
import { parseApkgFile } from '../../deckio/apkg';
import { toAnkiExport } from '../../deckio/apkg-export';
import { zipAnkiPackage } from '../../deckio/apkg-export-package';
import { uniqueAmong } from '../../deckio/ids';
import { parseImportFile, type ParsedImport } from '../../deckio/import-file';
import { deckModel, writeDeckJson, writeDeckYaml } from '../../deckio/repaso-format';
import { stateOfEntry } from '../../deckio/schedule';
import type { DraftCard } from '../../deckio/notes-draft';
import { checkDeckDrills } from '../../drills/deck-check';
import type { DeckFile, ScenarioFile } from '../../decks/schema';
import type { DeckInput, ImportedState } from '../../store/repos/decks';
import type { z } from 'zod';
import type { Handlers } from '../dispatch';
import { AppError } from '../result';
import type { CardKindName, DeckExportFormat, DraftCardView, DraftFlag, ImportAction, ImportPreview } from '../types';
import { assertOwnDeck, deckOrThrow } from './decks';
import type { Services } from './services';

type DeckIoMethods = 'notes:add' | 'decks:export' | 'decks:import-preview' | 'decks:import';

/** Problems listed in a preview or an error message; the rest are counted. */
const SHOWN_PROBLEMS = 20;

const MIME: Record<DeckExportFormat, string> = {
  yaml: 'application/yaml',
  json: 'application/json',
  tsv: 'text/tab-separated-values',
  apkg: 'application/apkg',
};

interface Plan {
  parsed: ParsedImport;
  /** The deck as it would be stored (id made unique for files that carry none). */
  deck: ExchangeDeckFile | null;
  action: ImportAction | null;
  existing: ImportPreview['existing'];
  blocked: string | null;
}

export function deckIoHandlers(s: Services): Pick<Handlers, DeckIoMethods> {
  /** Scenario ids, answered by the scenario source (which reads decks/scenarios lazily). */
  const scenarios = s.scenarios
    ? {
        has: (id: string) => {
          try {
            return s.scenarios!(id) !== undefined;
          } catch {
            return true; // it exists but does not build: the drill will say so when run
          }
        },
      }
    : undefined;

  function plan(fileName: string, file: FileInput, lang: string): Plan {
    const parsed =
      file.contentBase64 !== undefined
        ? parseApkgFile(fileName, Buffer.from(file.contentBase64, 'base64'), { lang, readCollection: s.store.readAnkiCollection })
        : parseImportFile(fileName, file.content ?? '', { lang, ...(scenarios ? { scenarios } : {}) });
    if (!parsed.deck) return { parsed, deck: null, action: null, existing: null, blocked: null };
    let deck = parsed.deck;
    // A text file, an Anki package or notes name no Repaso deck id: they always make a new deck, never overwrite one.
    if (parsed.format === 'csv' || parsed.format === 'tsv' || parsed.format === 'apkg' || parsed.format === 'notes') deck = { ...deck, id: uniqueAmong(deck.id, new Set(s.store.decks.ids())) };
    const stored = s.store.decks.get(deck.id);
    if (!stored) return { parsed, deck, action: 'create', existing: null, blocked: null };
    const existing = { title: stored.title, version: stored.version, origin: stored.origin };
    const action: ImportAction = deck.version > stored.version ? 'update' : 'unchanged';
    const blocked =
      action === 'update' && stored.origin === 'curated'
        ? `"${stored.title}" is a curated deck: its cards come from the app's decks folder, not from a file (its scheduling state can still be restored from a file of version ${stored.version} or lower)`
        : null;
    return { parsed, deck, action, existing, blocked };
  }

  /**
   * The draft's cards with the drills whose answer fails in the simulator flagged, as `deck check`
   * judges them, so a card that could never pass is not imported without the user deciding so.
   */
  function draftViews(deck: ExchangeDeckFile, cards: DraftCard[]): DraftCardView[] {
    const flags = new Map<string, DraftFlag>();
    const scenarioIds = [...new Set(cards.flatMap(({ card }) => (card.kind === 'command' ? [card.scenario] : [])))];
    if (scenarioIds.length > 0) {
      const files = new Map<string, ScenarioFile>();
      for (const id of scenarioIds) {
        const file = s.scenarios?.(id);
        if (file) files.set(id, file);
        else for (const { card } of cards) if (card.kind === 'command' && card.scenario === id) flags.set(card.id, { reason: 'no-scenario', detail: id });
      }
      const runnable = { ...deck, description: deck.description ?? '', cards: deck.cards.filter((c) => c.kind === 'command' && files.has(c.scenario)) } as DeckFile;
      for (const problem of checkDeckDrills([runnable], files).problems) {
        if (problem.cardId !== '' && !flags.has(problem.cardId)) flags.set(problem.cardId, draftFlag(problem.reason, problem.result?.stderr ?? ''));
      }
    }
    return cards.map(({ card, line }) => ({ card, line, flag: flags.get(card.id) ?? null }));
  }

  return {
    'notes:add': ({ deckId, content }) => {
      const deck = deckOrThrow(s, deckId);
      assertOwnDeck(deck, 'given new cards here');
      const key = typeof content.id === 'string' && content.id !== '' ? content.id : newKey(s, deckId);
      if (s.store.decks.hasNote(deckId, key)) throw new AppError('CONFLICT', `deck "${deckId}" already has a card "${key}"`);
      const parsed = cardSchema.safeParse({ ...content, id: key });
      if (!parsed.success) throw new AppError('INVALID_INPUT', `card "${key}": ${cardIssues(parsed.error, { ...content, id: key })}`);
      const card = parsed.data;
      if (card.kind === 'cloze') {
        const problems = clozeProblems(card.text);
        if (problems.length > 0) throw new AppError('INVALID_INPUT', `card "${key}": field "text": ${problems.join('; ')}`);
      }
      if (card.kind === 'command' && scenarios && !scenarios.has(card.scenario)) {
        throw new AppError('INVALID_INPUT', `card "${key}": field "scenario": no scenario "${card.scenario}"`);
      }
      s.store.decks.addNote(deckId, toNoteInput(card as CardDefLike), s.now());
      return s.store.notes.get(deckId, key)!;
    },

    'decks:export': ({ deckId, format, schedule }) => {
      const deck = deckOrThrow(s, deckId);
      const notes = s.store.decks.exportNotes(deckId);
      const model = deckModel(deck, notes, schedule && format !== 'tsv');
      if (format === 'apkg') {
        const bytes = zipAnkiPackage(s.store.writeAnkiCollection(toAnkiExport(model, { now: s.now(), schedule })));
        return { fileName: `${deckId}.apkg`, mimeType: MIME.apkg, content: '', contentBase64: Buffer.from(bytes).toString('base64'), noteCount: notes.length };
      }
      const content = format === 'yaml' ? writeDeckYaml(model) : format === 'json' ? writeDeckJson(model) : writeAnkiText(model);
      return { fileName: `${deckId}.${format}`, mimeType: MIME[format], content, noteCount: notes.length };
    },

    'decks:import-preview': ({ fileName, content, contentBase64, lang }) => {
      const p = plan(fileName, fileInput(content, contentBase64), lang);
      const counts = Object.fromEntries(CARD_KINDS.map((k) => [k, 0])) as Record<CardKindName, number>;
      let cardCount = 0;
      let scheduled = 0;
      for (const card of p.deck?.cards ?? []) {
        counts[card.kind] += 1;
        cardCount += cardOrds(card as CardDefLike).length;
        scheduled += card.schedule?.length ?? 0;
      }
      return {
        fileName,
        format: p.parsed.format,
        deck: p.deck && { id: p.deck.id, title: p.deck.title, lang: p.deck.lang, version: p.deck.version, description: p.deck.description ?? '' },
        action: p.action,
        existing: p.existing,
        blocked: p.blocked,
        counts,
        cardCount,
        scheduled,
        problems: p.parsed.problems.slice(0, SHOWN_PROBLEMS),
        problemCount: p.parsed.problems.length,
        warnings: p.parsed.warnings,
        ...(p.parsed.draft && p.deck ? { draft: draftViews(p.deck, p.parsed.draft) } : {}),
      };
    },

    'decks:import': ({ fileName, content, contentBase64, lang, restoreSchedule }) => {
      const p = plan(fileName, fileInput(content, contentBase64), lang);
      if (!p.deck) {
        const shown = p.parsed.problems.slice(0, SHOWN_PROBLEMS).map((e) => e.message);
        const more = p.parsed.problems.length - shown.length;
        throw new AppError('INVALID_INPUT', `${fileName} was not imported (nothing was changed): ${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''}`);
      }
      if (p.blocked) throw new AppError('CONFLICT', `${fileName} was not imported: ${p.blocked}`);
      const deck = p.deck;
      const input: DeckInput = {
        id: deck.id,
        title: deck.title,
        description: deck.description ?? '',
        lang: deck.lang,
        version: deck.version,
        origin: 'import',
        notes: deck.cards.map(({ schedule: _schedule, ...card }) => toNoteInput(card as CardDefLike)),
      };
      const states: ImportedState[] = restoreSchedule
        ? deck.cards.flatMap((card) => (card.schedule ?? []).map((entry) => ({ key: card.id, ...stateOfEntry(entry) })))
        : [];
      try {
        const { outcome, restored } = s.store.decks.importDeck(input, states, s.now());
        return { deckId: deck.id, title: deck.title, outcome, noteCount: deck.cards.length, restored };
      } catch (err) {
        throw new AppError('CONFLICT', `${fileName} was not imported (nothing was changed): ${(err as Error).message}`);
      }
    },
  };
}

interface FileInput {
  content?: string;
  contentBase64?: string;
}

/** Exactly one of the two: a text file's characters or a binary file's bytes. */
function fileInput(content: string | undefined, contentBase64: string | undefined): FileInput {
  if ((content === undefined) === (contentBase64 === undefined)) {
    throw new AppError('INVALID_INPUT', 'give the file as either "content" (text) or "contentBase64" (a binary file such as an .apkg), not both or neither');
  }
  return content !== undefined ? { content } : { contentBase64: contentBase64! };
}

/** deck-check's English reasons (a maintainer's report) as a code the screen words in its language. */
function draftFlag(reason: string, stderr: string): DraftFlag {
  const printed = stderr.trim().split('\n')[0] ?? '';
  if (reason.startsWith('the simulator does not implement')) return { reason: 'unsupported', detail: printed };
  if (reason.startsWith('kubectl fails')) return { reason: 'fails', detail: printed };
  if (reason.includes('changes nothing')) return { reason: 'no-change', detail: '' };
  return { reason: 'other', detail: reason };
}

/** `field "back": required; field "bakc": unknown field` — the words a deck file's errors use. */
function cardIssues(error: z.ZodError, card: Record<string, unknown>): string {
  return error.issues
    .flatMap((issue) => {
      const field = issue.path.join('.');
      if (issue.code === 'unrecognized_keys') return issue.keys.map((k) => `field "${[...issue.path, k].join('.')}": unknown field`);
      const missing = issue.code === 'invalid_type' && issue.path.length === 1 && card[String(issue.path[0])] === undefined;
      const where = field === '' ? 'card' : `field "${field}"`;
      return [`${where}: ${missing ? 'required' : issue.message}`];
    })
    .join('; ');
}

/** `card-<n>`: the first number no note of the deck (retired ones included) uses. */
function newKey(s: Services, deckId: string): string {
  let n = 1;
  while (s.store.decks.hasNote(deckId, `card-${n}`)) n += 1;
  return `card-${n}`;
}
