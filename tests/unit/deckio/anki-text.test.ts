import { describe, expect, it } from 'vitest';
import { readHeaders, separatorFromHeader } from '../../../src-main/deckio/anki-headers';
import { readAnkiText, writeAnkiText } from '../../../src-main/deckio/anki-text';
import { htmlToText } from '../../../src-main/deckio/html-text';
import type { ExchangeDeckFile } from '../../../src-main/decks/schema';

const read = (content: string, fileName = 'notes.txt') => readAnkiText(content, { fileName, lang: 'en' });

describe('Anki header lines', () => {
  it('names separators as Anki does, or takes one literal character', () => {
    expect(['Tab', 'tab', 'Comma', 'Semicolon', 'Pipe', 'Space', 'Colon', ';', '\\t'].map(separatorFromHeader)).toEqual(['\t', '\t', ',', ';', '|', ' ', ':', ';', '\t']);
    expect(separatorFromHeader('Tabs')).toBeUndefined();
  });

  it('reads the headers at the top and starts the records on the first other line', () => {
    const block = readHeaders('#separator:Semicolon\n#html:true\n#columns:Front;Back;Tags\n#tags column:3\nq;a;t\n');
    expect(block.headers).toEqual({ separator: ';', html: true, columns: ['Front', 'Back', 'Tags'], tagsColumn: 2 });
    expect(block.bodyLine).toBe(5);
    expect(block.problems).toEqual([]);
  });

  it('reports a bad header value with its line', () => {
    expect(readHeaders('#separator:Tab\n#html:yes\n').problems).toEqual([{ line: 2, message: '#html: must be true or false, not "yes"' }]);
  });
});

describe('reading Anki plain text', () => {
  it('takes the first two columns as front and back when nothing says otherwise', () => {
    const result = read('¿Qué es un Pod?\tLa unidad mínima\nkubectl\tLa CLI\n');
    expect(result.problems).toEqual([]);
    expect(result.deck!.title).toBe('notes');
    expect(result.deck!.cards).toEqual([
      { id: 'card-1', kind: 'basic', front: '¿Qué es un Pod?', back: 'La unidad mínima' },
      { id: 'card-2', kind: 'basic', front: 'kubectl', back: 'La CLI' },
    ]);
  });

  it('finds columns by #columns names and tags by #tags column, with quoted fields', () => {
    const text = '#separator:Comma\n#columns:Tags,Back,Front\n"k8s pods","one, two",What?\n';
    expect(read(text).deck!.cards).toEqual([{ id: 'card-1', kind: 'basic', front: 'What?', back: 'one, two', tags: ['k8s', 'pods'] }]);
  });

  it('makes a cloze of a row whose text has {{c1::, with the second field as extra', () => {
    const result = read('A {{c1::Pod}} runs {{c2::containers}}\tsee the notes\n');
    expect(result.deck!.cards[0]).toEqual({ id: 'card-1', kind: 'cloze', text: 'A {{c1::Pod}} runs {{c2::containers}}', extra: 'see the notes' });
  });

  it('follows the note type column: reversed, type-in and cloze', () => {
    const text = '#notetype column:1\nBasic (and reversed card)\tfront\tback\nBasic (type in the answer)\tList pods\tkubectl get pods\nCloze\t{{c1::x}} y\t\n';
    expect(read(text).deck!.cards.map((c) => [c.kind, 'reversed' in c ? c.reversed : undefined])).toEqual([
      ['basic', true],
      ['type', undefined],
      ['cloze', undefined],
    ]);
  });

  it('turns Anki HTML into Markdown text and counts dropped media', () => {
    const result = read('#html:true\n<b>Pod</b><br>unit &amp; more<img src="a.png">\tx&nbsp;y [sound:a.mp3]\n');
    expect(result.deck!.cards[0]).toMatchObject({ front: '**Pod**\nunit & more', back: 'x y' });
    expect(result.warnings).toContain('2 image(s) or sound(s) left out: media is not imported from text files');
  });

  it('takes the deck name from the deck column and tags rows of other decks', () => {
    const text = '#deck column:1\nK8s\tq1\ta1\nK8s::Pods\tq2\ta2\n';
    const result = read(text);
    expect(result.deck!.title).toBe('K8s');
    expect(result.deck!.id).toBe('k8s');
    expect(result.deck!.cards[1]!.tags).toEqual(['deck::K8s::Pods']);
    expect(result.warnings[0]).toMatch(/1 other deck/);
  });

  it('refuses a file naming every bad line and why, and yields no deck', () => {
    const result = read('good\tone\nno back\t\n{{c1::}}\tx\n"open\tquote\n');
    expect(result.deck).toBeNull();
    expect(result.problems).toEqual([
      { line: 2, message: 'the back (column 2) is empty' },
      { line: 3, message: 'cloze text: {{c1::…}} has an empty answer' },
      { line: 4, message: 'a quoted field is never closed (a " is missing)' },
    ]);
  });

  it('guesses the separator of a file without headers from its first line', () => {
    expect(read('a;b\nc;d\n', 'x.csv').separator).toBe(';');
    expect(read('a,b\n', 'x.csv').separator).toBe(',');
    expect(read('only\n', 'x.tsv').separator).toBe('\t');
  });

  it('keeps ids stable across imports of the same file through the guid column', () => {
    const text = '#guid column:1\nabc123\tq\ta\nrepaso:deck:pod-definicion\tq2\ta2\n';
    const ids = read(text).deck!.cards.map((c) => c.id);
    expect(ids[0]).toMatch(/^anki-[0-9a-f]{8}$/);
    expect(ids[1]).toBe('pod-definicion');
    expect(read(text).deck!.cards.map((c) => c.id)).toEqual(ids);
  });
});

describe('writing Anki plain text', () => {
  const deck: ExchangeDeckFile = {
    id: 'demo',
    title: 'Demo deck',
    lang: 'en',
    version: 1,
    cards: [
      { id: 'b', kind: 'basic', front: 'F', back: 'B', reversed: true, tags: ['t1', 't2'] },
      { id: 'z', kind: 'cloze', text: 'A {{c1::x}}', extra: 'more' },
      { id: 't', kind: 'type', front: 'List pods', answer: 'kubectl get pods' },
      { id: 'c', kind: 'choice', question: 'Which?', options: [{ text: 'One', correct: true }, { text: 'Two' }], explanation: 'Because' },
      { id: 'k', kind: 'command', prompt: 'Scale web to 3', scenario: 'empty', answer: 'kubectl scale deploy web --replicas=3', check: 'state' },
    ],
  };

  it('writes the header lines Anki reads and one row per card with fixed columns', () => {
    const text = writeAnkiText(deck);
    const lines = text.split('\n');
    expect(lines.slice(0, 7)).toEqual([
      '#separator:tab',
      '#html:false',
      '#guid column:1',
      '#notetype column:2',
      '#deck column:3',
      '#tags column:6',
      '#columns:GUID\tNotetype\tDeck\tFront\tBack\tTags',
    ]);
    expect(lines[7]).toBe('repaso:demo:b\tBasic (and reversed card)\tDemo deck\tF\tB\tt1 t2');
    expect(lines[8]).toBe('repaso:demo:z\tCloze\tDemo deck\tA {{c1::x}}\tmore\t');
    expect(lines[9]).toBe('repaso:demo:t\tBasic (type in the answer)\tDemo deck\tList pods\tkubectl get pods\t');
    expect(text).toContain('"Which?\n\n- One\n- Two"\t"- One\n\nBecause"');
    expect(text).toContain('repaso:demo:k\tBasic\tDemo deck\tScale web to 3\tkubectl scale deploy web --replicas=3\t');
  });

  it('reads back its own file as the same basic, cloze and type-in cards with their ids and tags', () => {
    const back = read(writeAnkiText(deck), 'demo.tsv');
    expect(back.problems).toEqual([]);
    expect(back.deck!.title).toBe('Demo deck');
    expect(back.deck!.cards.slice(0, 3)).toEqual(deck.cards.slice(0, 3));
    // Choice and drills travel as basic cards: Anki has no such note types.
    expect(back.deck!.cards.slice(3).map((c) => [c.id, c.kind])).toEqual([['c', 'basic'], ['k', 'basic']]);
  });
});

describe('htmlToText', () => {
  it('decodes numeric entities and drops unknown tags but keeps their text', () => {
    expect(htmlToText('<span style="x">caf&#233; &#x41;</span><script>x</script>')).toEqual({ text: 'café Ax', media: 0 });
  });
});
