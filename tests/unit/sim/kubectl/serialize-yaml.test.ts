import { describe, expect, it } from 'vitest';
import { toYaml } from '../../../../src-main/sim/printers/serialize-yaml';
import { toJson } from '../../../../src-main/sim/printers/serialize-json';

describe('toYaml (sigs.k8s.io/yaml over go-yaml v2)', () => {
  it('sorts keys, keeps sequences at their key and writes empty maps inline', () => {
    expect(toYaml({ b: [{ y: 1, x: 'a' }], a: {}, c: null })).toBe('a: {}\nb:\n- x: a\n  "y": 1\nc: null\n');
  });
  it('quotes strings that would read as other types, and single-quotes plain-unsafe ones', () => {
    expect(toYaml({ v: ['1', 'true', '', 'on', '1.5', '2026-01-01', '*/5 * * * *', 'a: b', 'x #y', 'ok'] })).toBe(
      'v:\n- "1"\n- "true"\n- ""\n- "on"\n- "1.5"\n- "2026-01-01"\n- \'*/5 * * * *\'\n- \'a: b\'\n- \'x #y\'\n- ok\n',
    );
  });
  it('writes multi-line strings as literal blocks with the right chomping', () => {
    expect(toYaml({ a: 'x\ny\n', b: 'x\ny', c: 'x\n\n' })).toBe('a: |\n  x\n  y\nb: |-\n  x\n  y\nc: |+\n  x\n\n');
  });
  it('orders digit runs in keys numerically, non-letters before letters', () => {
    expect(Object.keys(Object.fromEntries(toYaml({ a10: 1, a9: 2, _b: 3, B: 4 }).trim().split('\n').map((l) => [l.split(':')[0], 1])))).toEqual(['_b', 'B', 'a9', 'a10']);
  });
  it('folds long plain strings with spaces past column 80', () => {
    const long = Array.from({ length: 20 }, (_, i) => `word${i}`).join(' ');
    const out = toYaml({ description: long });
    expect(out.split('\n').length).toBeGreaterThan(2);
    expect(out.split('\n')[1]!.startsWith('  word')).toBe(true);
  });
});

describe('toJson (encoding/json, 4-space indent)', () => {
  it('follows Go struct order and sorts map keys', () => {
    const out = toJson({ metadata: { labels: { b: '1', a: '2' }, name: 'x' }, apiVersion: 'v1', kind: 'ConfigMap', data: { z: '1', y: '<&>' } });
    expect(out).toBe('{\n    "kind": "ConfigMap",\n    "apiVersion": "v1",\n    "metadata": {\n        "name": "x",\n        "labels": {\n            "a": "2",\n            "b": "1"\n        }\n    },\n    "data": {\n        "y": "\\u003c\\u0026\\u003e",\n        "z": "1"\n    }\n}\n');
  });
});
