/**
 * The architecture's boundaries, enforced: sim/, srs/ and cards/ are pure libraries; only app/
 * and preload/ import electron; only store/ (and tests) import better-sqlite3; the renderer
 * imports main-side code for types only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  const abs = path.join(root, dir);
  if (!fs.existsSync(abs)) return [];
  return fs
    .readdirSync(abs, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|svelte|mts)$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

interface Import {
  file: string;
  spec: string;
  typeOnly: boolean;
}

const IMPORT = /^\s*(import|export)\s+(type\s+)?[^'"]*?\bfrom\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]|\brequire\(\s*['"]([^'"]+)['"]\s*\)|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;

function importsOf(file: string): Import[] {
  const text = fs.readFileSync(file, 'utf8');
  const found: Import[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[3] ?? m[4] ?? m[5] ?? m[6];
    if (spec) found.push({ file: path.relative(root, file), spec, typeOnly: Boolean(m[2]) });
  }
  return found;
}

const NODE_BUILTIN = /^(node:|fs$|path$|os$|child_process$|crypto$|http$|https$|net$|url$|util$|stream$|worker_threads$|process$|buffer$)/;
const FORBIDDEN_IN_PURE = (spec: string) =>
  NODE_BUILTIN.test(spec) || spec === 'electron' || spec === 'better-sqlite3' || spec.startsWith('svelte') || spec === 'dompurify';
const DOM_GLOBALS = /\b(window|document|localStorage|sessionStorage|navigator)\s*\./;
const CLOCK_OR_RANDOM = /\b(Date\.now\(|Math\.random\(|new Date\(\))/;

describe('layers', () => {
  for (const lib of ['src-main/sim', 'src-main/srs', 'src-main/cards', 'src-main/stats']) {
    it(`${lib} imports nothing from Node, Electron, SQLite, Svelte or the DOM`, () => {
      const bad = sourceFiles(lib).flatMap(importsOf).filter((i) => FORBIDDEN_IN_PURE(i.spec) || /src-main\/(store|app|web|preload)|\.\.\/(store|app|web|preload)\//.test(i.spec));
      expect(bad).toEqual([]);
      const domUse = sourceFiles(lib).filter((f) => DOM_GLOBALS.test(fs.readFileSync(f, 'utf8')));
      expect(domUse.map((f) => path.relative(root, f))).toEqual([]);
    });

    it(`${lib} reads neither the clock nor Math.random: both are injected`, () => {
      const offenders = sourceFiles(lib).filter((f) => CLOCK_OR_RANDOM.test(fs.readFileSync(f, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '')));
      expect(offenders.map((f) => path.relative(root, f))).toEqual([]);
    });
  }

  it('only app/ and preload/ import electron', () => {
    const bad = sourceFiles('src-main')
      .flatMap(importsOf)
      .filter((i) => i.spec === 'electron' && !/^src-main\/(app|preload)\//.test(i.file));
    expect(bad).toEqual([]);
  });

  it('only store/ imports better-sqlite3', () => {
    const bad = sourceFiles('src-main')
      .flatMap(importsOf)
      .filter((i) => i.spec === 'better-sqlite3' && !i.file.startsWith('src-main/store/'));
    expect(bad).toEqual([]);
  });

  it('the renderer imports main-side code for types only', () => {
    const bad = sourceFiles('src-renderer').flatMap(importsOf).filter((i) => i.spec.includes('src-main/') && !i.typeOnly);
    expect(bad).toEqual([]);
  });

  it('the check itself sees imports (it would catch a violation)', () => {
    const probe = path.join(root, 'tests', 'fixtures', 'layer-probe.ts.txt');
    const found = importsOf(probe);
    expect(found.map((i) => [i.spec, i.typeOnly])).toEqual([
      ['node:fs', false],
      ['../../src-main/api/types', true],
      ['electron', false],
    ]);
    expect(FORBIDDEN_IN_PURE('node:fs') && FORBIDDEN_IN_PURE('electron') && !FORBIDDEN_IN_PURE('yaml')).toBe(true);
  });
});
