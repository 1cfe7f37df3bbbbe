import { describe, expect, it } from 'vitest';
import type { DraftCardView } from '../../../src-main/api/types';
import { blankRows, deckFileFromRows, rowsFromDraft } from '../../../src-renderer/src/lib/notes-draft-rows';

const DRAFT: DraftCardView[] = [
  { card: { id: 'pod', kind: 'basic', front: 'Pod', back: 'Unidad mínima', source: 'Conceptos', tags: ['conceptos'] }, line: 3, flag: null },
  { card: { id: 'nodos', kind: 'command', prompt: 'Lista los nodos.', scenario: 'empty', answer: 'kubectl get nodes', check: 'output' }, line: 7, flag: null },
  { card: { id: 'web', kind: 'command', prompt: 'Describe el pod web.', scenario: 'empty', answer: 'kubectl describe pod web', check: 'output' }, line: 9, flag: { reason: 'fails', detail: 'Error from server (NotFound): pods "web" not found' } },
  { card: { id: 'mk', kind: 'type', front: 'Arranca minikube.', answer: 'minikube start' }, line: 12, flag: null },
];
const DECK = { id: 'curso', title: 'Curso', lang: 'es', version: 1, description: 'Borrador a partir de curso.md.' };

describe('draft rows', () => {
  it('shows each kind’s question and answer fields and leaves flagged drills unticked', () => {
    expect(rowsFromDraft(DRAFT).map((r) => [r.id, r.include, r.ask, r.reply])).toEqual([
      ['pod', true, 'Pod', 'Unidad mínima'],
      ['nodos', true, 'Lista los nodos.', 'kubectl get nodes'],
      ['web', false, 'Describe el pod web.', 'kubectl describe pod web'],
      ['mk', true, 'Arranca minikube.', 'minikube start'],
    ]);
  });

  it('writes only the kept cards, with their edits and the fields the editor does not show', () => {
    const rows = rowsFromDraft(DRAFT);
    rows[0]!.ask = ' ¿Qué es un Pod? ';
    rows[3]!.include = false;
    const file = JSON.parse(deckFileFromRows(DECK, 'Mi curso', rows));
    expect(file).toEqual({
      ...DECK,
      title: 'Mi curso',
      cards: [
        { id: 'pod', kind: 'basic', front: '¿Qué es un Pod?', back: 'Unidad mínima', source: 'Conceptos', tags: ['conceptos'] },
        { id: 'nodos', kind: 'command', prompt: 'Lista los nodos.', scenario: 'empty', answer: 'kubectl get nodes', check: 'output' },
      ],
    });
  });

  it('keeps the notes’ title when the title is cleared, and lists kept rows left blank', () => {
    const rows = rowsFromDraft(DRAFT);
    rows[1]!.reply = '  ';
    rows[2]!.ask = '';
    expect(JSON.parse(deckFileFromRows(DECK, ' ', rows)).title).toBe('Curso');
    expect(blankRows(rows).map((r) => r.id)).toEqual(['nodos']);
  });
});
