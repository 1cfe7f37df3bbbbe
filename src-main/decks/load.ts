/**
 * Loading the curated decks in decks/ into the store at start-up. A deck that fails to parse is
 * reported and skipped; the others still load, and nothing half-loaded is ever written (each deck
 * is one transaction in the store).
 */
import fs from 'node:fs';
import path from 'node:path';
import { formatDeckError } from './errors';
import { parseDeck } from './parse';
import { toNoteInput } from './notes';
import type { DecksRepo, SyncOutcome } from '../store/repos/decks';

export interface LoadReport {
  loaded: { id: string; outcome: SyncOutcome }[];
  errors: string[];
}

export function deckFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.yaml') || name.endsWith('.yml'))
    .sort()
    .map((name) => path.join(dir, name));
}

export function loadDeckDir(dir: string, decks: DecksRepo, now: number): LoadReport {
  const report: LoadReport = { loaded: [], errors: [] };
  for (const file of deckFiles(dir)) {
    const parsed = parseDeck(fs.readFileSync(file, 'utf8'), path.relative(path.dirname(dir), file));
    if (!parsed.ok) {
      report.errors.push(...parsed.errors.map(formatDeckError));
      continue;
    }
    const deck = parsed.deck;
    const outcome = decks.sync(
      {
        id: deck.id,
        title: deck.title,
        description: deck.description ?? '',
        lang: deck.lang ?? 'es',
        version: deck.version,
        origin: 'curated',
        notes: deck.cards.map(toNoteInput),
      },
      now,
    );
    report.loaded.push({ id: deck.id, outcome });
  }
  return report;
}
