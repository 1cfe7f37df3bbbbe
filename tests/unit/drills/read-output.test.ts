import { describe, expect, it } from 'vitest';
import { buildReadChoice, buildScenario } from '../../../src-main/drills';
import { BLUE_GREEN } from './scenarios';

const sim = buildScenario(BLUE_GREEN);

describe('read-the-output drills', () => {
  it('shows the answer’s output and offers the commands, the right one among them', () => {
    const c = buildReadChoice(sim, 'kubectl get deploy -n blue', { showing: 'output', distractors: ['kubectl get deploy', 'kubectl get deploy -A'] }, 7);
    expect(c.shown).toBe(sim.clone().run('kubectl get deploy -n blue').stdout);
    expect([...c.options].sort()).toEqual(['kubectl get deploy', 'kubectl get deploy -A', 'kubectl get deploy -n blue']);
    expect(c.options[c.correct]).toBe('kubectl get deploy -n blue');
  });

  it('shows a command and offers outputs, each printed by running a command on the scenario', () => {
    const c = buildReadChoice(sim, 'kubectl get deploy -n blue', { showing: 'command', distractors: ['kubectl get deploy'] }, 7);
    expect(c.shown).toBe('kubectl get deploy -n blue');
    expect(c.options[c.correct]).toMatch(/^NAME +READY.*\nredis /);
    expect(c.options[1 - c.correct]).toMatch(/\nweb /);
  });

  it('drops a distractor that prints the same as the answer (it would be right too)', () => {
    const c = buildReadChoice(sim, 'kubectl get deploy', { showing: 'output', distractors: ['kubectl get deployments', 'kubectl get deploy -n blue'] }, 1);
    expect(c.options).toHaveLength(2);
    expect(c.options).not.toContain('kubectl get deployments');
  });

  it('orders the options the same way for the same seed', () => {
    const spec = { showing: 'output' as const, distractors: ['kubectl get deploy', 'kubectl get deploy -A', 'kubectl get ns'] };
    expect(buildReadChoice(sim, 'kubectl get deploy -n blue', spec, 42)).toEqual(buildReadChoice(sim, 'kubectl get deploy -n blue', spec, 42));
  });
});
