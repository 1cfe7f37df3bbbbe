import { describe, expect, it } from 'vitest';
import { commandCardContent, DrillService, MAX_SESSIONS, type DrillStore } from '../../../src-main/drills';
import { BLUE_GREEN } from './scenarios';

const NOTES: Record<number, unknown> = {
  1: { kind: 'command', prompt: 'Crea cache en blue', scenario: 'azul-verde', answer: 'kubectl create deployment cache --image=redis -n blue', check: 'state' },
  2: {
    kind: 'command',
    prompt: '¿Qué comando imprimió esto?',
    scenario: 'azul-verde',
    answer: 'kubectl get deploy -n blue',
    check: 'output',
    read: { showing: 'output', distractors: ['kubectl get deploy', 'kubectl get deploy -A'] },
  },
  3: { kind: 'basic', front: 'f', back: 'b' },
};

const store: DrillStore = {
  decks: () => [{ id: 'd', title: 'Deck' }],
  commandCards: () => [1, 2].map((id) => ({ cardId: id, key: `k${id}` })),
  card: (id) => (NOTES[id] ? { deckId: 'd', content: NOTES[id], token: `t${id}` } : undefined),
};

function service() {
  let n = 0;
  let builds = 0;
  const s = new DrillService(store, (id) => (builds++, id === 'azul-verde' ? BLUE_GREEN : undefined), () => `s${++n}`, () => 0);
  return { s, builds: () => builds };
}

describe('drill service', () => {
  it('lists drills with their kind and refuses to start a card that is not a drill', () => {
    const { s } = service();
    expect(s.list()[0]!.drills.map((d) => [d.key, d.kind])).toEqual([['k1', 'write'], ['k2', 'read']]);
    expect(() => s.start(3)).toThrow(/card 3 is not a command drill/);
    expect(() => s.start(99)).toThrow(/No card 99/);
  });

  it('grades a read-the-output drill by the option chosen', () => {
    const { s } = service();
    const start = s.start(2);
    expect(start.choice?.options).toHaveLength(3);
    const right = start.choice!.options.indexOf('kubectl get deploy -n blue');
    expect(s.choose(start.sessionId, right)).toMatchObject({ verdict: { status: 'pass' }, status: 'solved', grade: 5, correct: right });
    const again = s.start(2);
    expect(s.choose(again.sessionId, (right + 1) % 3)).toMatchObject({ verdict: { status: 'fail' }, status: 'failed', grade: 1, correct: right });
    expect(() => s.choose(s.start(1).sessionId, 0)).toThrow(/not a choice/);
  });

  it('builds a scenario once for every session on it and forgets the oldest sessions beyond the limit', () => {
    const { s, builds } = service();
    const first = s.start(1).sessionId;
    for (let i = 0; i < MAX_SESSIONS; i++) s.start(1);
    expect(builds()).toBe(1);
    expect(() => s.run(first, 'kubectl get pods', 'es')).toThrow(/No drill session s1/);
  });

  it('keeps each session’s cluster apart and can put it back to the start', () => {
    const { s } = service();
    const a = s.start(1).sessionId;
    s.run(a, 'kubectl delete deployment web', 'es');
    expect(s.run(a, 'kubectl get deploy web', 'es').exitCode).toBe(1);
    s.reset(a);
    expect(s.run(a, 'kubectl get deploy web', 'es').exitCode).toBe(0);
  });
});

describe('command cards in the daily review', () => {
  it('gives the task of a drill note and nothing for other notes', () => {
    expect(commandCardContent(NOTES[1])).toEqual({ kind: 'command', prompt: 'Crea cache en blue', scenario: 'azul-verde', check: 'state', drill: 'write' });
    expect(commandCardContent(NOTES[2])?.drill).toBe('read');
    expect(commandCardContent(NOTES[3])).toBeNull();
  });
});
