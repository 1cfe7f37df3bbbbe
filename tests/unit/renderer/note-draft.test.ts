import { describe, expect, it } from 'vitest';
import { changedFields } from '../../../src-renderer/src/lib/note-diff';
import { clozeChange, clozeNumbers, contentFromDraft, draftFromContent, missingFields } from '../../../src-renderer/src/lib/note-draft';

describe('note drafts', () => {
  it('round-trips a basic note, keeping the fields the editor does not show', () => {
    const note = { kind: 'basic', front: 'F', back: 'B', reversed: true, source: 'Pods' };
    const draft = draftFromContent('basic', note);
    expect(draft).toEqual({ kind: 'basic', front: 'F', back: 'B', extra: '', reversed: true });
    if (draft.kind !== 'basic') throw new Error('expected a basic draft');
    expect(contentFromDraft(note, { ...draft, front: 'F2' })).toEqual({ front: 'F2', back: 'B', reversed: true, source: 'Pods' });
  });

  it('drops an optional field left blank instead of saving it empty', () => {
    const note = { kind: 'type', front: 'F', answer: 'A', extra: 'Más' };
    const draft = draftFromContent('type', note);
    expect(contentFromDraft(note, { ...draft, extra: '  ' })).toEqual({ front: 'F', answer: 'A' });
  });

  it('writes choice options with correct: true only on the correct ones', () => {
    const note = { kind: 'choice', question: 'Q', options: [{ text: 'a', correct: true }, { text: 'b' }] };
    const draft = draftFromContent('choice', note);
    if (draft.kind !== 'choice') throw new Error('expected a choice draft');
    const edited = { ...draft, options: [{ text: 'a', correct: false }, { text: 'b', correct: true }, { text: 'c', correct: false }] };
    expect(contentFromDraft(note, edited)).toEqual({ question: 'Q', options: [{ text: 'a' }, { text: 'b', correct: true }, { text: 'c' }] });
  });

  it('edits only the prompt and hint of a drill, keeping its answer, scenario and check', () => {
    const note = { kind: 'command', prompt: 'P', scenario: 'web', answer: 'kubectl scale', check: 'state', hint: 'h' };
    const draft = draftFromContent('command', note);
    if (draft.kind !== 'command') throw new Error('expected a command draft');
    expect(contentFromDraft(note, { ...draft, prompt: 'P2', hint: '' })).toEqual({ prompt: 'P2', scenario: 'web', answer: 'kubectl scale', check: 'state' });
  });

  it('refuses a kind it has no editor for', () => {
    expect(() => draftFromContent('image', {})).toThrow('no editor for cards of kind "image"');
  });

  it('lists the required fields left blank, and a choice without a correct option', () => {
    expect(missingFields({ kind: 'basic', front: ' ', back: 'b', extra: '', reversed: false })).toEqual(['front']);
    expect(missingFields({ kind: 'choice', question: 'q', options: [{ text: 'a', correct: false }, { text: '', correct: false }], explanation: '', extra: '' })).toEqual(['options', 'correct']);
  });
});

describe('cloze numbers', () => {
  it('lists each number once, ascending', () => {
    expect(clozeNumbers('{{c2::a}} {{c1::b}} {{c2::c}}')).toEqual([1, 2]);
  });
  it('reports a change of the set of numbers, and none for reworded clozes', () => {
    expect(clozeChange('{{c1::a}} {{c2::b}}', '{{c1::x}} y {{c2::z::pista}}')).toBeNull();
    expect(clozeChange('{{c1::a}} {{c2::b}}', '{{c1::a}} b')).toEqual({ before: [1, 2], after: [1] });
  });
});

describe('changedFields', () => {
  it('lists only the fields that differ, in reading order, options as lines', () => {
    const mine = { kind: 'choice', question: 'Q', options: [{ text: 'a', correct: true }, { text: 'b' }], extra: 'x' };
    const deck = { kind: 'choice', question: 'Q', options: [{ text: 'a' }, { text: 'b', correct: true }] };
    expect(changedFields(mine, deck)).toEqual([
      { field: 'options', mine: '✓ a\n· b', deck: '· a\n✓ b' },
      { field: 'extra', mine: 'x', deck: '' },
    ]);
  });
  it('finds nothing to show for identical notes', () => {
    expect(changedFields({ front: 'a', back: 'b' }, { back: 'b', front: 'a' })).toEqual([]);
  });
});
