/**
 * A small seeded PRNG (mulberry32) for shuffles that must be stable per review: the same seed
 * always gives the same sequence, and nothing reads Math.random().
 */

/** A 32-bit seed from a string (FNV-1a), e.g. `${cardId}:${reviewCount}`. */
export function seedFromString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A generator of floats in [0, 1) determined by `seed`. */
export function seededRandom(seed: number | string): () => number {
  let a = (typeof seed === 'string' ? seedFromString(seed) : seed) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A permutation of 0..n−1 (Fisher–Yates) drawn from `random`. */
export function permutation(n: number, random: () => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}
