/**
 * The pure mapping of a Repaso deck to Anki rows: the four note types' templates, each card
 * kind's note type and fields, stable guids, Markdown as escaped HTML, and the scheduling of
 * reviewed cards in Anki's units.
 */
import { describe, expect, it } from 'vitest';
import type { ExchangeDeckFile } from '../../../src-main/decks/schema';
import { ANKI_MODELS, ankiNoteFields, guidOf, toAnkiExport } from '../../../src-main/deckio/apkg-export';
import { markdownToHtml } from '../../../src-main/deckio/apkg-export-html';
import { mapNotetype } from '../../../src-main/deckio/apkg-map';

const NOW = Date.UTC(2026, 2, 10, 9, 30);
const DAY = 86_400_000;

const deck: ExchangeDeckFile = {
  id: 'k8s',
  title: 'Kubernetes',
  lang: 'es',
  version: 1,
  cards: [
    { id: 'b', kind: 'basic', front: 'Qué es un **pod**', back: 'La unidad mínima', tags: ['k8s', 'con espacio'] },
    { id: 'r', kind: 'basic', front: 'Pod', back: 'Unidad', reversed: true },
    { id: 'c', kind: 'cloze', text: '{{c1::kubectl}} habla con el {{c2::API server}}', extra: 'Ver `kubectl`' },
    { id: 't', kind: 'type', front: 'Puerto de HTTPS', answer: '443' },
    { id: 'ch', kind: 'choice', question: '¿Cuál crea?', options: [{ text: 'create', correct: true }, { text: 'get' }], explanation: 'get lee' },
    { id: 'cmd', kind: 'command', prompt: 'Lista los pods', scenario: 'vacio', answer: 'kubectl get pods -o name', accept: ['kubectl get po -o name'], hint: 'usa get', check: 'output' },
  ],
};

describe('Anki note types', () => {
  it('asks the cloze with {{cloze:Text}}, the type-in with {{type:Back}} and the reversed card from Back', () => {
    expect(ANKI_MODELS.cloze.templates[0]!.qfmt).toContain('{{cloze:Text}}');
    expect(ANKI_MODELS.cloze.type).toBe(1);
    expect(ANKI_MODELS.type.templates[0]!.qfmt).toContain('{{type:Back}}');
    expect(ANKI_MODELS.type.templates[0]!.afmt).toContain('{{type:Back}}');
    expect(ANKI_MODELS.reversed.templates.map((t) => t.qfmt)).toEqual(['{{Front}}', '{{Back}}']);
    expect(ANKI_MODELS.reversed.req).toEqual([
      [0, 'any', [0]],
      [1, 'any', [1]],
    ]);
  });

  it('are read back as the kinds they were written for by the importer’s template analysis', () => {
    const kind = (key: keyof typeof ANKI_MODELS) => {
      const m = ANKI_MODELS[key];
      return mapNotetype({ id: m.id, name: m.name, cloze: m.type === 1, fields: m.fields, templates: m.templates }).kind;
    };
    expect([kind('basic'), kind('reversed'), kind('cloze'), kind('type')]).toEqual(['basic', 'reversed', 'cloze', 'type']);
  });
});

describe('cards as Anki notes', () => {
  const out = toAnkiExport(deck, { now: NOW, schedule: false });
  const note = (id: string) => out.notes[deck.cards.findIndex((c) => c.id === id)]!;

  it('gives each kind its note type and the cards it yields (a cloze one per number, reversed two)', () => {
    expect(out.notes.map((n) => n.model)).toEqual(['basic', 'reversed', 'cloze', 'type', 'basic', 'type']);
    expect(note('c').cards.map((c) => c.ord)).toEqual([0, 1]);
    expect(note('r').cards.map((c) => c.ord)).toEqual([0, 1]);
    expect(out.notes.flatMap((n) => n.cards).every((c) => c.type === 0 && c.queue === 0)).toBe(true);
  });

  it('keeps a card’s guid from export to export and across decks tells cards apart', () => {
    expect(note('b').guid).toBe(guidOf('k8s', 'b'));
    expect(toAnkiExport(deck, { now: NOW + DAY, schedule: false }).notes.map((n) => n.guid)).toEqual(out.notes.map((n) => n.guid));
    expect(guidOf('otro', 'b')).not.toBe(guidOf('k8s', 'b'));
  });

  it('puts a choice card’s options in front and its right answers with the explanation behind', () => {
    const { fields } = ankiNoteFields(deck.cards[4]!);
    expect(fields[0]).toBe('<div>¿Cuál crea?</div>\n<ul><li>create</li><li>get</li></ul>');
    expect(fields[1]).toContain('<li>create</li>');
    expect(fields[1]).not.toContain('get</li>');
    expect(fields[1]).toContain('get lee');
  });

  it('makes a drill a type-in note: the command to type, the other accepted forms and the hint as extra', () => {
    const { model, fields } = ankiNoteFields(deck.cards[5]!);
    expect(model).toBe('type');
    expect(fields[1]).toBe('kubectl get pods -o name');
    expect(fields[2]).toContain('<code>kubectl get po -o name</code>');
    expect(fields[2]).toContain('usa get');
  });

  it('writes tags without spaces and a checksum and sort field from the plain first field', () => {
    expect(note('b').tags).toEqual(['k8s', 'con_espacio']);
    expect(note('b').sfld).toBe('Qué es un pod');
    expect(note('b').csum).toBeGreaterThan(0);
  });
});

describe('Markdown as Anki HTML', () => {
  it('turns code, bold, italics, lists and code blocks into HTML and escapes everything else', () => {
    expect(markdownToHtml('Usa `a<b>` y **ojo** con *esto* & <script>')).toBe('<div>Usa <code>a&lt;b&gt;</code> y <b>ojo</b> con <i>esto</i> &amp; &lt;script&gt;</div>');
    expect(markdownToHtml('Pasos:\n- uno\n- dos\n\n1. a\n2. b')).toBe('<div>Pasos:</div>\n<ul><li>uno</li><li>dos</li></ul>\n<ol><li>a</li><li>b</li></ol>');
    expect(markdownToHtml('```\nkubectl get pods | grep "x"\n```')).toBe('<pre><code>kubectl get pods | grep &quot;x&quot;</code></pre>');
    expect(markdownToHtml('línea 1\nlínea 2')).toBe('<div>línea 1<br>línea 2</div>');
  });

  it('leaves cloze markers as they are, inside code too', () => {
    expect(markdownToHtml('{{c1::`docker ps`::comando}} lista')).toBe('<div>{{c1::<code>docker ps</code>::comando}} lista</div>');
  });
});

describe('scheduling in Anki’s units', () => {
  it('writes a reviewed card as a review card: days since crt, interval, ease ×1000, reps with lapses', () => {
    const due = Date.UTC(2026, 2, 20, 9, 30);
    const scheduled: ExchangeDeckFile = {
      ...deck,
      cards: [
        { ...deck.cards[2]!, schedule: [{ card: 2, due: new Date(due).toISOString(), lastReview: new Date(due - 10 * DAY).toISOString(), interval: 10, ef: 2.36, reps: 3, lapses: 1 }] } as ExchangeDeckFile['cards'][number],
        { ...deck.cards[0]!, schedule: [{ card: 0, suspended: true }] } as ExchangeDeckFile['cards'][number],
      ],
    };
    const out = toAnkiExport(scheduled, { now: NOW, schedule: true });
    expect(out.crt).toBe(Date.UTC(2026, 2, 10) / 1000);
    expect(out.notes[0]!.cards).toEqual([
      { ord: 0, type: 0, queue: 0, due: 1, ivl: 0, factor: 0, reps: 0, lapses: 0 },
      { ord: 1, type: 2, queue: 2, due: 10, ivl: 10, factor: 2360, reps: 4, lapses: 1 },
    ]);
    expect(out.notes[1]!.cards[0]).toMatchObject({ type: 0, queue: -1 });
    // Asked not to, the same deck goes out all new.
    expect(toAnkiExport(scheduled, { now: NOW, schedule: false }).notes.flatMap((n) => n.cards).every((c) => c.type === 0 && c.queue === 0)).toBe(true);
  });
});
