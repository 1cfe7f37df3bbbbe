/*
 * Comparing a typed answer with the expected one, the way Anki's type-in cards do: a
 * character-level diff, the typed line marked good/bad and the expected line good/missing.
 * The diff is a shortest edit script (Myers) over code points (after NFC), computed on comparison
 * keys (case- and accent-folded as the options say) while the segments keep the original text.
 */

export interface TypeDiffOptions {
  /** "Kubectl" matches "kubectl" (default false). */
  readonly ignoreCase?: boolean;
  /** "configuracion" matches "configuración"; note ñ then matches n too (default false). */
  readonly ignoreAccents?: boolean;
  /** Trim both ends and collapse runs of whitespace to one space before comparing (default true). */
  readonly collapseWhitespace?: boolean;
}

export type TypedKind = 'good' | 'bad';
export type ExpectedKind = 'good' | 'missing';

export interface DiffSegment<K extends string> {
  readonly text: string;
  readonly kind: K;
}

export interface TypeDiff {
  /** True when the typed answer equals the expected one under the options. */
  readonly correct: boolean;
  /** The typed answer: characters also in the expected answer are good, the rest bad. */
  readonly typed: DiffSegment<TypedKind>[];
  /** The expected answer: characters the learner typed are good, the rest missing. */
  readonly expected: DiffSegment<ExpectedKind>[];
}

function prepare(text: string, collapse: boolean): string[] {
  const normalized = text.normalize('NFC');
  return Array.from(collapse ? normalized.trim().replace(/\s+/gu, ' ') : normalized);
}

function keyOf(ch: string, options: TypeDiffOptions): string {
  let k = ch;
  if (options.ignoreAccents) k = k.normalize('NFD').replace(/\p{M}/gu, '');
  if (options.ignoreCase) k = k.toLowerCase();
  return k;
}

/** Past this many remembered diagonal cells the diff gives up and reports the middle wholesale. */
const MAX_TRACE_CELLS = 16_000_000;

/**
 * Matched index pairs (in a, in b) of a shortest edit script from a to b — Myers' O((N+M)·D)
 * algorithm, so a long answer with a few typos costs little — or null when the answers differ
 * too much to be worth it.
 */
function myers(a: readonly string[], b: readonly string[]): [number, number][] | null {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    if ((d + 1) * v.length > MAX_TRACE_CELLS) return null;
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x += 1;
        y += 1;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, d, n, m, offset);
    }
  }
  return null; // unreachable: d = n + m always reaches the end
}

function backtrack(trace: readonly Int32Array[], dEnd: number, n: number, m: number, offset: number): [number, number][] {
  const pairs: [number, number][] = [];
  let x = n;
  let y = m;
  for (let d = dEnd; d > 0; d--) {
    const v = trace[d]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? k + 1 : k - 1;
    const prevX = v[offset + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x -= 1;
      y -= 1;
      pairs.push([x, y]);
    }
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) {
    x -= 1;
    y -= 1;
    pairs.push([x, y]);
  }
  return pairs.reverse();
}

/** Pairs of indices (typed, expected) of a longest common subsequence of a and b, ascending. */
function commonSubsequence(a: readonly string[], b: readonly string[]): [number, number][] {
  // Common ends first: the usual answer differs in a few places in the middle.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const pairs: [number, number][] = [];
  for (let i = 0; i < start; i++) pairs.push([i, i]);
  const middle = myers(a.slice(start, endA), b.slice(start, endB)) ?? [];
  for (const [i, j] of middle) pairs.push([start + i, start + j]);
  for (let i = 0; endA + i < a.length; i++) pairs.push([endA + i, endB + i]);
  return pairs;
}

function segments<K extends string>(chars: readonly string[], matched: ReadonlySet<number>, good: K, other: K): DiffSegment<K>[] {
  const out: { text: string; kind: K }[] = [];
  chars.forEach((ch, i) => {
    const kind = matched.has(i) ? good : other;
    const last = out.at(-1);
    if (last && last.kind === kind) last.text += ch;
    else out.push({ text: ch, kind });
  });
  return out;
}

/** Compares a typed answer with the expected one. */
export function compareTyped(typed: string, expected: string, options: TypeDiffOptions = {}): TypeDiff {
  const collapse = options.collapseWhitespace ?? true;
  const typedChars = prepare(typed, collapse);
  const expectedChars = prepare(expected, collapse);
  const typedKeys = typedChars.map((c) => keyOf(c, options));
  const expectedKeys = expectedChars.map((c) => keyOf(c, options));
  const pairs = commonSubsequence(typedKeys, expectedKeys);
  const correct = typedKeys.length === expectedKeys.length && pairs.length === typedKeys.length;
  return {
    correct,
    typed: segments(typedChars, new Set(pairs.map((p) => p[0])), 'good', 'bad'),
    expected: segments(expectedChars, new Set(pairs.map((p) => p[1])), 'good', 'missing'),
  };
}
