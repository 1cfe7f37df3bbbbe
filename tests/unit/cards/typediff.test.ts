import { describe, expect, it } from 'vitest';
import { compareTyped } from '../../../src-main/cards/typediff';

const joined = (segments: readonly { text: string }[]) => segments.map((s) => s.text).join('');

describe('compareTyped', () => {
  it('accepts an exact answer with a single good segment on each side', () => {
    expect(compareTyped('kubectl get pods', 'kubectl get pods')).toEqual({
      correct: true,
      typed: [{ text: 'kubectl get pods', kind: 'good' }],
      expected: [{ text: 'kubectl get pods', kind: 'good' }],
    });
  });

  it('marks a missing character on the expected line and nothing bad on the typed one', () => {
    const diff = compareTyped('kubectl get pod', 'kubectl get pods');
    expect(diff.correct).toBe(false);
    expect(diff.typed).toEqual([{ text: 'kubectl get pod', kind: 'good' }]);
    expect(diff.expected).toEqual([
      { text: 'kubectl get pod', kind: 'good' },
      { text: 's', kind: 'missing' },
    ]);
  });

  it('marks a wrong character as bad and the right one as missing', () => {
    const diff = compareTyped('kubectl get pids', 'kubectl get pods');
    expect(diff.typed).toEqual([
      { text: 'kubectl get p', kind: 'good' },
      { text: 'i', kind: 'bad' },
      { text: 'ds', kind: 'good' },
    ]);
    expect(diff.expected).toEqual([
      { text: 'kubectl get p', kind: 'good' },
      { text: 'o', kind: 'missing' },
      { text: 'ds', kind: 'good' },
    ]);
  });

  it('finds the common characters of transposed words', () => {
    const diff = compareTyped('docker ps -a', 'docker -a ps');
    expect(diff.correct).toBe(false);
    expect(joined(diff.typed)).toBe('docker ps -a');
    expect(joined(diff.expected)).toBe('docker -a ps');
    const good = diff.typed.filter((s) => s.kind === 'good').map((s) => s.text).join('');
    expect(good.length).toBe(diff.expected.filter((s) => s.kind === 'good').map((s) => s.text).join('').length);
    expect(good.length).toBeGreaterThanOrEqual('docker ps'.length);
  });

  it('marks everything bad or missing when nothing matches, and an empty answer as all missing', () => {
    expect(compareTyped('xyz', 'abc')).toEqual({
      correct: false,
      typed: [{ text: 'xyz', kind: 'bad' }],
      expected: [{ text: 'abc', kind: 'missing' }],
    });
    expect(compareTyped('', 'abc')).toEqual({ correct: false, typed: [], expected: [{ text: 'abc', kind: 'missing' }] });
  });

  it('is case-sensitive unless told otherwise, and keeps the typed case in the segments', () => {
    expect(compareTyped('Kubectl', 'kubectl').correct).toBe(false);
    const diff = compareTyped('KUBECTL', 'kubectl', { ignoreCase: true });
    expect(diff).toEqual({
      correct: true,
      typed: [{ text: 'KUBECTL', kind: 'good' }],
      expected: [{ text: 'kubectl', kind: 'good' }],
    });
  });

  it('tolerates missing accents only when told to', () => {
    expect(compareTyped('configuracion', 'configuración').correct).toBe(false);
    expect(compareTyped('configuracion', 'configuración', { ignoreAccents: true }).correct).toBe(true);
    expect(compareTyped('CONFIGURACION', 'configuración', { ignoreAccents: true, ignoreCase: true }).correct).toBe(true);
  });

  it('treats composed and decomposed accents as the same character', () => {
    expect(compareTyped('acción', 'acci\u006f\u0301n').correct).toBe(true);
  });

  it('trims and collapses whitespace by default, and compares it exactly when told not to', () => {
    expect(compareTyped('  kubectl   get\tpods ', 'kubectl get pods').correct).toBe(true);
    const strict = compareTyped('kubectl  get', 'kubectl get', { collapseWhitespace: false });
    expect(strict.correct).toBe(false);
    expect(strict.typed).toEqual([
      { text: 'kubectl ', kind: 'good' },
      { text: ' ', kind: 'bad' },
      { text: 'get', kind: 'good' },
    ]);
  });

  it('keeps characters outside the BMP whole', () => {
    const diff = compareTyped('ok 🐳', 'ok 🐋');
    expect(diff.typed).toEqual([
      { text: 'ok ', kind: 'good' },
      { text: '🐳', kind: 'bad' },
    ]);
  });

  it('finds the few typos of a long answer instead of marking it all wrong', () => {
    const expected = 'kubectl create deployment web --image=nginx:1.27 --replicas=3 '.repeat(40).trim();
    const typed = expected.replace(/nginx/g, 'ngnix');
    const diff = compareTyped(typed, expected);
    expect(joined(diff.typed)).toBe(typed);
    expect(joined(diff.expected)).toBe(expected);
    // "nginx" → "ngnix" is one transposition: one bad and one missing character per occurrence.
    const bad = diff.typed.filter((s) => s.kind === 'bad').map((s) => s.text).join('');
    const missing = diff.expected.filter((s) => s.kind === 'missing').map((s) => s.text).join('');
    expect(bad).toHaveLength(40);
    expect(missing).toHaveLength(40);
  });

  it('matches as many characters as a brute-force LCS on random strings', () => {
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const word = (len: number) => Array.from({ length: len }, () => 'abc '[Math.floor(next() * 4)]).join('');
    const lcsLength = (a: string, b: string): number => {
      const t = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
      for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++)
          t[i]![j] = a[i - 1] === b[j - 1] ? t[i - 1]![j - 1]! + 1 : Math.max(t[i - 1]![j]!, t[i]![j - 1]!);
      return t[a.length]![b.length]!;
    };
    for (let round = 0; round < 300; round++) {
      const a = word(Math.floor(next() * 12));
      const b = word(Math.floor(next() * 12));
      const diff = compareTyped(a, b, { collapseWhitespace: false });
      const goodTyped = diff.typed.filter((s) => s.kind === 'good').map((s) => s.text).join('');
      const goodExpected = diff.expected.filter((s) => s.kind === 'good').map((s) => s.text).join('');
      expect(goodTyped).toBe(goodExpected);
      expect(goodTyped.length).toBe(lcsLength(a, b));
      expect(diff.correct).toBe(a === b);
    }
  });
});
