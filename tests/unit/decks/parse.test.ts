import { describe, expect, it } from 'vitest';
import { formatDeckError, type DeckError } from '../../../src-main/decks/errors';
import { parseDeck, parseScenario } from '../../../src-main/decks/parse';
import { durationToMs } from '../../../src-main/decks/schema';

const header = `id: prueba
title: Prueba
lang: es
description: Baraja de prueba.
version: 1
cards:
`;

function deckErrors(cards: string, file = 'decks/prueba.yaml'): DeckError[] {
  const result = parseDeck(header + cards, file);
  if (result.ok) throw new Error('expected the deck to be refused');
  return result.errors;
}

function messages(cards: string): string[] {
  return deckErrors(cards).map(formatDeckError);
}

describe('parseDeck', () => {
  it('accepts one card of every kind and returns them typed', () => {
    const result = parseDeck(
      header +
        `  - id: pod-definicion
    kind: basic
    front: ¿Qué es un Pod?
    back: La unidad mínima que Kubernetes despliega.
    reversed: true
    tags: [pods]
  - id: pod-red
    kind: cloze
    text: Los contenedores de un Pod comparten {{c1::la red}} y {{c2::los volúmenes::qué más}}.
  - id: svc-nodeport
    kind: choice
    question: ¿Qué tipo de Service abre un puerto en cada nodo?
    options:
      - text: NodePort
        correct: true
      - text: ClusterIP
    explanation: NodePort reserva un puerto en todos los nodos.
  - id: get-pods-todos
    kind: type
    front: Lista los pods de todos los namespaces
    answer: kubectl get pods -A
  - id: escalar-pingpong
    kind: command
    prompt: Escala el deployment pingpong a 8 réplicas.
    scenario: pingpong
    answer: kubectl scale deployment pingpong --replicas=8
    accept: [kubectl scale deploy/pingpong --replicas 8]
    template: "kubectl scale deployment pingpong "
    check: state
`,
      'decks/prueba.yaml',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.deck.cards.map((c) => c.kind)).toEqual(['basic', 'cloze', 'choice', 'type', 'command']);
    const drill = result.deck.cards[4];
    expect(drill?.kind === 'command' && drill.accept).toEqual(['kubectl scale deploy/pingpong --replicas 8']);
  });

  it('names file, line, card and field of a missing required field', () => {
    expect(messages(`  - id: pod-definicion\n    kind: basic\n    front: ¿Qué es un Pod?\n`)).toEqual([
      'decks/prueba.yaml:7: card "pod-definicion": field "back": required',
    ]);
  });

  it('points at the line of a field with the wrong type', () => {
    const errors = deckErrors(`  - id: a\n    kind: basic\n    front: x\n    back: y\n    reversed: "sí"\n`);
    expect(errors).toEqual([
      { file: 'decks/prueba.yaml', line: 11, cardId: 'a', field: 'reversed', message: 'must be a boolean, not a string' },
    ]);
  });

  it('reports a misspelt field as unknown at its own line', () => {
    expect(messages(`  - id: a\n    kind: basic\n    front: x\n    bakc: y\n`)).toEqual([
      'decks/prueba.yaml:7: card "a": field "back": required',
      'decks/prueba.yaml:10: card "a": field "bakc": unknown field',
    ]);
  });

  it('reports an unknown card kind with the kinds it may be', () => {
    expect(messages(`  - id: a\n    kind: flashcard\n    front: x\n`)).toEqual([
      'decks/prueba.yaml:8: card "a": field "kind": "flashcard" is not one of basic, cloze, choice, type, command',
    ]);
  });

  it('refuses ids that are not lowercase a-z0-9-', () => {
    expect(messages(`  - id: Pod_Definicion\n    kind: basic\n    front: x\n    back: y\n`)).toEqual([
      'decks/prueba.yaml:7: card "Pod_Definicion": field "id": must be lowercase letters, digits and single hyphens (a-z0-9-)',
    ]);
  });

  it('reports a duplicate card id at the second card, naming the first', () => {
    const errors = deckErrors(
      `  - id: a\n    kind: basic\n    front: x\n    back: y\n  - id: a\n    kind: basic\n    front: z\n    back: w\n`,
    );
    expect(errors.map(formatDeckError)).toEqual([
      'decks/prueba.yaml:11: card "a": field "id": duplicate id (first used by cards[0], line 7)',
    ]);
  });

  it('refuses a cloze card without any cloze deletion', () => {
    expect(messages(`  - id: c\n    kind: cloze\n    text: Un Pod agrupa contenedores.\n`)).toEqual([
      'decks/prueba.yaml:9: card "c": field "text": has no cloze deletion {{c1::…}}',
    ]);
  });

  it('refuses a cloze left open or with an empty answer', () => {
    expect(messages(`  - id: c\n    kind: cloze\n    text: "{{c1::}} y {{c2::abierta"\n`)).toEqual([
      'decks/prueba.yaml:9: card "c": field "text": has a {{cN::… without its closing }}',
      'decks/prueba.yaml:9: card "c": field "text": {{c1::…}} has an empty answer',
    ]);
  });

  it('refuses a choice card with no correct option', () => {
    expect(
      messages(`  - id: q\n    kind: choice\n    question: ¿Cuál?\n    options:\n      - text: uno\n      - text: dos\n`),
    ).toEqual(['decks/prueba.yaml:10: card "q": field "options": no option is marked correct: true']);
  });

  it('refuses a command template that is not the beginning of the answer', () => {
    const errors = deckErrors(
      `  - id: d\n    kind: command\n    prompt: Escala.\n    scenario: pingpong\n    answer: kubectl scale deployment pingpong --replicas=8\n    template: "kubectl scale deploy "\n    check: state\n`,
    );
    expect(errors.map(formatDeckError)).toEqual([
      'decks/prueba.yaml:12: card "d": field "template": must be the beginning of the answer',
    ]);
  });

  it('requires a command card to say how it is checked', () => {
    expect(
      messages(`  - id: d\n    kind: command\n    prompt: Lista.\n    scenario: pingpong\n    answer: kubectl get pods\n`),
    ).toEqual(['decks/prueba.yaml:7: card "d": field "check": must be one of state, output, both']);
  });

  it('reads a read-the-output drill and refuses one without distractors or with an unknown showing', () => {
    const drill = (read: string) => header + `  - id: d\n    kind: command\n    prompt: ¿Qué comando imprimió esto?\n    scenario: pingpong\n    answer: kubectl get pods\n    check: output\n${read}`;
    const ok = parseDeck(drill('    read:\n      distractors: [kubectl get deploy]\n'), 'decks/prueba.yaml');
    expect(ok.ok && ok.deck.cards[0]).toMatchObject({ read: { showing: 'output', distractors: ['kubectl get deploy'] } });
    const bad = parseDeck(drill('    read:\n      showing: both\n      distractors: []\n'), 'decks/prueba.yaml');
    expect(bad.ok ? [] : bad.errors.map(formatDeckError)).toEqual([
      'decks/prueba.yaml:14: card "d": field "read.showing": must be output or command',
      'decks/prueba.yaml:15: card "d": field "read.distractors": needs at least one command',
    ]);
  });

  it('reports a YAML syntax error with its line and stops there', () => {
    const result = parseDeck(header + `  - id: a\n    kind: basic\n    front: [sin cerrar\n    back: y\n`, 'd.yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.length).toBeGreaterThan(0);
    expect(result.errors[0]?.line).toBeGreaterThanOrEqual(9);
    expect(result.errors.every((e) => e.message.startsWith('YAML syntax:'))).toBe(true);
  });

  it('reports a repeated key as a YAML error', () => {
    const result = parseDeck(header + `  - id: a\n    kind: basic\n    front: x\n    front: y\n    back: z\n`, 'd.yaml');
    expect(!result.ok && result.errors.map((e) => e.line)).toEqual([10]);
  });

  it('reports every error of a file at once, in line order', () => {
    const errors = deckErrors(
      `  - id: a\n    kind: basic\n    front: x\n` + // 7: back missing
        `  - id: b\n    kind: cloze\n    text: sin huecos\n` + // 12: no cloze
        `  - id: a\n    kind: type\n    front: x\n    answer: y\n` + // 13: duplicate
        `  - kind: basic\n    front: x\n    back: y\n`, // 17: id missing, no card id to name
    );
    expect(errors.map((e) => [e.line, e.cardId, e.field])).toEqual([
      [7, 'a', 'back'],
      [12, 'b', 'text'],
      [13, 'a', 'id'],
      [17, undefined, 'id'],
    ]);
  });

  it('names top-level fields outside any card', () => {
    const result = parseDeck(`id: prueba\ntitle: P\nlang: es\nversion: 0\ncards: []\n`, 'p.yaml');
    expect(!result.ok && result.errors.map(formatDeckError)).toEqual([
      'p.yaml:1: field "description": required',
      'p.yaml:4: field "version": must be 1 or more',
    ]);
  });

  it('refuses an empty file', () => {
    expect(parseDeck('', 'v.yaml')).toEqual({ ok: false, errors: [{ file: 'v.yaml', line: 1, message: 'the file is empty' }] });
  });
});

const scenario = `id: pingpong
description: Un deployment pingpong.
seed: 42
start: "2026-01-15T10:00:00Z"
`;

describe('parseScenario', () => {
  it('accepts setup commands, clock steps and files', () => {
    const result = parseScenario(
      scenario +
        `namespaces: [dev]
setup:
  - kubectl create deployment pingpong --image=alpine -- ping 1.1.1.1
  - advance: 60s
  - kubectl apply -f web.yaml
files:
  web.yaml: |
    apiVersion: v1
    kind: Namespace
    metadata:
      name: web
`,
      'decks/scenarios/pingpong.yaml',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.setup).toEqual([
      'kubectl create deployment pingpong --image=alpine -- ping 1.1.1.1',
      { advance: '60s' },
      'kubectl apply -f web.yaml',
    ]);
  });

  it('reports bad durations, non-kubectl steps and files that are not listed, each at its step', () => {
    const result = parseScenario(
      scenario + `setup:\n  - advance: 1 minuto\n  - docker run nginx\n  - kubectl apply -f=falta.yaml\n`,
      's.yaml',
    );
    expect(!result.ok && result.errors.map(formatDeckError)).toEqual([
      's.yaml:6: field "setup[0].advance": must be a duration such as 30s, 5m, 1h30m or 2d',
      's.yaml:7: field "setup[1]": a setup step is a kubectl command line',
      's.yaml:8: field "setup[2]": applies "falta.yaml", which is not listed under files:',
    ]);
  });

  it('requires a start time in UTC', () => {
    const result = parseScenario(`id: s\ndescription: d\nseed: 1\nstart: ayer\n`, 's.yaml');
    expect(!result.ok && result.errors.map((e) => [e.line, e.field])).toEqual([[4, 'start']]);
  });
});

describe('durationToMs', () => {
  it('reads days, hours, minutes and seconds, in that order', () => {
    expect(durationToMs('60s')).toBe(60_000);
    expect(durationToMs('1h30m')).toBe(5_400_000);
    expect(durationToMs('2m5s')).toBe(125_000);
    expect(durationToMs('2d')).toBe(172_800_000);
    expect(durationToMs('5s1m')).toBeNull();
    expect(durationToMs('5')).toBeNull();
    expect(durationToMs('')).toBeNull();
  });
});

describe('parseDeck options', () => {
  const drill = `  - id: d\n    kind: command\n    prompt: Escala.\n    scenario: pingpong\n    answer: kubectl scale deployment pingpong --replicas=8\n    check: state\n`;

  it('refuses a drill on a scenario that does not exist when the scenarios are given', () => {
    const result = parseDeck(header + drill, 'decks/prueba.yaml', { scenarios: new Set(['empty']) });
    expect(!result.ok && result.errors.map(formatDeckError)).toEqual([
      'decks/prueba.yaml:10: card "d": field "scenario": no scenario "pingpong" in decks/scenarios/',
    ]);
    expect(parseDeck(header + drill, 'decks/prueba.yaml', { scenarios: new Set(['pingpong']) }).ok).toBe(true);
  });

  it('requires a curated deck to be named after its id', () => {
    const result = parseDeck(header + drill, 'decks/otra.yaml', { idMatchesFileName: true });
    expect(!result.ok && result.errors.map(formatDeckError)).toEqual(['decks/otra.yaml:1: field "id": must match the file name ("otra")']);
  });
});
