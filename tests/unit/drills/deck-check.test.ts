import { describe, expect, it } from 'vitest';
import { checkDeckDrills } from '../../../src-main/drills';
import type { CommandCard, DeckFile, ScenarioFile } from '../../../src-main/decks/schema';
import { BROKEN, PINGPONG } from './scenarios';

function deckOf(...cards: CommandCard[]): DeckFile {
  return { id: 'd', title: 'D', lang: 'es', description: 'test', version: 1, cards };
}

const drill = (id: string, fields: Partial<CommandCard>): CommandCard => ({
  id,
  kind: 'command',
  prompt: 'Escala pingpong a 8',
  scenario: 'pingpong',
  answer: 'kubectl scale deployment pingpong --replicas=8',
  check: 'state',
  ...fields,
});

const scenarios = new Map<string, ScenarioFile>([
  ['pingpong', PINGPONG],
  ['broken', BROKEN],
]);

describe('deck check of drills', () => {
  it('passes a drill whose answer and accept forms all do the task', () => {
    const report = checkDeckDrills([deckOf(drill('ok', { accept: ['kubectl scale deploy/pingpong --replicas 8'] }))], scenarios);
    expect(report).toEqual({ scenarios: 2, drills: 1, commands: 2, skipped: 0, problems: [expect.objectContaining({ role: 'scenario', scenario: 'broken' })] });
  });

  it('reports an accept form that does not pass the drill’s own check, with the reason and the simulator’s answer', () => {
    const report = checkDeckDrills([deckOf(drill('bad', { accept: ['kubectl scale deploy/pingpong --replicas 3'] }))], scenarios);
    const drillProblems = report.problems.filter((p) => p.role !== 'scenario');
    expect(drillProblems).toHaveLength(1);
    expect(drillProblems[0]).toMatchObject({
      cardId: 'bad',
      role: 'accept',
      command: 'kubectl scale deploy/pingpong --replicas 3',
      reason: 'deployment/pingpong has 3 replicas; the task wants 8',
      result: { exitCode: 0, stdout: 'deployment.apps/pingpong scaled\n' },
    });
  });

  it('reports an answer kubectl refuses and a state drill whose answer changes nothing', () => {
    const report = checkDeckDrills(
      [deckOf(drill('typo', { answer: 'kubectl scale deployment nope --replicas=8' }), drill('reads', { answer: 'kubectl get pods' }))],
      scenarios,
    );
    expect(report.problems.filter((p) => p.role !== 'scenario').map((p) => [p.cardId, p.role, p.reason])).toEqual([
      ['typo', 'answer', 'kubectl fails (exit 1)'],
      ['reads', 'answer', 'check: state, but the answer changes nothing in the scenario'],
    ]);
  });

  it('reports a read-the-output drill whose distractor prints the same as the answer', () => {
    const read = drill('read', {
      answer: 'kubectl get deploy',
      check: 'output',
      read: { showing: 'output', distractors: ['kubectl get deployments', 'kubectl get pods'] },
    });
    const report = checkDeckDrills([deckOf(read)], scenarios);
    expect(report.problems.filter((p) => p.role === 'read').map((p) => [p.cardId, p.reason])).toEqual([
      ['read', '1 distractor(s) print the same as the answer, so they cannot be wrong options'],
    ]);
  });

  it('builds every scenario, reports one that does not build once, naming the step, and skips its drills', () => {
    const report = checkDeckDrills([deckOf(drill('a', { scenario: 'broken' }), drill('b', { scenario: 'broken' }))], scenarios);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toMatchObject({ role: 'scenario', scenario: 'broken' });
    expect(report.problems[0]!.reason).toMatch(/^scenario broken: setup step 2 \(kubectl scale deployment nope --replicas=2\) failed/);
    expect(report.skipped).toBe(2);
  });
});
