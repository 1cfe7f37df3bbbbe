import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatDeckError } from '../../../src-main/decks/errors';
import { readDeckDir } from '../../../src-main/decks/read-dir';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function folder(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'repaso-decks-'));
  mkdirSync(join(dir, 'scenarios'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const deck = (id: string, scenario: string) => `id: ${id}
title: T
lang: es
description: D
version: 1
cards:
  - id: d
    kind: command
    prompt: Lista los pods.
    scenario: ${scenario}
    answer: kubectl get pods
    check: output
`;
const scenario = `id: vacio\ndescription: Sin nada.\nseed: 1\nstart: "2026-01-15T10:00:00Z"\n`;

describe('readDeckDir', () => {
  it('reads decks and scenarios and checks drills against the scenarios present', () => {
    const d = folder({ 'a.yaml': deck('a', 'vacio'), 'scenarios/vacio.yaml': scenario, 'LEEME.md': '# no es YAML' });
    const result = readDeckDir(d, d);
    expect(result.errors).toEqual([]);
    expect(result.decks.map((x) => x.file)).toEqual(['a.yaml']);
    expect(result.scenarios.map((x) => x.scenario.id)).toEqual(['vacio']);
  });

  it('reports errors from every file together, relative to the display folder', () => {
    const d = folder({ 'a.yaml': deck('a', 'falta'), 'b.yaml': deck('c', 'vacio'), 'scenarios/vacio.yaml': scenario });
    expect(readDeckDir(d, d).errors.map(formatDeckError)).toEqual([
      'a.yaml:10: card "d": field "scenario": no scenario "falta" in decks/scenarios/',
      'b.yaml:1: field "id": must match the file name ("b")',
    ]);
  });
});
