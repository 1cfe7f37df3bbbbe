/**
 * Seeded randomness for everything the cluster invents: name suffixes, uids, addresses.
 * sfc32 (Chris Doty-Humphrey's Small Fast Counter): 128 bits of state, so a clone continues the
 * exact same sequence.
 */

/** Kubernetes' alphabet for generated names (k8s.io/apimachinery/pkg/util/rand): no vowels, no 0/1/3. */
export const NAME_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number | [number, number, number, number]) {
    if (Array.isArray(seed)) {
      [this.a, this.b, this.c, this.d] = seed;
      return;
    }
    // Spread a small seed over the state, then discard the first outputs (the usual sfc32 warm-up).
    this.a = 0x9e3779b9;
    this.b = 0x243f6a88;
    this.c = 0xb7e15162;
    this.d = seed >>> 0;
    for (let i = 0; i < 15; i++) this.nextUint32();
  }

  /** The full state, for clones. */
  state(): [number, number, number, number] {
    return [this.a, this.b, this.c, this.d];
  }

  clone(): Rng {
    return new Rng(this.state());
  }

  nextUint32(): number {
    this.a >>>= 0;
    this.b >>>= 0;
    this.c >>>= 0;
    this.d >>>= 0;
    let t = (this.a + this.b) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.d = (this.d + 1) | 0;
    t = (t + this.d) | 0;
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** An integer in [min, max] (both included). */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** `n` characters of the name alphabet: `randomSuffix()` is the 5 characters of `web-7d9c8b5f4-x2kqz`. */
  randomSuffix(n = 5): string {
    let s = '';
    for (let i = 0; i < n; i++) s += NAME_ALPHABET[Math.floor(this.next() * NAME_ALPHABET.length)];
    return s;
  }

  /** A version 4 UUID: `3f1c9a52-7d4e-4b8a-9c21-5e6f7a8b9c0d`. */
  uuid(): string {
    // Every object gets one: built from the four words directly, without a 32-character detour.
    const a = hex8(this.nextUint32());
    const b = hex8(this.nextUint32());
    const c = this.nextUint32();
    const d = hex8(this.nextUint32());
    const cHex = hex8(c);
    const variant = (((c >>> 28) & 0x3) | 0x8).toString(16);
    return `${a}-${b.slice(0, 4)}-4${b.slice(5)}-${variant}${cHex.slice(1, 4)}-${cHex.slice(4)}${d}`;
  }

  /** Lowercase hex of `n` digits (container ids, image digests). */
  hex(n: number): string {
    let s = '';
    while (s.length < n) s += this.nextUint32().toString(16).padStart(8, '0');
    return s.slice(0, n);
  }
}

/** Eight lowercase hex digits of a 32-bit word. */
function hex8(n: number): string {
  return n.toString(16).padStart(8, '0');
}

/** FNV-1a, 32 bits: the hash the deployment controller uses for pod-template-hash. */
export function fnv32a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * apimachinery's rand.SafeEncodeString: each character mapped into the name alphabet by its code.
 * The deployment controller encodes the decimal form of its hash, which is why pod-template-hash
 * values (`6f58bf7f76`) only ever hold the ten characters 4-9, b, c, d and f.
 */
export function safeEncodeString(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += NAME_ALPHABET[s.charCodeAt(i) % NAME_ALPHABET.length];
  return out;
}

/** A 32-bit hash of several values, for per-item randomness that must not consume the RNG stream. */
export function hashInts(...values: Array<number | string>): number {
  // FNV alone barely mixes the last characters; murmur3's finalizer spreads every bit.
  let h = fnv32a(values.join('\u0000'));
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}
