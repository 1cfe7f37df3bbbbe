import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// srs/ and cards/ are libraries: no Node, Electron, SQLite or DOM, and no hidden clock or
// randomness (STYLE.md, conventions 1 and 10). This test fails the build when one sneaks in.
const ROOT = join(__dirname, '../../../src-main');
const ALLOWED_PACKAGES = new Set(['ts-fsrs']);

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(dir, f));
}

const files = [...sources('srs'), ...sources('cards')];

describe('library layers', () => {
  it('finds the library sources', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  for (const file of files) {
    const text = readFileSync(join(ROOT, file), 'utf8');

    it(`${file} imports only sibling libraries and allowed pure packages`, () => {
      const specifiers = [...text.matchAll(/^\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
      for (const spec of specifiers) {
        const ok = spec.startsWith('./') || spec.startsWith('../srs/') || spec.startsWith('../cards/') || ALLOWED_PACKAGES.has(spec);
        expect(ok, `${file} imports ${spec}`).toBe(true);
      }
    });

    it(`${file} reads neither the clock nor Math.random`, () => {
      const code = text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(code).not.toMatch(/Date\.now\(|Math\.random\(|new Date\(\)|performance\.now\(/);
    });
  }
});
