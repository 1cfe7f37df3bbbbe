import { describe, expect, it } from 'vitest';
import { deckIdFromTitle, idFromGuid, uniqueAmong } from '../../../src-main/deckio/ids';
import { detectFormat, parseImportFile } from '../../../src-main/deckio/import-file';

describe('ids for decks and cards that come without one', () => {
  it('makes a deck id from its title: lowercase, no accents, single hyphens', () => {
    expect(deckIdFromTitle('Mis comandos de Docker')).toBe('mis-comandos-de-docker');
    expect(deckIdFromTitle('  Configuración & Secretos (v2)  ')).toBe('configuracion-secretos-v2');
    expect(deckIdFromTitle('¿¡!?')).toBe('mazo');
  });

  it('adds -2, -3… until the id is free', () => {
    expect(uniqueAmong('docker', new Set(['docker', 'docker-2']))).toBe('docker-3');
    expect(uniqueAmong('docker', new Set())).toBe('docker');
  });

  it('gives a Repaso guid its card id back and any other guid a stable id', () => {
    expect(idFromGuid('repaso:kubernetes-basico:que-es-un-pod')).toBe('que-es-un-pod');
    expect(idFromGuid('f4R$u!xZ9a')).toBe(idFromGuid('f4R$u!xZ9a'));
    expect(idFromGuid('f4R$u!xZ9a')).not.toBe(idFromGuid('f4R$u!xZ9b'));
    expect(idFromGuid('')).toBeUndefined();
  });
});

describe('the format of a chosen file', () => {
  it('comes from the extension, or from the text when the extension says nothing', () => {
    expect(['a.yaml', 'a.YML', 'a.json', 'a.tsv', 'a.csv'].map((n) => detectFormat(n, ''))).toEqual(['yaml', 'yaml', 'json', 'tsv', 'csv']);
    expect(detectFormat('notes.txt', '#separator:tab\nq\ta\n')).toBe('tsv');
    expect(detectFormat('notes.txt', 'q,a\n')).toBe('csv');
    expect(detectFormat('deck', '{"id": "x"}')).toBe('json');
    expect(detectFormat('deck', 'id: x\ntitle: y\n')).toBe('yaml');
  });

  it('refuses drills whose scenario does not exist, naming the line', () => {
    const yaml = 'id: d\ntitle: D\nlang: es\nversion: 1\ncards:\n  - id: k\n    kind: command\n    prompt: P\n    scenario: nowhere\n    answer: kubectl get pods\n    check: output\n';
    const result = parseImportFile('d.yaml', yaml, { lang: 'es', scenarios: { has: (id) => id === 'empty' } });
    expect(result.deck).toBeNull();
    expect(result.problems).toEqual([{ line: 9, message: 'd.yaml:9: card "k": field "scenario": no scenario "nowhere" in decks/scenarios/' }]);
  });
});
