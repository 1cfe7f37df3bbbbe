import { describe, expect, it } from 'vitest';
import { extractCommands, extractHeadings, noteCoverage } from '../../../src-main/decks/coverage';
import type { DeckFile } from '../../../src-main/decks/schema';

const note = [
  '# Pods y réplicas', //                                   1
  'Para ver los pods: `kubectl get pods -o wide` (ancho)', // 2
  '    kubectl scale deployment web --replicas=3 # escalar', // 3
  '<li><em>docker-compose up</em>: arranca todo</li>', //   4
  'kubectl es la herramienta principal', //                 5
  '## Exportar', //                                         6
  '    kubectl get deploy/rng -o yaml --export > rng.yml', // 7
  '```yaml', //                                             8
  '# esto es un comentario', //                             9
  '```', //                                                 10
  '## Sondas de salud', //                                  11
].join('\n');

const deck: DeckFile = {
  id: 'd',
  title: 'D',
  lang: 'es',
  description: 'Desde la nota de prueba.',
  version: 1,
  cards: [
    { id: 'a', kind: 'type', front: 'Pods con IP', answer: 'kubectl get po -o wide' },
    { id: 'b', kind: 'basic', front: '¿Qué son las réplicas de un Pod?', back: 'Copias idénticas.' },
    { id: 'c', kind: 'basic', front: 'x', back: 'y', source: 'Exportar' },
  ],
};

describe('extractCommands', () => {
  it('finds commands in backticks and code lines, without comments, HTML or prose', () => {
    expect(extractCommands(note).map((c) => [c.line, c.command])).toEqual([
      [2, 'kubectl get pods -o wide'],
      [3, 'kubectl scale deployment web --replicas=3'],
      [4, 'docker-compose up'],
      [7, 'kubectl get deploy/rng -o yaml --export > rng.yml'],
    ]);
  });

  it('marks commands that use removed flags as obsolete', () => {
    expect(extractCommands(note).find((c) => c.line === 7)?.obsolete).toMatch(/--export/);
  });
});

describe('extractHeadings', () => {
  it('ignores # lines inside fenced code blocks', () => {
    expect(extractHeadings(note).map((h) => h.heading)).toEqual(['Pods y réplicas', 'Exportar', 'Sondas de salud']);
  });
});

describe('noteCoverage', () => {
  it('lists the commands no card practises and the headings no card mentions', () => {
    const report = noteCoverage(note, [deck]);
    expect(report.commands).toBe(4);
    expect(report.uncoveredCommands.map((c) => c.command)).toEqual(['kubectl scale deployment web --replicas=3', 'docker-compose up']);
    expect(report.obsoleteCommands.map((c) => c.line)).toEqual([7]);
    expect(report.uncoveredHeadings.map((h) => h.heading)).toEqual(['Sondas de salud']);
  });
});

describe('noteCoverage of compound answers', () => {
  it('counts a command inside a for loop, a pipe or $(...) of a drill answer as practised', () => {
    const loopNote = ['    kubectl run $SERVICE --image=$USERNAME/$SERVICE -l app=$SERVICE', '    kubectl scale deploy web --replicas=2', '    kubectl get svc -o name'].join('\n');
    const drills: DeckFile = {
      ...deck,
      cards: [
        { id: 'loop', kind: 'type', front: 'f', answer: 'for S in a b; do kubectl run $S --image=img/$S -l app=$S; done' },
        { id: 'sub', kind: 'type', front: 'f', answer: 'N=$(kubectl get svc -o name) && echo $N' },
      ],
    };
    expect(noteCoverage(loopNote, [drills]).uncoveredCommands.map((c) => c.line)).toEqual([2]);
  });
});
