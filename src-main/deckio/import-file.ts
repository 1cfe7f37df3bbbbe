/**
 * A file the user chose, read into the deck model: its format from the name (or the text), every
 * problem with its line, and what an import would bring. Pure: the caller decides what to write.
 */
import { formatDeckError } from '../decks/errors';
import { parseDeckExchange } from '../decks/parse';
import type { ExchangeDeckFile } from '../decks/schema';
import { readAnkiText } from './anki-text';
import { notesToDraft, type DraftCard } from './notes-draft';

export type ImportFormat = 'yaml' | 'json' | 'csv' | 'tsv' | 'apkg' | 'notes';

/** 20 MiB of text: far above any real deck (10,000 cards is ~2 MB), well below what a request may carry. */
export const MAX_IMPORT_CHARS = 20 * 1024 * 1024;

export interface ImportProblem {
  line: number;
  /** `deck.yaml:12: card "x": field "back": required` — where and why, in one line. */
  message: string;
}

export interface ParsedImport {
  format: ImportFormat;
  /** null when the file has problems: nothing of it is imported. */
  deck: ExchangeDeckFile | null;
  problems: ImportProblem[];
  warnings: string[];
  /** Notes only: the cards drawn from them, each with its line, for the user to review. */
  draft?: DraftCard[];
}

export interface ImportFileOptions {
  /** Language tag for formats that do not carry one (CSV/TSV). */
  lang: string;
  /** Scenario ids that exist, for drills; unchecked when absent. */
  scenarios?: { has(id: string): boolean };
}

export function detectFormat(fileName: string, content: string): ImportFormat {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'yaml' || ext === 'yml') return 'yaml';
  if (ext === 'json') return 'json';
  if (ext === 'tsv') return 'tsv';
  if (ext === 'csv') return 'csv';
  if (ext === 'md' || ext === 'markdown') return 'notes';
  const head = content.replace(/^\uFEFF/, '').trimStart();
  if (ext === 'txt' && looksLikeNotes(head)) return 'notes';
  if (head.startsWith('{')) return 'json';
  if (/^(id|cards|title):/m.test(head.slice(0, 2000)) && !head.startsWith('#separator')) return 'yaml';
  // Anki writes plain-text exports as .txt with tabs.
  return head.includes('\t') || head.startsWith('#') ? 'tsv' : 'csv';
}

export function parseImportFile(fileName: string, content: string, options: ImportFileOptions): ParsedImport {
  const format = detectFormat(fileName, content);
  if (format === 'yaml' || format === 'json') {
    const parsed = parseDeckExchange(content.replace(/^\uFEFF/, ''), fileName, options.scenarios ? { scenarios: options.scenarios as ReadonlySet<string> } : {});
    if (!parsed.ok) return { format, deck: null, problems: parsed.errors.map((e) => ({ line: e.line, message: formatDeckError(e) })), warnings: [] };
    return { format, deck: parsed.deck, problems: [], warnings: [] };
  }
  if (format === 'notes') {
    const draft = notesToDraft(content, { fileName, lang: options.lang });
    return { format, deck: draft.deck, problems: [], warnings: draft.warnings, draft: draft.cards };
  }
  const text = readAnkiText(content, { fileName, lang: options.lang });
  const problems = text.problems.map((p) => ({ line: p.line, message: `${fileName}:${p.line}: ${p.message}` }));
  return { format, deck: text.deck, problems, warnings: text.warnings };
}

/**
 * A .txt that is study notes rather than Anki text: no Anki header (`#separator:tab`), no tab on
 * its first line, and a line only notes have (a Markdown heading, a bullet, a code fence). Code
 * spans alone do not count: Anki rows quote commands in backticks too.
 */
function looksLikeNotes(head: string): boolean {
  const first = head.slice(0, head.indexOf('\n') === -1 ? undefined : head.indexOf('\n'));
  if (/^#[a-z ]+:/i.test(first) || first.includes('\t')) return false;
  return /^(#{1,6}\s|\s*[-*]\s|```)/m.test(head.slice(0, 4000));
}
