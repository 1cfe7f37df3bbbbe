import { describe, expect, it } from 'vitest';
import { gradeChoice, shuffleOptions } from '../../../src-main/cards/choice';
import { permutation, seededRandom, seedFromString } from '../../../src-main/cards/seeded';

const options = [
  { text: 'ClusterIP', correct: true },
  { text: 'NodePort', correct: true },
  { text: 'Ingress', correct: false },
  { text: 'ConfigMap', correct: false },
];

describe('shuffleOptions', () => {
  it('gives the same order for the same seed, so a reload shows the same card', () => {
    expect(shuffleOptions(options, 'card-7:3')).toEqual(shuffleOptions(options, 'card-7:3'));
  });

  it('keeps every option exactly once and reports where each came from', () => {
    const { options: shown, order } = shuffleOptions(options, 42);
    expect([...order].sort()).toEqual([0, 1, 2, 3]);
    order.forEach((from, i) => expect(shown[i]).toBe(options[from]));
  });

  it('varies the order between reviews', () => {
    const orders = new Set<string>();
    for (let review = 0; review < 30; review++) orders.add(shuffleOptions(options, `card-7:${review}`).order.join());
    expect(orders.size).toBeGreaterThan(10);
  });

  it('puts each option first about equally often over many seeds', () => {
    const firsts = [0, 0, 0, 0];
    for (let seed = 0; seed < 4000; seed++) firsts[shuffleOptions(options, seed).order[0]!]! += 1;
    for (const count of firsts) expect(count).toBeGreaterThan(850);
  });
});

describe('gradeChoice', () => {
  it('grades Good when every correct option and no wrong one is chosen', () => {
    expect(gradeChoice(options, [1, 0])).toEqual({ correct: true, q: 4, verdicts: ['chosen', 'chosen', 'ignored', 'ignored'] });
  });

  it('grades Again when a correct option is missed', () => {
    expect(gradeChoice(options, [0])).toEqual({ correct: false, q: 1, verdicts: ['chosen', 'missed', 'ignored', 'ignored'] });
  });

  it('grades Again when a wrong option is chosen too', () => {
    expect(gradeChoice(options, [0, 1, 3])).toEqual({ correct: false, q: 1, verdicts: ['chosen', 'chosen', 'ignored', 'wrong'] });
  });

  it('refuses an option index out of range and a card without a correct option', () => {
    expect(() => gradeChoice(options, [4])).toThrow(RangeError);
    expect(() => gradeChoice([{ correct: false }], [])).toThrow(RangeError);
  });
});

describe('seeded randomness', () => {
  it('repeats a sequence for a seed and differs between seeds', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const c = seededRandom(8);
    const seqA = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(seqA);
    expect([c(), c(), c()]).not.toEqual(seqA);
    for (const x of seqA) expect(x >= 0 && x < 1).toBe(true);
  });

  it('hashes strings to 32-bit seeds', () => {
    expect(seedFromString('a')).not.toBe(seedFromString('b'));
    expect(Number.isInteger(seedFromString('card-1'))).toBe(true);
    expect(permutation(0, seededRandom(1))).toEqual([]);
  });
});
