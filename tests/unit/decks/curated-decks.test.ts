import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDeckError } from '../../../src-main/decks/errors';
import { readDeckDir } from '../../../src-main/decks/read-dir';
import type { CardDef } from '../../../src-main/decks/schema';

const root = join(__dirname, '..', '..', '..');
const dir = readDeckDir(join(root, 'decks'), root);
const cards = dir.decks.flatMap(({ deck }) => deck.cards.map((card) => ({ deck: deck.id, card })));

/** The commands a learner is taught to type: these must be ones today's tools accept. */
function typedAnswers(card: CardDef): string[] {
  if (card.kind === 'type') return [card.answer];
  if (card.kind === 'command') return [card.answer, ...(card.accept ?? []), ...(card.template ? [card.template] : [])];
  return [];
}

describe('the curated decks in decks/', () => {
  it('parse without a single error, scenarios included', () => {
    expect(dir.errors.map(formatDeckError)).toEqual([]);
    expect(dir.decks.length).toBeGreaterThan(0);
  });

  it('each name the note they were written from', () => {
    for (const { deck } of dir.decks) expect(deck.description, deck.id).toMatch(/nota/i);
  });

  it('give every typed drill at least one alternative accepted form', () => {
    // A read-the-output drill is answered by picking an option: there is no other form to accept.
    const typed = cards.filter(({ card }) => card.kind === 'command' && !card.read);
    expect(typed.filter(({ card }) => card.kind === 'command' && !card.accept?.length).map(({ deck, card }) => `${deck}/${card.id}`)).toEqual([]);
    expect(typed.length).toBeGreaterThanOrEqual(120);
  });

  it('mix in read-the-output drills whose every distractor is a real command', () => {
    const read = cards.flatMap(({ card }) => (card.kind === 'command' && card.read ? [card.read] : []));
    expect(read.length).toBeGreaterThanOrEqual(5);
    for (const r of read) for (const d of r.distractors) expect(d).toMatch(/^kubectl /);
  });

  it('use every scenario in decks/scenarios/ in at least one drill', () => {
    const used = new Set(cards.flatMap(({ card }) => (card.kind === 'command' ? [card.scenario] : [])));
    expect(dir.scenarios.map(({ scenario }) => scenario.id).filter((id) => !used.has(id))).toEqual([]);
  });

  it('only apply or delete files that their scenario provides', () => {
    const files = new Map(dir.scenarios.map(({ scenario }) => [scenario.id, Object.keys(scenario.files ?? {})]));
    const missing = cards.flatMap(({ deck, card }) =>
      card.kind !== 'command'
        ? []
        : [card.answer, ...(card.accept ?? [])]
            .flatMap((line) => [...line.matchAll(/(?:-f|--filename)[= ](\S+)/g)].map((m) => m[1]!))
            .filter((name) => !files.get(card.scenario)?.includes(name))
            .map((name) => `${deck}/${card.id}: ${name}`),
    );
    expect(missing).toEqual([]);
  });

  it('never teach the typos of the notes or flags kubectl has removed', () => {
    const wrong = [/kuberclt/, /deplyment/, /kukectl/, /kubctl/, /docker containers /, /--export/, /--generator/, /kubectl run\b.*--replicas/, /minekube/];
    const offenders = cards.flatMap(({ deck, card }) =>
      typedAnswers(card)
        .filter((text) => wrong.some((w) => w.test(text)))
        .map((text) => `${deck}/${card.id}: ${text}`),
    );
    expect(offenders).toEqual([]);
  });
});
