import { describe, expect, it } from 'vitest';
import { cardSummary, clip, plainText } from '../../../src-main/api/browse/summary';
import { dueLabel } from '../../../src-main/api/browse/due-label';
import { defaultsForTesting, dueAfterDays } from '../../../src-main/srs';

describe('plainText', () => {
  it('drops Markdown marks and keeps the words', () => {
    expect(plainText('## Título\n\nUsa **`kubectl get`** y [la guía](https://k8s.io) *hoy*.')).toBe('Título Usa kubectl get y la guía hoy.');
  });
  it('keeps the content of a fenced code block on one line', () => {
    expect(plainText('Ejecuta:\n```sh\nkubectl get pods\n-A\n```')).toBe('Ejecuta: kubectl get pods -A');
  });
  it('leaves snake_case and lone asterisks alone', () => {
    expect(plainText('max_surge y 2 * 3')).toBe('max_surge y 2 * 3');
  });
  it('turns list items and quotes into plain words', () => {
    expect(plainText('- uno\n- dos\n> tres')).toBe('uno dos tres');
  });
});

describe('clip', () => {
  it('leaves short text as is', () => {
    expect(clip('corto', 10)).toBe('corto');
  });
  it('cuts long text at a word boundary with an ellipsis, within the limit', () => {
    const cut = clip('uno dos tres cuatro cinco seis', 16);
    expect(cut).toBe('uno dos tres…');
    expect(cut.length).toBeLessThanOrEqual(16);
  });
});

describe('cardSummary', () => {
  it('asks the front of a basic card and the back of its reversed twin', () => {
    const note = { kind: 'basic', front: '¿Qué es un **Pod**?', back: 'La unidad mínima.' };
    expect(cardSummary(note, 'basic', 0)).toBe('¿Qué es un Pod?');
    expect(cardSummary(note, 'basic', 1)).toBe('La unidad mínima.');
  });
  it('shows a cloze with every answer in brackets and without hints', () => {
    expect(cardSummary({ kind: 'cloze', text: 'Se abrevia {{c1::K8s::sigla}}; {{c2::ocho}} letras.' }, 'cloze', 2)).toBe('Se abrevia [K8s]; [ocho] letras.');
  });
  it('uses the question of a choice, the front of a type-in and the prompt of a drill', () => {
    expect(cardSummary({ question: '¿Cuál?', options: [] }, 'choice', 0)).toBe('¿Cuál?');
    expect(cardSummary({ front: 'Lista pods', answer: 'kubectl get pods' }, 'type', 0)).toBe('Lista pods');
    expect(cardSummary({ prompt: 'Escala `web` a 3', answer: 'kubectl scale' }, 'command', 0)).toBe('Escala web a 3');
  });
  it('gives an empty summary for content that is not an object', () => {
    expect(cardSummary(null, 'basic', 0)).toBe('');
  });
});

describe('dueLabel', () => {
  const ctx = defaultsForTesting();
  it('says today, in N days or N days ago, by review day', () => {
    expect(dueLabel(dueAfterDays(0, ctx), ctx, 'es')).toBe('hoy');
    expect(dueLabel(dueAfterDays(6, ctx), ctx, 'es')).toBe('en 6 d');
    expect(dueLabel(dueAfterDays(-3, ctx), ctx, 'en')).toBe('3 d ago');
    expect(dueLabel(dueAfterDays(90, ctx), ctx, 'es')).toBe('en 3 meses');
  });
  it('is empty for a card never scheduled', () => {
    expect(dueLabel(null, ctx, 'en')).toBe('');
  });
});
