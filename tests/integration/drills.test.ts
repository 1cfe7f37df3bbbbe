/** The drill API end to end: real SQLite, real deck loading, the in-process transport. */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir, testBackend, value, type TestBackend } from '../helpers/backend';

const DECK = `id: drills-test
title: Drills de prueba
lang: es
description: Drills para los tests de integración.
version: 1
cards:
  - id: escalar
    kind: command
    prompt: Escala el deployment pingpong a 8 réplicas.
    scenario: pingpong
    answer: kubectl scale deployment pingpong --replicas=8
    accept: [kubectl scale deploy/pingpong --replicas 8]
    hint: El verbo es scale.
    check: state
  - id: escalar-plantilla
    kind: command
    prompt: Completa el comando para escalar pingpong a 8 réplicas.
    scenario: pingpong
    answer: kubectl scale deployment pingpong --replicas=8
    template: "kubectl scale deployment pingpong "
    check: state
  - id: listar
    kind: command
    prompt: Lista los deployments.
    scenario: pingpong
    answer: kubectl get deployments
    accept: [kubectl get deploy]
    check: output
  - id: roto
    kind: command
    prompt: Un drill con un escenario que no se construye.
    scenario: roto
    answer: kubectl get pods
    accept: [kubectl get po]
    check: output
  - id: tarjeta
    kind: basic
    front: ¿Qué es un Pod?
    back: La unidad mínima.
`;

const PINGPONG = `id: pingpong
description: pingpong
seed: 42
start: "2026-01-15T10:00:00Z"
setup:
  - kubectl create deployment pingpong --image=alpine -- ping 1.1.1.1
  - advance: 60s
`;

const ROTO = `id: roto
description: falla en el segundo paso
seed: 1
start: "2026-01-15T10:00:00Z"
setup:
  - kubectl create deployment web --image=nginx
  - kubectl scale deployment nope --replicas=2
`;

let t: TestBackend;
let clock = Date.UTC(2026, 2, 2, 9);

beforeEach(() => {
  const decks = tempDir('repaso-drill-decks-');
  fs.mkdirSync(path.join(decks, 'scenarios'));
  fs.writeFileSync(path.join(decks, 'drills-test.yaml'), DECK);
  fs.writeFileSync(path.join(decks, 'scenarios', 'pingpong.yaml'), PINGPONG);
  fs.writeFileSync(path.join(decks, 'scenarios', 'roto.yaml'), ROTO);
  t = testBackend({ decksDir: decks, now: () => clock, timeZone: 'Europe/Madrid' });
});
afterEach(() => t.close());

async function drillId(key: string): Promise<number> {
  const decks = value(await t.api['drill:list']());
  const drill = decks.flatMap((d) => d.drills).find((d) => d.key === key);
  if (!drill) throw new Error(`no drill ${key}`);
  return drill.cardId;
}

describe('drill API', () => {
  it('lists the command drills by deck with their kind, leaving other cards out', async () => {
    const decks = value(await t.api['drill:list']());
    expect(decks).toHaveLength(1);
    expect(decks[0]!.title).toBe('Drills de prueba');
    expect(decks[0]!.drills.map((d) => [d.key, d.kind, d.check])).toEqual([
      ['escalar', 'write', 'state'],
      ['escalar-plantilla', 'complete', 'state'],
      ['listar', 'write', 'output'],
      ['roto', 'write', 'output'],
    ]);
  });

  it('runs the learner’s commands on a private copy, explains a wrong one, then grades the right one 3', async () => {
    const start = value(await t.api['drill:start']({ cardId: await drillId('escalar') }));
    expect(start).toMatchObject({ prompt: 'Escala el deployment pingpong a 8 réplicas.', kind: 'write', hasHint: true, namespace: 'default' });
    const look = value(await t.api['drill:run']({ sessionId: start.sessionId, line: 'kubectl get deploy', locale: 'es' }));
    expect(look.stdout).toMatch(/^NAME\s+READY/);
    expect(look.verdict.status).toBe('neutral');
    const wrong = value(await t.api['drill:run']({ sessionId: start.sessionId, line: 'kubectl scale deploy pingpong --replicas=3', locale: 'en' }));
    expect(wrong.verdict).toEqual({ status: 'fail', messages: ['deployment/pingpong has 3 replicas; the task wants 8'] });
    expect(wrong).toMatchObject({ status: 'open', wrongAttempts: 1, grade: null, solution: null });
    clock += 20_000;
    const right = value(await t.api['drill:run']({ sessionId: start.sessionId, line: 'kubectl scale deploy/pingpong --replicas 8', locale: 'es' }));
    expect(right).toMatchObject({ status: 'solved', grade: 3, verdict: { status: 'pass', messages: [] } });
    expect(right.solution?.answer).toBe('kubectl scale deployment pingpong --replicas=8');
  });

  it('gives 5 for a first right answer, and each session its own copy', async () => {
    const cardId = await drillId('escalar');
    const a = value(await t.api['drill:start']({ cardId }));
    const b = value(await t.api['drill:start']({ cardId }));
    const done = value(await t.api['drill:run']({ sessionId: a.sessionId, line: 'kubectl scale deployment pingpong --replicas=8', locale: 'es' }));
    expect(done.grade).toBe(5);
    const other = value(await t.api['drill:run']({ sessionId: b.sessionId, line: 'kubectl get deploy pingpong -o jsonpath={.spec.replicas}', locale: 'es' }));
    expect(other.stdout).toBe('1');
  });

  it('completes names from the learner’s copy and flags of the verb', async () => {
    const start = value(await t.api['drill:start']({ cardId: await drillId('escalar-plantilla') }));
    expect(start.template).toBe('kubectl scale deployment pingpong ');
    expect(value(await t.api['drill:complete']({ sessionId: start.sessionId, line: 'kubectl scale deployment ping' })).line).toBe('kubectl scale deployment pingpong ');
    expect(value(await t.api['drill:complete']({ sessionId: start.sessionId, line: 'kubectl scale deployment pingpong --repl' })).line).toBe('kubectl scale deployment pingpong --replicas ');
  });

  it('marks the hint used and a revealed drill as grade 1 with the solution', async () => {
    const start = value(await t.api['drill:start']({ cardId: await drillId('escalar') }));
    expect(value(await t.api['drill:hint']({ sessionId: start.sessionId }))).toEqual({ hint: 'El verbo es scale.' });
    const revealed = value(await t.api['drill:reveal']({ sessionId: start.sessionId }));
    expect(revealed).toMatchObject({ status: 'revealed', grade: 1, solution: { answer: 'kubectl scale deployment pingpong --replicas=8', accept: ['kubectl scale deploy/pingpong --replicas 8'] } });
  });

  it('checks an output drill by what it prints', async () => {
    const start = value(await t.api['drill:start']({ cardId: await drillId('listar') }));
    const wrong = value(await t.api['drill:run']({ sessionId: start.sessionId, line: 'kubectl get deploy -o wide', locale: 'es' }));
    expect(wrong.verdict.status).toBe('fail');
    expect(wrong.verdict.messages[0]).toMatch(/^la salida no es la que pide la tarea/);
    const right = value(await t.api['drill:run']({ sessionId: start.sessionId, line: 'kubectl get deploy', locale: 'es' }));
    expect(right.status).toBe('solved');
  });

  it('records the drill’s grade through the review API with the start token', async () => {
    const start = value(await t.api['drill:start']({ cardId: await drillId('escalar') }));
    value(await t.api['drill:run']({ sessionId: start.sessionId, line: 'kubectl scale deployment pingpong --replicas=8', locale: 'es' }));
    const answered = value(await t.api['review:answer']({ cardId: start.cardId, token: start.token, q: 5, durationMs: 12_000 }));
    expect(answered).toMatchObject({ cardId: start.cardId, q: 5 });
  });

  it('names the failing setup step when the scenario does not build, and refuses unknown sessions', async () => {
    const r = await t.api['drill:start']({ cardId: await drillId('roto') });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/^scenario roto: setup step 2 \(kubectl scale deployment nope --replicas=2\) failed: .*not found/);
    const gone = await t.api['drill:run']({ sessionId: 'nope', line: 'kubectl get pods', locale: 'es' });
    expect(gone.ok).toBe(false);
    if (!gone.ok) expect(gone.error.code).toBe('NOT_FOUND');
  });
});
