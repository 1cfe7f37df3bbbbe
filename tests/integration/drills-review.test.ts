/** Command drills in the daily review: queued like any card, checked through drill:*, answered with their grade. */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir, testBackend, value, type TestBackend } from '../helpers/backend';

const DECK = `id: mezcla
title: Mezcla
lang: es
description: Tarjetas y drills para el repaso diario.
version: 1
cards:
  - id: pod
    kind: basic
    front: ¿Qué es un Pod?
    back: La unidad mínima que Kubernetes despliega.
  - id: escalar
    kind: command
    prompt: Escala el deployment pingpong a 8 réplicas.
    scenario: pingpong
    answer: kubectl scale deployment pingpong --replicas=8
    accept: [kubectl scale deploy/pingpong --replicas 8]
    template: "kubectl scale deployment pingpong "
    check: state
`;

const PINGPONG = `id: pingpong
description: pingpong
seed: 42
start: "2026-01-15T10:00:00Z"
setup:
  - kubectl create deployment pingpong --image=alpine -- ping 1.1.1.1
  - advance: 60s
`;

let t: TestBackend;
const clock = Date.UTC(2026, 2, 2, 9);

beforeEach(() => {
  const decks = tempDir('repaso-drill-review-');
  fs.mkdirSync(path.join(decks, 'scenarios'));
  fs.writeFileSync(path.join(decks, 'mezcla.yaml'), DECK);
  fs.writeFileSync(path.join(decks, 'scenarios', 'pingpong.yaml'), PINGPONG);
  t = testBackend({ decksDir: decks, now: () => clock, timeZone: 'Europe/Madrid' });
});
afterEach(() => t.close());

describe('drills in the daily review', () => {
  it('counts drills as new cards and shows them in the queue with their task', async () => {
    const summary = value(await t.api['today:summary']({ locale: 'es' }));
    expect(JSON.stringify(summary)).toContain('"new":2');
    const first = value(await t.api['review:next']({ locale: 'es' }));
    const kinds = [first.card?.content.kind];
    value(await t.api['review:answer']({ cardId: first.card!.cardId, token: first.card!.token, q: 5, durationMs: 1000 }));
    const second = value(await t.api['review:next']({ locale: 'es' }));
    kinds.push(second.card?.content.kind);
    expect(kinds.sort()).toEqual(['basic', 'command']);
    const drill = [first.card!, second.card!].find((c) => c.content.kind === 'command')!;
    expect(drill.content).toEqual({
      kind: 'command',
      prompt: 'Escala el deployment pingpong a 8 réplicas.',
      scenario: 'pingpong',
      check: 'state',
      drill: 'complete',
      template: 'kubectl scale deployment pingpong ',
    });
  });

  it('grades a drill by running the learner’s command, and records that grade as the review answer', async () => {
    let next = value(await t.api['review:next']({ locale: 'es' }));
    if (next.card!.content.kind !== 'command') {
      value(await t.api['review:answer']({ cardId: next.card!.cardId, token: next.card!.token, q: 4, durationMs: 1000 }));
      next = value(await t.api['review:next']({ locale: 'es' }));
    }
    const card = next.card!;
    expect(card.content.kind).toBe('command');
    const start = value(await t.api['drill:start']({ cardId: card.cardId }));
    expect(start.token).toBe(card.token);
    const run = value(await t.api['drill:run']({ sessionId: start.sessionId, line: 'kubectl scale deploy/pingpong --replicas 8', locale: 'es' }));
    expect(run).toMatchObject({ status: 'solved', grade: 5 });
    const answered = value(await t.api['review:answer']({ cardId: card.cardId, token: card.token, q: run.grade!, durationMs: 9000 }));
    expect(answered).toMatchObject({ cardId: card.cardId, q: 5 });
    const done = value(await t.api['review:next']({ locale: 'es' }));
    expect(done.card).toBeNull();
  });

  it('refuses to check a drill as a choice or a typed answer', async () => {
    let next = value(await t.api['review:next']({ locale: 'es' }));
    if (next.card!.content.kind !== 'command') {
      value(await t.api['review:answer']({ cardId: next.card!.cardId, token: next.card!.token, q: 4, durationMs: 1000 }));
      next = value(await t.api['review:next']({ locale: 'es' }));
    }
    const r = await t.api['review:check']({ cardId: next.card!.cardId, token: next.card!.token, answer: { kind: 'type', typed: 'kubectl' } });
    expect(r.ok).toBe(false);
  });
});
