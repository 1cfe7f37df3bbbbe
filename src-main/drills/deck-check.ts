/**
 * The drill half of `npm run deck -- check`: every drill's canonical answer must run in the
 * simulator and do something checkable, and every `accept` form must pass the drill's own check
 * against it. Problems are data, with the simulator's answer, so the script can group them.
 */
import type { CommandResult } from '../sim';
import type { CommandCard, DeckFile, ScenarioFile } from '../decks/schema';
import { explain } from './feedback';
import { ScenarioBuildError, ScenarioCache } from './scenario';
import { DrillSession } from './session';
import { isRefusal } from './checker';
import { buildReadChoice } from './read-output';

export interface DrillProblem {
  deckId: string;
  cardId: string;
  scenario: string;
  role: 'scenario' | 'answer' | 'accept' | 'read';
  command: string;
  /** Why it fails, in English (a maintainer's report). */
  reason: string;
  /** What the simulator printed for the command, when it ran. */
  result?: CommandResult;
}

export interface DrillCheckReport {
  /** Scenarios built (every one given, used by a drill or not). */
  scenarios: number;
  drills: number;
  commands: number;
  /** Drills not run because their scenario does not build (the scenario's problem is reported once). */
  skipped: number;
  problems: DrillProblem[];
}

/** Text the simulator prints for a verb or flag it does not implement yet. */
const SIM_GAP = /not supported by the simulator|not implemented|not supported yet/i;

export function checkDeckDrills(decks: readonly DeckFile[], scenarios: ReadonlyMap<string, ScenarioFile>): DrillCheckReport {
  const cache = new ScenarioCache((id) => scenarios.get(id));
  const report: DrillCheckReport = { scenarios: 0, drills: 0, commands: 0, skipped: 0, problems: [] };
  const broken = new Set<string>();
  for (const id of [...scenarios.keys()].sort()) {
    report.scenarios++;
    try {
      cache.shared(id);
    } catch (e) {
      broken.add(id);
      const reason = e instanceof ScenarioBuildError ? e.message : String(e);
      report.problems.push({ deckId: '', cardId: '', scenario: id, role: 'scenario', command: '', reason });
    }
  }
  for (const deck of decks) {
    for (const card of deck.cards) {
      if (card.kind !== 'command') continue;
      report.drills++;
      if (broken.has(card.scenario)) {
        report.skipped++;
        continue;
      }
      report.problems.push(...checkDrill(deck.id, card, cache, report));
    }
  }
  return report;
}

function checkDrill(deckId: string, card: CommandCard, cache: ScenarioCache, report: DrillCheckReport): DrillProblem[] {
  const at = { deckId, cardId: card.id, scenario: card.scenario };
  let base;
  try {
    base = cache.shared(card.scenario);
  } catch (e) {
    return [{ ...at, role: 'scenario', command: '', reason: e instanceof ScenarioBuildError ? e.message : String(e) }];
  }
  const task = { answer: card.answer, check: card.check };
  const problems: DrillProblem[] = [];
  report.commands++;
  const probe = new DrillSession(base, task, 0);
  const answerResult = probe.expected.result;
  const answerProblem = problemWithAnswer(card, answerResult, probe.expected.mode);
  if (answerProblem) {
    problems.push({ ...at, role: 'answer', command: card.answer, reason: answerProblem, result: answerResult });
    return problems; // accept forms cannot be judged against an answer that does not work
  }
  for (const form of card.accept ?? []) {
    report.commands++;
    const session = new DrillSession(base, task, 0, probe.expected);
    const out = session.run(form, 0);
    if (out.verdict.status === 'pass') continue;
    const reason =
      out.verdict.status === 'fail' || out.verdict.status === 'progress'
        ? explain(out.verdict.findings, 'en').join('; ')
        : 'treated as a reading command that does not answer the task';
    problems.push({ ...at, role: 'accept', command: form, reason, result: out.result });
  }
  if (card.read) {
    report.commands += card.read.distractors.length;
    // A distractor that prints what the answer prints would be a second right option: it is dropped.
    const choice = buildReadChoice(base, card.answer, card.read, 0);
    const dropped = card.read.distractors.length - (choice.options.length - 1);
    if (dropped > 0) {
      problems.push({ ...at, role: 'read', command: card.read.distractors.join(' | '), reason: `${dropped} distractor(s) print the same as the answer, so they cannot be wrong options` });
    }
  }
  return problems;
}

function problemWithAnswer(card: CommandCard, result: CommandResult, mode: string): string | null {
  if (SIM_GAP.test(result.stderr)) return 'the simulator does not implement it';
  // Some answers rightly exit non-zero (`auth can-i` prints "no", exit 1): see isRefusal.
  if (isRefusal(result)) return `kubectl fails (exit ${result.exitCode})`;
  if (card.check !== 'output' && mode === 'output') return `check: ${card.check}, but the answer changes nothing in the scenario`;
  return null;
}
