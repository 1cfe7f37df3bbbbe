/** What the review screen is given for each card kind, and how choice/type-in answers are checked. */
import { describe, expect, it } from 'vitest';
import { cardContent, checkAnswer, parseNote } from '../../../src-main/api/review/content';
import { newCardState, type CardState } from '../../../src-main/srs';

const tolerant = { ignoreCase: false, ignoreAccents: false };
const choice = parseNote(7, {
  kind: 'choice',
  question: '¿Qué objetos agrupan Pods?',
  options: [{ text: 'Deployment', correct: true }, { text: 'ConfigMap' }, { text: 'ReplicaSet', correct: true }, { text: 'Secret' }, { text: 'Node' }],
  explanation: 'Deployment y ReplicaSet gestionan Pods.',
});
const answeredAt = (lastReview: number): CardState => ({ ...newCardState(), phase: 'review', reps: 1, intervalDays: 1, due: lastReview + 86_400_000, lastReview });

describe('cardContent', () => {
  it('asks the back of a basic note on its reversed twin', () => {
    const note = parseNote(1, { kind: 'basic', front: 'Pod', back: 'La unidad mínima', reversed: true, extra: 'Ver `kubectl get pods`.' });
    expect(cardContent(1, 0, newCardState(), note)).toEqual({ kind: 'basic', front: 'Pod', back: 'La unidad mínima', reversed: false, extra: 'Ver `kubectl get pods`.' });
    expect(cardContent(2, 1, newCardState(), note)).toMatchObject({ front: 'La unidad mínima', back: 'Pod', reversed: true });
  });

  it('shuffles choice options the same way for one review and anew after an answer, never sending which are right', () => {
    const first = cardContent(7, 0, newCardState(), choice);
    expect(cardContent(7, 0, newCardState(), choice)).toEqual(first);
    expect(first).toMatchObject({ kind: 'choice', multiple: true });
    expect(JSON.stringify(first)).not.toContain('correct');
    const orders = new Set(Array.from({ length: 8 }, (_, i) => JSON.stringify(cardContent(7, 0, answeredAt(1_700_000_000_000 + i * 86_400_000), choice))));
    expect(orders.size).toBeGreaterThan(1);
  });
});

describe('checkAnswer', () => {
  it('grades a choice by the options shown, in display order', () => {
    const state = answeredAt(1_700_000_000_000);
    const shown = cardContent(7, 0, state, choice);
    if (shown.kind !== 'choice') throw new Error('not a choice');
    const right = ['Deployment', 'ReplicaSet'].map((t) => shown.options.indexOf(t));
    const result = checkAnswer(7, state, choice, { kind: 'choice', selected: right }, tolerant);
    expect(result).toMatchObject({ kind: 'choice', correct: true, q: 4, explanation: 'Deployment y ReplicaSet gestionan Pods.' });
    if (result.kind !== 'choice') throw new Error('not a choice');
    expect(result.verdicts.filter((v) => v === 'chosen')).toHaveLength(2);
    const half = checkAnswer(7, state, choice, { kind: 'choice', selected: [right[0]!] }, tolerant);
    expect(half).toMatchObject({ correct: false, q: 1 });
    expect(() => checkAnswer(7, state, choice, { kind: 'choice', selected: [9] }, tolerant)).toThrow(/no option 9/);
  });

  it('accepts a typed answer with other accents only when the setting says so', () => {
    const note = parseNote(3, { kind: 'type', front: '¿Qué guarda la configuración?', answer: 'configuración' });
    expect(checkAnswer(3, newCardState(), note, { kind: 'type', typed: 'configuracion' }, tolerant)).toMatchObject({ correct: false, q: 1 });
    expect(checkAnswer(3, newCardState(), note, { kind: 'type', typed: 'configuracion' }, { ignoreCase: false, ignoreAccents: true })).toMatchObject({
      correct: true,
      q: 4,
    });
  });

  it('reports a damaged note instead of showing a blank card', () => {
    expect(() => parseNote(9, { kind: 'basic', front: 'sin reverso' })).toThrow(/card 9/);
  });
});
