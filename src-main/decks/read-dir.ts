/**
 * Reads a curated deck folder (`decks/*.yaml` and `decks/scenarios/*.yaml`) and parses every
 * file, reporting all problems of all files together. Scenarios are read first so drills can be
 * checked against the scenarios that exist; across files, deck ids must be unique.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { byPosition, type DeckError } from './errors';
import { parseDeck, parseScenario } from './parse';
import type { DeckFile, ScenarioFile } from './schema';

export interface DeckDir {
  decks: { file: string; deck: DeckFile }[];
  scenarios: { file: string; scenario: ScenarioFile }[];
  /** Empty when every file is valid. */
  errors: DeckError[];
}

/**
 * @param dir the deck folder
 * @param displayBase file names in errors are shown relative to this folder (default: the cwd)
 */
export function readDeckDir(dir: string, displayBase = process.cwd()): DeckDir {
  const out: DeckDir = { decks: [], scenarios: [], errors: [] };
  const show = (path: string) => relative(displayBase, path) || path;

  const scenarioDir = join(dir, 'scenarios');
  for (const path of yamlFiles(scenarioDir)) {
    const result = parseScenario(readFileSync(path, 'utf8'), show(path), { idMatchesFileName: true });
    if (result.ok) out.scenarios.push({ file: show(path), scenario: result.scenario });
    else out.errors.push(...result.errors);
  }
  // A scenario with errors still exists as far as the drills naming it are concerned.
  const scenarioIds = new Set(yamlFiles(scenarioDir).map((p) => baseName(p)));

  const firstFileById = new Map<string, string>();
  for (const path of yamlFiles(dir)) {
    const result = parseDeck(readFileSync(path, 'utf8'), show(path), { scenarios: scenarioIds, idMatchesFileName: true });
    if (!result.ok) {
      out.errors.push(...result.errors);
      continue;
    }
    const first = firstFileById.get(result.deck.id);
    if (first !== undefined) {
      out.errors.push({ file: show(path), line: 1, field: 'id', message: `deck id "${result.deck.id}" is also used by ${first}` });
      continue;
    }
    firstFileById.set(result.deck.id, show(path));
    out.decks.push({ file: show(path), deck: result.deck });
  }
  out.errors.sort(byPosition);
  return out;
}

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(dir, e.name))
    .sort();
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop()!.replace(/\.ya?ml$/, '');
}
