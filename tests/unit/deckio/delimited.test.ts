import { describe, expect, it } from 'vitest';
import { parseDelimited, quoteField, writeDelimited } from '../../../src-main/deckio/delimited';

const fields = (text: string, sep = ',') => parseDelimited(text, sep).records.map((r) => r.fields);

describe('parseDelimited (RFC 4180)', () => {
  it('splits records on line breaks and fields on the separator', () => {
    expect(fields('a,b\nc,d\n')).toEqual([['a', 'b'], ['c', 'd']]);
    expect(fields('a\tb\r\nc\td', '\t')).toEqual([['a', 'b'], ['c', 'd']]);
  });

  it('keeps separators, line breaks and doubled quotes inside a quoted field', () => {
    expect(fields('"a,b","say ""hi""\nthere",c\nnext,row')).toEqual([['a,b', 'say "hi"\nthere', 'c'], ['next', 'row']]);
  });

  it('gives each record the line it starts on, counting line breaks inside quotes', () => {
    const { records } = parseDelimited('x,"1\n2\n3"\ny,z\n', ',', 4);
    expect(records.map((r) => r.line)).toEqual([4, 7]);
  });

  it('skips empty lines and keeps empty fields', () => {
    expect(fields('a,,c\n\n\nd,e,\n')).toEqual([['a', '', 'c'], ['d', 'e', '']]);
  });

  it('takes a quote in the middle of an unquoted field literally', () => {
    expect(fields('5" screen,x')).toEqual([['5" screen', 'x']]);
  });

  it('reports an unclosed quote at the line it opens and still reads the records before it', () => {
    const result = parseDelimited('a,b\nc,"never closed\nmore', ',');
    expect(result.records.map((r) => r.fields)).toEqual([['a', 'b']]);
    expect(result.problems).toEqual([{ line: 2, message: 'a quoted field is never closed (a " is missing)' }]);
  });

  it('reports text after a closing quote and goes on with the next line', () => {
    const result = parseDelimited('"a"b,c\nd,e', ',');
    expect(result.problems).toEqual([{ line: 1, message: 'text after a closing quote: write "" for a quote inside a quoted field' }]);
    expect(result.records.map((r) => r.fields)).toEqual([['d', 'e']]);
  });
});

describe('writeDelimited', () => {
  it('quotes only the fields that need it', () => {
    expect(quoteField('plain', '\t')).toBe('plain');
    expect(quoteField('a\tb', '\t')).toBe('"a\tb"');
    expect(quoteField('a,b', '\t')).toBe('a,b');
    expect(quoteField('say "hi"', '\t')).toBe('"say ""hi"""');
    expect(quoteField('two\nlines', ',')).toBe('"two\nlines"');
    expect(quoteField('#not a header', '\t')).toBe('"#not a header"');
  });

  it('reads back exactly what it wrote, whatever the fields hold', () => {
    const rows = [
      ['a', 'b "quoted"', 'tab\there'],
      ['multi\nline\r\nfield', '', ',;|'],
      ['#hash', '""', ' spaced '],
    ];
    for (const sep of ['\t', ',', ';', '|']) {
      expect(parseDelimited(writeDelimited(rows, sep), sep).records.map((r) => r.fields)).toEqual(rows);
    }
  });
});
