/**
 * Parsing deck and scenario files from text. No file system here: the main process, the deck
 * check script and the tests all hand in text and a file name (used only in messages).
 *
 * Every problem in a file is reported in one go: YAML syntax errors first (when there are any,
 * the value is not trusted and checking stops there), then every schema issue and every rule of
 * rules.ts, sorted by line.
 */
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { byPosition, type DeckError } from './errors';
import { Locator, valueAt } from './locate';
import { cardOrds, type CardDefLike } from './notes';
import { Positions } from './positions';
import { deckRules, scenarioRules } from './rules';
import { deckFileSchema, exchangeDeckFileSchema, scenarioFileSchema, type DeckFile, type ExchangeDeckFile, type ScenarioFile } from './schema';

export type ParseResult<K extends string, T> =
  | ({ ok: true } & { [key in K]: T })
  | { ok: false; errors: DeckError[] };

export interface ParseOptions {
  /** Ids of the scenarios that exist: a drill naming another one is an error. Unchecked when absent. */
  scenarios?: ReadonlySet<string>;
  /** The file must be named after its id (`decks/<id>.yaml`), as curated files are. */
  idMatchesFileName?: boolean;
}

export function parseDeck(text: string, fileName: string, options: ParseOptions = {}): ParseResult<'deck', DeckFile> {
  const rules = (raw: unknown, at: Locator) => [
    ...fileNameRule(raw, fileName, options, at),
    ...deckRules(raw, at, options.scenarios),
  ];
  const result = parseWith(text, fileName, deckFileSchema, rules);
  return result.ok ? { ok: true, deck: result.value } : result;
}

/**
 * A deck in the exchange format (an exported or imported file): the deck file format plus a
 * `schedule` per card and an optional description. YAML or JSON (JSON is YAML 1.2, so the same
 * parser gives JSON files line numbers too); every problem reported at once, like parseDeck.
 */
export function parseDeckExchange(text: string, fileName: string, options: Pick<ParseOptions, 'scenarios'> = {}): ParseResult<'deck', ExchangeDeckFile> {
  const rules = (raw: unknown, at: Locator) => [...deckRules(raw, at, options.scenarios), ...scheduleRules(raw, at)];
  const result = quickJson(text, fileName, exchangeDeckFileSchema, rules) ?? parseWith(text, fileName, exchangeDeckFileSchema, rules);
  return result.ok ? { ok: true, deck: result.value } : result;
}

/** A `schedule` entry must name a card the note yields (0, 1 for a reversed twin, cloze numbers), once. */
function scheduleRules(raw: unknown, at: Locator): DeckError[] {
  const cards = valueAt(raw, ['cards']);
  if (!Array.isArray(cards)) return [];
  return cards.flatMap((card: unknown, i) => {
    const schedule = valueAt(card, ['schedule']);
    const kind = valueAt(card, ['kind']);
    if (!Array.isArray(schedule) || typeof kind !== 'string') return [];
    const ords = cardOrds(card as CardDefLike);
    const seen = new Set<number>();
    return schedule.flatMap((entry: unknown, j) => {
      const ord = valueAt(entry, ['card']);
      if (typeof ord !== 'number') return [];
      if (seen.has(ord)) return [at.at(['cards', i, 'schedule', j, 'card'], `card ${ord} is scheduled twice`)];
      seen.add(ord);
      return ords.includes(ord) ? [] : [at.at(['cards', i, 'schedule', j, 'card'], `this card yields cards ${ords.join(', ') || 'none'}, not ${ord}`)];
    });
  });
}

export function parseScenario(
  text: string,
  fileName: string,
  options: Pick<ParseOptions, 'idMatchesFileName'> = {},
): ParseResult<'scenario', ScenarioFile> {
  const rules = (raw: unknown, at: Locator) => [...fileNameRule(raw, fileName, options, at), ...scenarioRules(raw, at)];
  const result = parseWith(text, fileName, scenarioFileSchema, rules);
  return result.ok ? { ok: true, scenario: result.value } : result;
}

function parseWith<T>(
  text: string,
  file: string,
  schema: z.ZodType<T>,
  rules: (raw: unknown, at: Locator) => DeckError[],
): { ok: true; value: T } | { ok: false; errors: DeckError[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const positions = new Positions(doc, lines);

  if (doc.errors.length > 0) {
    const errors = doc.errors.map((e) => ({
      file,
      line: positions.lineOfOffset(e.pos[0]),
      message: `YAML syntax: ${firstLine(e.message)}`,
    }));
    return { ok: false, errors };
  }
  const raw: unknown = doc.toJS({ maxAliasCount: 100 });
  if (raw === null || raw === undefined) return { ok: false, errors: [{ file, line: 1, message: 'the file is empty' }] };

  const at = new Locator(file, positions, raw);
  const parsed = schema.safeParse(raw);
  const errors = [...(parsed.success ? [] : parsed.error.issues.flatMap((i) => at.fromIssue(i))), ...rules(raw, at)];
  if (errors.length > 0 || !parsed.success) return { ok: false, errors: errors.sort(byPosition) };
  return { ok: true, value: parsed.data };
}

/**
 * A valid JSON file the fast way: JSON.parse is some 50 times quicker than the YAML parser on a
 * large deck. Only a file that parses, passes the schema and breaks no rule is taken here; any
 * problem (or anything that is not JSON) returns null, and the full parse then finds every
 * problem with its line. (JSON.parse keeps the last of duplicate keys; a file that has them and
 * is otherwise valid is accepted, as JSON readers do.)
 */
function quickJson<T>(text: string, file: string, schema: z.ZodType<T>, rules: (raw: unknown, at: Locator) => DeckError[]): { ok: true; value: T } | null {
  if (!text.trimStart().startsWith('{')) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return null;
  // The rules place an error through a Locator; with no error nothing is placed, so an empty one will do.
  const empty = parseDocument('{}', { lineCounter: new LineCounter() });
  const at = new Locator(file, new Positions(empty, new LineCounter()), raw);
  return rules(raw, at).length === 0 ? { ok: true, value: parsed.data } : null;
}

function fileNameRule(raw: unknown, fileName: string, options: ParseOptions, at: Locator): DeckError[] {
  if (!options.idMatchesFileName) return [];
  const id = valueAt(raw, ['id']);
  const base = fileName.split(/[\\/]/).pop()!.replace(/\.ya?ml$/, '');
  return typeof id === 'string' && id !== base ? [at.at(['id'], `must match the file name ("${base}")`)] : [];
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}
