/** Anki note types and cards into Repaso cards: kinds by template, fields as Markdown, scheduling. */
import { describe, expect, it } from 'vitest';
import { mapAnkiCollection, mapNotetype, scheduleOf, templateFields } from '../../../src-main/deckio/apkg-map';
import type { AnkiCard, AnkiCollection, AnkiNotetype } from '../../../src-main/store/anki-collection';
import { NOTETYPES } from '../../helpers/anki-package';

const DAY = 86_400_000;
const asNotetype = (key: keyof typeof NOTETYPES, overrides: Partial<AnkiNotetype> = {}): AnkiNotetype => ({ ...NOTETYPES[key], ...overrides });
const card = (overrides: Partial<AnkiCard> = {}): AnkiCard => ({ nid: 1, did: 1, ord: 0, type: 0, queue: 0, due: 0, ivl: 0, factor: 0, reps: 0, lapses: 0, odid: 0, odue: 0, data: '', ...overrides });

function collection(notes: { mid: number; fields: string[]; guid?: string; tags?: string[]; did?: number; cards?: Partial<AnkiCard>[] }[]): AnkiCollection {
  return {
    crt: Date.UTC(2026, 0, 1) / 1000,
    notetypes: Object.keys(NOTETYPES).map((k) => asNotetype(k as keyof typeof NOTETYPES)),
    decks: [
      { id: 1, name: 'Default' },
      { id: 2, name: 'Docker' },
      { id: 3, name: 'Kubernetes::Pods' },
    ],
    notes: notes.map((n, i) => ({ id: i + 1, guid: n.guid ?? `g${i}`, mid: n.mid, fields: n.fields, tags: n.tags ?? [] })),
    cards: notes.flatMap((n, i) => (n.cards ?? [{ ord: 0 }]).map((c) => card({ nid: i + 1, did: n.did ?? 2, ...c }))),
  };
}

describe('templateFields', () => {
  it('lists the fields a template shows, skipping conditionals and FrontSide, keeping the filter', () => {
    expect(templateFields('{{#Add Reverse}}{{Back}}{{/Add Reverse}}')).toEqual([{ name: 'Back', filter: '' }]);
    expect(templateFields('{{FrontSide}}<hr>{{type:Back}} {{text:hint:Extra}}')).toEqual([
      { name: 'Back', filter: 'type' },
      { name: 'Extra', filter: 'text:hint' },
    ]);
  });
});

describe('mapNotetype', () => {
  it('tells the four kinds apart by their templates', () => {
    expect(mapNotetype(asNotetype('basic'))).toEqual({ kind: 'basic', front: 0, back: 1 });
    expect(mapNotetype(asNotetype('reversed'))).toEqual({ kind: 'reversed', front: 0, back: 1 });
    expect(mapNotetype(asNotetype('optional-reversed'))).toEqual({ kind: 'reversed', front: 0, back: 1 });
    expect(mapNotetype(asNotetype('cloze'))).toEqual({ kind: 'cloze', front: 0, back: 1 });
    expect(mapNotetype(asNotetype('type'))).toEqual({ kind: 'type', front: 0, back: 1 });
  });

  it('finds a cloze type by its {{cloze:}} template even when the type is not flagged cloze', () => {
    expect(mapNotetype(asNotetype('cloze', { cloze: false, name: 'Mi tipo' })).kind).toBe('cloze');
  });

  it('reads the fields the first template asks and answers, not the field order', () => {
    const swapped = asNotetype('basic', { fields: ['Respuesta', 'Pregunta'], templates: [{ name: 'c', qfmt: '{{Pregunta}}', afmt: '{{FrontSide}}<hr>{{Respuesta}}' }] });
    expect(mapNotetype(swapped)).toEqual({ kind: 'basic', front: 1, back: 0 });
  });

  it('keeps a type with two templates asking the same field as basic, not reversed', () => {
    const twice = asNotetype('reversed', {
      templates: [
        { name: 'a', qfmt: '{{Front}}', afmt: '{{Back}}' },
        { name: 'b', qfmt: '{{Front}} (otra vez)', afmt: '{{Back}}' },
      ],
    });
    expect(mapNotetype(twice).kind).toBe('basic');
  });
});

describe('scheduleOf', () => {
  const crt = Date.UTC(2026, 0, 1) / 1000;

  it('turns a review card into an entry due crt + due days, last reviewed one interval before', () => {
    const entry = scheduleOf(card({ type: 2, queue: 2, due: 80, ivl: 10, factor: 2300, reps: 5, lapses: 1 }), crt, 'basic');
    expect(entry).toEqual({
      card: 0,
      due: new Date(Date.UTC(2026, 0, 1) + 80 * DAY).toISOString(),
      lastReview: new Date(Date.UTC(2026, 0, 1) + 70 * DAY).toISOString(),
      interval: 10,
      ef: 2.3,
      reps: 4,
      lapses: 1,
    });
  });

  it('numbers a cloze card by its cloze number and keeps a suspension', () => {
    const entry = scheduleOf(card({ ord: 1, type: 2, queue: -1, due: 3, ivl: 4, factor: 2500, reps: 2 }), crt, 'cloze');
    expect(entry).toMatchObject({ card: 2, suspended: true, interval: 4 });
  });

  it('gives nothing for new and learning cards, and a bare suspension for a suspended new one', () => {
    expect(scheduleOf(card(), crt, 'basic')).toBeNull();
    expect(scheduleOf(card({ type: 1, queue: 1, ivl: 0 }), crt, 'basic')).toBeNull();
    expect(scheduleOf(card({ queue: -1 }), crt, 'basic')).toEqual({ card: 0, suspended: true });
  });

  it('starts an FSRS card (factor 0) at the SM-2 starting ease', () => {
    expect(scheduleOf(card({ type: 2, queue: 2, due: 1, ivl: 1, factor: 0, reps: 1 }), crt, 'basic')?.ef).toBe(2.5);
  });
});

describe('mapAnkiCollection', () => {
  const ids = Object.fromEntries(Object.entries(NOTETYPES).map(([k, v]) => [k, v.id])) as Record<keyof typeof NOTETYPES, number>;

  it('maps each kind with its HTML as Markdown and names the deck after the Anki deck holding most notes', () => {
    const mapped = mapAnkiCollection(
      collection([
        { mid: ids.basic, fields: ['<b>docker</b> ps', 'lista&nbsp;contenedores'], tags: ['docker'] },
        { mid: ids.reversed, fields: ['imagen', 'plantilla'], cards: [{ ord: 0 }, { ord: 1 }] },
        { mid: ids.cloze, fields: ['{{c1::kubectl}} habla con el API', ''] },
        { mid: ids.type, fields: ['Listar pods', 'kubectl get pods'], did: 3 },
      ]),
      { fileName: 'k.apkg', lang: 'es' },
    );
    expect(mapped.problems).toEqual([]);
    expect(mapped.deck?.title).toBe('Docker');
    expect(mapped.deck?.id).toBe('docker');
    expect(mapped.deck?.cards.map((c) => c.kind)).toEqual(['basic', 'basic', 'cloze', 'type']);
    expect(mapped.deck?.cards[0]).toMatchObject({ front: '**docker** ps', back: 'lista contenedores', tags: ['docker'] });
    expect(mapped.deck?.cards[1]).toMatchObject({ reversed: true });
    expect(mapped.deck?.cards[2]).toEqual({ id: expect.stringMatching(/^anki-/), kind: 'cloze', text: '{{c1::kubectl}} habla con el API' });
    expect(mapped.deck?.cards[3]).toMatchObject({ front: 'Listar pods', answer: 'kubectl get pods', tags: ['deck::Kubernetes::Pods'] });
    expect(mapped.warnings).toEqual([expect.stringContaining('1 other deck(s) (Kubernetes::Pods)')]);
  });

  it('makes an optional-reversed note without its second card one-sided', () => {
    const mapped = mapAnkiCollection(collection([{ mid: ids['optional-reversed'], fields: ['a', 'b', ''] }]), { fileName: 'k.apkg', lang: 'es' });
    expect(mapped.deck?.cards[0]).not.toHaveProperty('reversed');
  });

  it('drops images and sounds from the text and counts them in a warning', () => {
    const mapped = mapAnkiCollection(collection([{ mid: ids.basic, fields: ['foto <img src="a.png">', 'son [sound:b.mp3]'] }]), { fileName: 'k.apkg', lang: 'es', mediaFiles: 2 });
    expect(mapped.deck?.cards[0]).toMatchObject({ front: 'foto', back: 'son' });
    expect(mapped.media).toBe(2);
    expect(mapped.warnings).toContain('2 image(s) or sound(s) left out of the cards (2 media file(s) in the package): Repaso does not store media yet');
  });

  it('leaves out a note with an empty field, saying which note, field and note type, and imports the rest', () => {
    const mapped = mapAnkiCollection(collection([{ mid: ids.basic, fields: ['a', 'b'] }, { mid: ids.basic, fields: ['solo frente', '<img src="x.png">'] }]), { fileName: 'k.apkg', lang: 'es' });
    expect(mapped.problems).toEqual([]);
    expect(mapped.deck?.cards).toHaveLength(1);
    expect(mapped.warnings).toContain('1 note(s) left out: k.apkg: note 2: field "Back" of note type "Basic" is empty');
  });

  it('refuses a collection none of whose notes can be imported, and one with no notes', () => {
    const broken = mapAnkiCollection(collection([{ mid: ids.cloze, fields: ['sin huecos', ''] }]), { fileName: 'k.apkg', lang: 'es' });
    expect(broken.deck).toBeNull();
    expect(broken.problems).toEqual([{ line: 1, message: expect.stringMatching(/^k\.apkg: none of its 1 note\(s\) can be imported \(k\.apkg: note 1: cloze text: /) }]);
    expect(mapAnkiCollection(collection([]), { fileName: 'k.apkg', lang: 'es' }).problems).toEqual([{ line: 1, message: 'k.apkg: the collection has no notes' }]);
  });

  it('files a note lent to a filtered deck under its home deck, with its home due', () => {
    const mapped = mapAnkiCollection(
      collection([
        { mid: ids.basic, fields: ['a', 'b'] },
        { mid: ids.basic, fields: ['c', 'd'], did: 1, cards: [{ ord: 0, odid: 2, odue: 9, due: -100, type: 2, queue: 2, ivl: 3, factor: 2500, reps: 2 }] },
      ]),
      { fileName: 'k.apkg', lang: 'es' },
    );
    expect(mapped.warnings).toEqual([]);
    expect(mapped.deck?.cards[1]?.schedule?.[0]?.due).toBe(new Date(Date.UTC(2026, 0, 1) + 9 * DAY).toISOString());
  });

  it('keeps FSRS memory state and drops the state of a cloze card whose number left the text', () => {
    const mapped = mapAnkiCollection(
      collection([
        {
          mid: ids.cloze,
          fields: ['{{c1::uno}}', ''],
          cards: [
            { ord: 0, type: 2, queue: 2, due: 4, ivl: 4, factor: 0, reps: 3, data: '{"s":12.5,"d":4.2,"dr":0.9}' },
            { ord: 1, type: 2, queue: 2, due: 4, ivl: 4, factor: 2500, reps: 3 },
          ],
        },
      ]),
      { fileName: 'k.apkg', lang: 'es' },
    );
    expect(mapped.deck?.cards[0]?.schedule).toEqual([expect.objectContaining({ card: 1, stability: 12.5, difficulty: 4.2, ef: 2.5 })]);
  });

  it('gives the same card id to the same Anki note on every import (from its guid)', () => {
    const a = mapAnkiCollection(collection([{ mid: ids.basic, fields: ['a', 'b'], guid: 'Xy1' }]), { fileName: 'k.apkg', lang: 'es' });
    const b = mapAnkiCollection(collection([{ mid: ids.basic, fields: ['otra', 'cosa'], guid: 'Xy1' }]), { fileName: 'k.apkg', lang: 'es' });
    expect(a.deck?.cards[0]?.id).toBe(b.deck?.cards[0]?.id);
  });

  it('attaches review-card scheduling to its note', () => {
    const mapped = mapAnkiCollection(
      collection([{ mid: ids.reversed, fields: ['a', 'b'], cards: [{ ord: 0 }, { ord: 1, type: 2, queue: 2, due: 5, ivl: 3, factor: 2500, reps: 3 }] }]),
      { fileName: 'k.apkg', lang: 'es' },
    );
    expect(mapped.deck?.cards[0]?.schedule).toEqual([expect.objectContaining({ card: 1, interval: 3 })]);
  });
});
