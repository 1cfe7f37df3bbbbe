import { describe, expect, it } from 'vitest';
import {
  clozeNumbers,
  ClozeSyntaxError,
  parseCloze,
  renderCloze,
  segmentsToText,
  validateCloze,
} from '../../../src-main/cards/cloze';

const codes = (text: string) => validateCloze(text).map((e) => e.code);

describe('clozeNumbers', () => {
  it('lists each cloze number once, ascending', () => {
    expect(clozeNumbers('{{c2::kubectl}} {{c1::get}} {{c2::pods}} {{c10::-A}}')).toEqual([1, 2, 10]);
  });

  it('accepts an upper-case C as Anki does', () => {
    expect(clozeNumbers('{{C3::x}}')).toEqual([3]);
  });

  it('throws a ClozeSyntaxError for a malformed text', () => {
    expect(() => clozeNumbers('{{c1::open')).toThrow(ClozeSyntaxError);
  });
});

describe('renderCloze', () => {
  const text = 'Use {{c1::kubectl get pods}} to list {{c2::Pods::resource}} in {{c1::-A}} namespaces.';

  it('blanks every deletion of the active number on the front and shows the others as text', () => {
    expect(renderCloze(text, 1, 'front')).toEqual([
      { kind: 'plain', text: 'Use ' },
      { kind: 'blank', text: '[...]' },
      { kind: 'plain', text: ' to list ' },
      { kind: 'other', text: 'Pods' },
      { kind: 'plain', text: ' in ' },
      { kind: 'blank', text: '[...]' },
      { kind: 'plain', text: ' namespaces.' },
    ]);
  });

  it('shows the hint in the blank when there is one', () => {
    expect(renderCloze(text, 2, 'front')[3]).toEqual({ kind: 'blank', text: '[resource]', hint: 'resource' });
  });

  it('marks the active answers on the back', () => {
    const back = renderCloze(text, 1, 'back');
    expect(back.filter((s) => s.kind === 'answer').map((s) => s.text)).toEqual(['kubectl get pods', '-A']);
    expect(segmentsToText(back)).toBe('Use kubectl get pods to list Pods in -A namespaces.');
  });

  it('keeps Helm templates whole, inside and outside a deletion', () => {
    const helm = 'image: {{c1::{{ .Values.image }}}} tag {{ .Values.tag }}';
    expect(renderCloze(helm, 1, 'back')).toEqual([
      { kind: 'plain', text: 'image: ' },
      { kind: 'answer', text: '{{ .Values.image }}' },
      { kind: 'plain', text: ' tag {{ .Values.tag }}' },
    ]);
  });

  it('keeps Markdown code and line breaks of the answer as they are', () => {
    const md = '```\n{{c1::kubectl rollout undo deploy/web}}\n```';
    expect(segmentsToText(renderCloze(md, 1, 'front'))).toBe('```\n[...]\n```');
    expect(segmentsToText(renderCloze(md, 1, 'back'))).toBe('```\nkubectl rollout undo deploy/web\n```');
  });

  it('refuses a number the text does not have', () => {
    expect(() => renderCloze(text, 3, 'front')).toThrow(RangeError);
  });
});

describe('cloze validation', () => {
  it('accepts a text with well-formed deletions', () => {
    expect(validateCloze('{{c1::a}} and {{c2::b::hint}}')).toEqual([]);
  });

  it('reports an unclosed deletion where it opens', () => {
    expect(validateCloze('ok {{c1::never closed')).toEqual([
      { code: 'unclosed', offset: 3, message: 'cloze c1 is not closed with }}' },
    ]);
  });

  it('refuses nested deletions', () => {
    expect(codes('{{c1::outer {{c2::inner}} text}}')).toEqual(['nested']);
  });

  it('refuses c0, a single colon and a missing number', () => {
    expect(codes('{{c0::x}}')).toEqual(['bad-number']);
    expect(codes('{{c1:x}} {{c2::y}}')).toEqual(['malformed-open']);
    expect(codes('{{c::x}} {{c2::y}}')).toEqual(['malformed-open']);
  });

  it('refuses an empty answer', () => {
    expect(codes('{{c1::  }}')).toEqual(['empty-answer']);
    expect(codes('{{c1::::hint}}')).toEqual(['empty-answer']);
  });

  it('refuses a text without any deletion', () => {
    expect(codes('plain {{ .Values.x }} text')).toEqual(['no-cloze']);
  });

  it('lists several errors at once', () => {
    const parsed = parseCloze('{{c0::a}} {{c1:b}} {{c2::c');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.map((e) => e.code)).toEqual(['bad-number', 'malformed-open', 'unclosed']);
  });
});
