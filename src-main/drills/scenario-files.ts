/**
 * Scenario files on disk (`<decks>/scenarios/<id>.yaml`) as a ScenarioSource: read and parsed on
 * first use, then kept. The only file access of src-main/drills; a file with errors throws them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatDeckError } from '../decks/errors';
import { parseScenario } from '../decks/parse';
import type { ScenarioFile } from '../decks/schema';
import { ID_PATTERN } from '../decks/schema';
import { ScenarioBuildError, type ScenarioSource } from './scenario';

export function scenarioSourceFromDir(decksDir: string): ScenarioSource {
  const parsed = new Map<string, ScenarioFile>();
  return (id) => {
    const known = parsed.get(id);
    if (known) return known;
    if (!ID_PATTERN.test(id)) return undefined;
    const file = join(decksDir, 'scenarios', `${id}.yaml`);
    if (!existsSync(file)) return undefined;
    const result = parseScenario(readFileSync(file, 'utf8'), `scenarios/${id}.yaml`, { idMatchesFileName: true });
    if (!result.ok) throw new ScenarioBuildError(id, result.errors.map(formatDeckError).join('; '));
    parsed.set(id, result.scenario);
    return result.scenario;
  };
}
