import { describe, expect, it } from 'vitest';
import { canonicalEqual, canonicalJson } from '../../../../src-main/sim/cluster/objects';
import { Rng } from '../../../../src-main/sim/cluster/rng';

/** A small random JSON-ish value, with the edge cases canonical JSON folds (undefined, NaN, key order). */
function randomValue(rng: Rng, depth: number): unknown {
  const leaves = [null, undefined, 0, -0, 1, '1', 'a', true, false, Number.NaN, Number.POSITIVE_INFINITY];
  const pick = rng.int(0, depth > 2 ? 0 : 2);
  if (pick === 0) return rng.pick(leaves);
  if (pick === 1) return Array.from({ length: rng.int(0, 3) }, () => randomValue(rng, depth + 1));
  const out: Record<string, unknown> = {};
  const keys = ['a', 'b', 'c'].filter(() => rng.next() < 0.6);
  if (rng.next() < 0.5) keys.reverse();
  for (const k of keys) out[k] = randomValue(rng, depth + 1);
  return out;
}

describe('canonicalEqual', () => {
  it('agrees with comparing canonical JSON on every pair of generated values', () => {
    const rng = new Rng(5);
    let equalPairs = 0;
    for (let i = 0; i < 20_000; i++) {
      const a = randomValue(rng, 0);
      const b = rng.next() < 0.3 ? JSON.parse(JSON.stringify({ v: a })).v : randomValue(rng, 0);
      const expected = canonicalJson(a) === canonicalJson(b);
      if (expected) equalPairs++;
      expect(canonicalEqual(a, b), `${canonicalJson(a)} vs ${canonicalJson(b)}`).toBe(expected);
    }
    expect(equalPairs).toBeGreaterThan(1000); // the generator does produce equal pairs
  });

  it('ignores key order and absent keys, not values', () => {
    expect(canonicalEqual({ a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1, d: undefined })).toBe(true);
    expect(canonicalEqual({ replicas: 3 }, { replicas: 4 })).toBe(false);
    expect(canonicalEqual([1, 2], [2, 1])).toBe(false);
  });
});
