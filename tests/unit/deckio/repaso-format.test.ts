import { describe, expect, it } from 'vitest';
import { parseDeckExchange } from '../../../src-main/decks/parse';
import { deckModel, writeDeckJson, writeDeckYaml } from '../../../src-main/deckio/repaso-format';
import { scheduleEntry, stateOfEntry } from '../../../src-main/deckio/schedule';
import { newCardState, type CardState } from '../../../src-main/srs';
import type { ExportNote } from '../../../src-main/store/repos/decks';

const DUE = Date.UTC(2026, 2, 12, 4);
const reviewed: CardState = { ...newCardState(), phase: 'review', reps: 3, ef: 2560, intervalDays: 15, due: DUE, lapses: 1, lastReview: DUE - 15 * 86_400_000 };

const notes: ExportNote[] = [
  { key: 'pod', kind: 'basic', content: { kind: 'basic', front: '¿Qué es un Pod?', back: 'La unidad: `kubectl get po`', reversed: true }, tags: ['pods', 'básico'], cards: [{ ord: 0, state: reviewed, suspended: false }, { ord: 1, state: newCardState(), suspended: true }] },
  { key: 'abrev', kind: 'cloze', content: { kind: 'cloze', text: 'K8s: {{c1::Kubernetes}}\n\nsegunda línea: "comillas"' }, tags: [], cards: [{ ord: 1, state: newCardState(), suspended: false }] },
];
const deck = { id: 'demo', title: 'Demo: a deck', lang: 'es', description: '', version: 3 };

describe('the Repaso deck format', () => {
  it('writes each card with its id and kind first, and no description when it is empty', () => {
    const model = deckModel(deck, notes, false);
    expect(model).toEqual({
      id: 'demo',
      title: 'Demo: a deck',
      lang: 'es',
      version: 3,
      cards: [
        { id: 'pod', kind: 'basic', front: '¿Qué es un Pod?', back: 'La unidad: `kubectl get po`', reversed: true, tags: ['pods', 'básico'] },
        { id: 'abrev', kind: 'cloze', text: 'K8s: {{c1::Kubernetes}}\n\nsegunda línea: "comillas"' },
      ],
    });
    expect(Object.keys(model.cards[0]!).slice(0, 2)).toEqual(['id', 'kind']);
  });

  it('adds a schedule only for cards that are not plain new ones', () => {
    const model = deckModel(deck, notes, true);
    expect(model.cards[0]!.schedule).toEqual([
      { card: 0, due: '2026-03-12T04:00:00.000Z', lastReview: '2026-02-25T04:00:00.000Z', interval: 15, ef: 2.56, reps: 3, lapses: 1 },
      { card: 1, suspended: true },
    ]);
    expect(model.cards[1]!.schedule).toBeUndefined();
  });

  it('reads back from YAML and from JSON exactly the deck it wrote', () => {
    const model = deckModel(deck, notes, true);
    for (const [text, name] of [[writeDeckYaml(model), 'demo.yaml'], [writeDeckJson(model), 'demo.json']] as const) {
      const parsed = parseDeckExchange(text, name);
      expect(parsed.ok && parsed.deck).toEqual(model);
    }
  });

  it('restores every scheduling field from an entry (EF in thousandths, instants in ms)', () => {
    for (const card of notes[0]!.cards) {
      const entry = scheduleEntry(card)!;
      expect(stateOfEntry(entry)).toEqual(card);
    }
    const fsrs: CardState = { ...reviewed, stability: 12.5, difficulty: 4.25 };
    expect(stateOfEntry(scheduleEntry({ ord: 0, state: fsrs, suspended: false })!).state).toEqual(fsrs);
  });

  it('still names the line of a problem in a JSON file (the quick JSON path gives way to the full parse)', () => {
    const model = deckModel(deck, notes, true);
    const json = writeDeckJson(model).replace('"front": "¿Qué es un Pod?"', '"front": ""');
    const parsed = parseDeckExchange(json, 'demo.json');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toEqual([{ file: 'demo.json', line: 10, cardId: 'pod', field: 'front', message: 'must not be empty' }]);
    const duplicate = writeDeckJson({ ...model, cards: [model.cards[0]!, model.cards[0]!] });
    const dup = parseDeckExchange(duplicate, 'demo.json');
    expect(!dup.ok && dup.errors.map((e) => e.message)[0]).toMatch(/^duplicate id \(first used by cards\[0\], line 7\)$/);
  });

  it('refuses schedule entries that contradict their card, naming the line', () => {
    const text = [
      'id: demo',
      'title: Demo',
      'lang: es',
      'version: 1',
      'cards:',
      '  - id: b',
      '    kind: basic',
      '    front: F',
      '    back: B',
      '    schedule:',
      '      - card: 1',
      '        due: 2026-03-12T04:00:00Z',
      '        lastReview: 2026-03-01T04:00:00Z',
      '        interval: 11',
      '      - card: 0',
      '        due: 2026-03-12T04:00:00Z',
      '        ef: 1.1',
    ].join('\n');
    const parsed = parseDeckExchange(text, 'demo.yaml');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.map((e) => [e.line, e.field, e.message])).toEqual([
      [11, 'schedule[0].card', 'this card yields cards 0, not 1'],
      [15, 'schedule[1].lastReview', 'required when due is set'],
      [15, 'schedule[1].interval', 'required when due is set'],
      [17, 'schedule[1].ef', 'must be 1.3 or more'],
    ]);
  });
});
