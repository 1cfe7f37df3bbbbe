/**
 * The daily review through the API on a real SQLite file: answers, stale answers, undo (also
 * after a reopen and after a crash), suspend, bury, checks of choice and type-in cards, the
 * Today counts and the streak. The fixture deck (tests/fixtures/decks/mini.yaml) has a basic
 * card with a reversed twin, a cloze with two deletions, a choice card and a type-in card.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../src-main/api/client';
import type { ReviewCard } from '../../src-main/api/types';
import { FIXTURE_DECKS, testBackend, value, type TestBackend } from '../helpers/backend';

/** 2026-03-10 10:00 in Madrid (UTC+1); the review day started at 04:00. */
const MORNING = Date.UTC(2026, 2, 10, 9, 0);
const HOUR = 3_600_000;

let open: TestBackend[] = [];
let clock = MORNING;
function start(overrides: Parameters<typeof testBackend>[0] = {}): TestBackend {
  const b = testBackend({ timeZone: 'Europe/Madrid', now: () => clock, ...overrides });
  open.push(b);
  return b;
}
function stop(b: TestBackend): void {
  b.close();
  open = open.filter((o) => o !== b);
}
afterEach(() => {
  for (const b of open) b.close();
  open = [];
  clock = MORNING;
});

interface Row {
  id: number;
  key: string;
  ord: number;
  [column: string]: unknown;
}

function cardRows(dataDir: string): Row[] {
  const db = new Database(path.join(dataDir, 'repaso.db'), { readonly: true });
  const rows = db
    .prepare(
      `SELECT c.id, n.key, c.ord, c.phase, c.reps, c.ef, c.interval_days, c.due, c.lapses, c.redrill, c.last_review,
         c.stability, c.difficulty, c.suspended, c.buried_until
       FROM cards c JOIN notes n ON n.id = c.note_id ORDER BY c.id`,
    )
    .all() as Row[];
  db.close();
  return rows;
}

function logRows(dataDir: string): Record<string, unknown>[] {
  const db = new Database(path.join(dataDir, 'repaso.db'), { readonly: true });
  const rows = db.prepare('SELECT * FROM review_log ORDER BY id').all() as Record<string, unknown>[];
  db.close();
  return rows;
}

async function nextCard(api: ApiClient, deckId?: string): Promise<ReviewCard> {
  const next = value(await api['review:next']({ locale: 'es', ...(deckId ? { deckId } : {}) }));
  if (!next.card) throw new Error('expected a card');
  return next.card;
}

async function answerNext(api: ApiClient, q: number): Promise<ReviewCard> {
  const card = await nextCard(api);
  value(await api['review:answer']({ cardId: card.cardId, token: card.token, q, durationMs: 2500 }));
  return card;
}

describe('review:next', () => {
  it("shows one card of each note, with buttons labelled by the interval each would give", async () => {
    const { api } = start();
    const next = value(await api['review:next']({ locale: 'es' }));
    // pod (its twin waits for another day), one cloze of abreviatura, the choice and the type-in card.
    expect(next.progress).toEqual({ left: 4, new: 4, review: 0, learning: 0, answeredToday: 0 });
    expect(next.card).toMatchObject({
      deckId: 'mini',
      deckTitle: 'Mazo mínimo de prueba',
      queueKind: 'new',
      content: { kind: 'basic', front: '¿Qué es un Pod?', back: 'La unidad mínima que Kubernetes programa en un nodo.', reversed: false },
    });
    expect(next.card!.buttons).toEqual([
      { button: 'again', q: 1, label: '10 min' },
      { button: 'hard', q: 3, label: '10 min' },
      { button: 'good', q: 4, label: '1 d' },
      { button: 'easy', q: 5, label: '1 d' },
    ]);
    const english = value(await api['review:next']({ locale: 'en' }));
    expect(english.card!.buttons.map((b) => b.label)).toEqual(['10 min', '10 min', '1 d', '1 d']);
  });

  it('renders a cloze card as runs with the active deletion blanked, and its answer on the back', async () => {
    const { api } = start();
    await answerNext(api, 4);
    const cloze = await nextCard(api);
    expect(cloze.content).toEqual({
      kind: 'cloze',
      front: [
        { kind: 'plain', text: 'Kubernetes se abrevia ' },
        { kind: 'blank', text: '[...]' },
        { kind: 'plain', text: '; son ' },
        { kind: 'other', text: 'ocho' },
        { kind: 'plain', text: ' letras entre la K y la s.' },
      ],
      back: [
        { kind: 'plain', text: 'Kubernetes se abrevia ' },
        { kind: 'answer', text: 'K8s' },
        { kind: 'plain', text: '; son ' },
        { kind: 'other', text: 'ocho' },
        { kind: 'plain', text: ' letras entre la K y la s.' },
      ],
    });
  });

  it("labels a reviewed card's buttons with SM-2's next intervals and shows the reversed twin the next day", async () => {
    const { api } = start();
    const first = await answerNext(api, 4);
    clock += 24 * HOUR;
    const next = value(await api['review:next']({ locale: 'es' }));
    expect(next.card).toMatchObject({ cardId: first.cardId, queueKind: 'review' });
    expect(next.card!.buttons.map((b) => b.label)).toEqual(['10 min', '10 min', '6 d', '6 d']);
    // The twin (a sibling) stays off every day its note has a card shown: today too.
    const isTwin = (c: ReviewCard) => c.content.kind === 'basic' && c.content.reversed;
    expect((await collectDay(api)).some(isTwin)).toBe(false);
    clock += 24 * HOUR;
    const twin = (await collectDay(api)).find(isTwin);
    expect(twin?.content).toMatchObject({ front: 'La unidad mínima que Kubernetes programa en un nodo.', back: '¿Qué es un Pod?' });
  });

  it('gives the next due time once the day is done', async () => {
    const { api } = start();
    for (let i = 0; i < 4; i++) await answerNext(api, 4);
    const done = value(await api['review:next']({ locale: 'en' }));
    expect(done.card).toBeNull();
    expect(done.progress).toMatchObject({ left: 0, answeredToday: 4 });
    expect(done.nextDue).toEqual({ at: Date.UTC(2026, 2, 11, 3, 0), in: '1 d' });
  });
});

/** Answers every card of the day with Good, returning what was shown. */
async function collectDay(api: ApiClient): Promise<ReviewCard[]> {
  const shown: ReviewCard[] = [];
  for (;;) {
    const next = value(await api['review:next']({ locale: 'es' }));
    if (!next.card) return shown;
    shown.push(next.card);
    value(await api['review:answer']({ cardId: next.card.cardId, token: next.card.token, q: 4, durationMs: 1000 }));
  }
}

describe('review:answer', () => {
  it('writes the new state and one log row with the whole state before and after', async () => {
    const { api, dataDir } = start();
    const before = cardRows(dataDir);
    const card = await answerNext(api, 3);
    const after = cardRows(dataDir).find((r) => r.id === card.cardId)!;
    expect(after).toMatchObject({ phase: 'review', reps: 1, ef: 2360, interval_days: 1, due: Date.UTC(2026, 2, 11, 3, 0), redrill: 1, last_review: MORNING });
    const log = logRows(dataDir);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      card_id: card.cardId,
      reviewed_at: MORNING,
      grade: 3,
      kind: 'new',
      scheduler: 'sm2',
      duration_ms: 2500,
      ef_before: 2500,
      ef_after: 2360,
      interval_before: 0,
      interval_after: 1,
      due_before: null,
      due_after: Date.UTC(2026, 2, 11, 3, 0),
    });
    expect(JSON.parse(log[0]!.state_before as string)).toMatchObject({ phase: 'new', ef: 2500, due: null });
    expect(JSON.parse(log[0]!.state_after as string)).toMatchObject({ phase: 'review', ef: 2360, redrill: true });
    // Nothing else changed.
    expect(cardRows(dataDir).filter((r) => r.id !== card.cardId)).toEqual(before.filter((r) => r.id !== card.cardId));
  });

  it('refuses an answer computed from a stale state (two tabs) and never applies it twice', async () => {
    const { api, dataDir } = start();
    const card = await nextCard(api);
    value(await api['review:answer']({ cardId: card.cardId, token: card.token, q: 4, durationMs: 1000 }));
    const stateAfterFirst = cardRows(dataDir).find((r) => r.id === card.cardId);
    clock += 5000;
    const again = await api['review:answer']({ cardId: card.cardId, token: card.token, q: 5, durationMs: 1000 });
    expect(again).toMatchObject({ ok: false, error: { code: 'CARD_MODIFIED' } });
    expect(cardRows(dataDir).find((r) => r.id === card.cardId)).toEqual(stateAfterFirst);
    expect(logRows(dataDir)).toHaveLength(1);
  });

  it('refuses a forged token and an unknown card', async () => {
    const { api } = start();
    const card = await nextCard(api);
    expect(await api['review:answer']({ cardId: card.cardId, token: '{"phase":"new"}', q: 4, durationMs: 0 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await api['review:answer']({ cardId: 99_999, token: card.token, q: 4, durationMs: 0 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await api['review:answer']({ cardId: card.cardId, token: card.token, q: 6, durationMs: 0 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });

  it('brings a card graded below 4 back the same day until it gets 4 or more, without rescheduling it again', async () => {
    const { api, dataDir } = start();
    const card = await answerNext(api, 1);
    const afterFail = cardRows(dataDir).find((r) => r.id === card.cardId)!;
    for (let i = 0; i < 3; i++) await answerNext(api, 4);
    clock += 11 * 60_000;
    const redrill = await nextCard(api);
    expect(redrill).toMatchObject({ cardId: card.cardId, queueKind: 'redrill' });
    value(await api['review:answer']({ cardId: redrill.cardId, token: redrill.token, q: 5, durationMs: 900 }));
    const done = cardRows(dataDir).find((r) => r.id === card.cardId)!;
    expect(done).toEqual({ ...afterFail, redrill: 0, last_review: clock });
    expect(logRows(dataDir).at(-1)).toMatchObject({ kind: 'redrill', grade: 5 });
  });
});

describe('review:undo', () => {
  it('restores the card exactly and removes its log row, also after the app is reopened', async () => {
    const first = start();
    const pristine = cardRows(first.dataDir);
    const a = await answerNext(first.api, 4);
    const afterA = cardRows(first.dataDir);
    clock += 10_000;
    await answerNext(first.api, 2);
    stop(first);

    const second = start({ dataDir: first.dataDir });
    expect(value(await second.api['review:undo']())).toEqual({ cardId: expect.any(Number) });
    expect(cardRows(second.dataDir)).toEqual(afterA);
    expect(logRows(second.dataDir)).toHaveLength(1);
    expect(value(await second.api['review:undo']())).toEqual({ cardId: a.cardId });
    expect(cardRows(second.dataDir)).toEqual(pristine);
    expect(logRows(second.dataDir)).toHaveLength(0);
    expect(await second.api['review:undo']()).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    // The undone card is shown again, as the first card of the day.
    expect((await nextCard(second.api)).cardId).toBe(a.cardId);
  });

  it("does not undo yesterday's answers", async () => {
    const { api, dataDir } = start();
    await answerNext(api, 4);
    clock += 24 * HOUR;
    expect(await api['review:undo']()).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(logRows(dataDir)).toHaveLength(1);
  });
});

describe('a crash between two answers', () => {
  it('loses nothing already answered: the killed process left every acknowledged answer in the file', async () => {
    const seed = start();
    const dataDir = seed.dataDir;
    stop(seed);
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', path.join(__dirname, 'helpers', 'crash-child.ts'), dataDir, FIXTURE_DECKS, '3', String(MORNING)],
      { encoding: 'utf8', cwd: path.resolve(__dirname, '..', '..') },
    );
    expect(child.signal).toBe('SIGKILL');
    const acknowledged = child.stdout.trim().split('\n').map((l) => JSON.parse(l) as { cardId: number; q: number });
    expect(acknowledged).toHaveLength(3);

    const reopened = start({ dataDir });
    expect(logRows(dataDir).map((r) => ({ cardId: r.card_id, q: r.grade }))).toEqual(acknowledged);
    const rows = cardRows(dataDir);
    for (const { cardId, q } of acknowledged) {
      expect(rows.find((r) => r.id === cardId)).toMatchObject({ phase: 'review', reps: 1, ef: q === 5 ? 2600 : 2500, interval_days: 1 });
    }
    const next = value(await reopened.api['review:next']({ locale: 'es' }));
    expect(next.progress).toMatchObject({ left: 1, answeredToday: 3 });
  });
});

describe('suspend and bury', () => {
  it('buries a card until the next review day starts', async () => {
    const { api, dataDir } = start();
    const choice = cardRows(dataDir).find((r) => r.key === 'tipo-servicio')!;
    expect(value(await api['review:bury']({ cardId: choice.id }))).toEqual({ cardId: choice.id, buriedUntil: Date.UTC(2026, 2, 11, 3, 0) });
    expect((await collectDay(api)).map((c) => c.cardId)).not.toContain(choice.id);
    clock = Date.UTC(2026, 2, 11, 2, 59); // 03:59 in Madrid: still the same review day
    expect(value(await api['review:next']({ locale: 'es' })).card).toBeNull();
    clock = Date.UTC(2026, 2, 11, 3, 0);
    expect((await collectDay(api)).map((c) => c.cardId)).toContain(choice.id);
  });

  it('keeps a suspended card out of the queue and the counts until it is unsuspended', async () => {
    const { api, dataDir } = start();
    const choice = cardRows(dataDir).find((r) => r.key === 'tipo-servicio')!;
    value(await api['review:suspend']({ cardId: choice.id }));
    expect(value(await api['today:summary']({ locale: 'es' })).total.new).toBe(3);
    expect((await collectDay(api)).map((c) => c.cardId)).not.toContain(choice.id);
    value(await api['review:suspend']({ cardId: choice.id, suspended: false }));
    expect((await collectDay(api)).map((c) => c.cardId)).toEqual([choice.id]);
    expect(await api['review:suspend']({ cardId: 424_242 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('review:check', () => {
  async function cardOfKind(api: ApiClient, kind: string): Promise<ReviewCard> {
    for (let i = 0; i < 6; i++) {
      const card = await nextCard(api);
      if (card.content.kind === kind) return card;
      value(await api['review:answer']({ cardId: card.cardId, token: card.token, q: 4, durationMs: 0 }));
    }
    throw new Error(`no ${kind} card`);
  }

  it('grades a choice selection in display order and tells which options were right', async () => {
    const { api } = start();
    const card = await cardOfKind(api, 'choice');
    if (card.content.kind !== 'choice') throw new Error('unreachable');
    expect([...card.content.options].sort()).toEqual(['ClusterIP', 'NodePort']);
    expect(card.content.multiple).toBe(false);
    const right = card.content.options.indexOf('NodePort');
    const good = value(await api['review:check']({ cardId: card.cardId, token: card.token, answer: { kind: 'choice', selected: [right] } }));
    expect(good).toMatchObject({ kind: 'choice', correct: true, q: 4 });
    expect(good.kind === 'choice' && good.verdicts[right]).toBe('chosen');
    const bad = value(await api['review:check']({ cardId: card.cardId, token: card.token, answer: { kind: 'choice', selected: [1 - right] } }));
    expect(bad).toMatchObject({ correct: false, q: 1 });
    expect(bad.kind === 'choice' && bad.verdicts).toEqual(right === 0 ? ['missed', 'wrong'] : ['wrong', 'missed']);
    // Checking records nothing: the same card is still the one to answer.
    expect((await nextCard(api)).cardId).toBe(card.cardId);
  });

  it('diffs a typed answer character by character, with case tolerance as a setting', async () => {
    const { api } = start();
    const card = await cardOfKind(api, 'type');
    const check = (typed: string) => api['review:check']({ cardId: card.cardId, token: card.token, answer: { kind: 'type', typed } });
    expect(value(await check('kubectl get pods'))).toMatchObject({ correct: true, q: 4, answer: 'kubectl get pods' });
    const wrong = value(await check('kubectl get pod'));
    expect(wrong).toMatchObject({
      correct: false,
      q: 1,
      typed: [{ text: 'kubectl get pod', kind: 'good' }],
      expected: [
        { text: 'kubectl get pod', kind: 'good' },
        { text: 's', kind: 'missing' },
      ],
    });
    expect(value(await check('Kubectl Get Pods'))).toMatchObject({ correct: false });
    value(await api['settings:set']({ typeIgnoreCase: true }));
    expect(value(await check('Kubectl Get Pods'))).toMatchObject({ correct: true });
    expect(await api['review:check']({ cardId: card.cardId, token: card.token, answer: { kind: 'choice', selected: [0] } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });
});

describe('today:summary', () => {
  it('counts per deck and keeps a streak of days with everything due done', async () => {
    const { api } = start();
    const day1 = value(await api['today:summary']({ locale: 'es' }));
    expect(day1.decks).toEqual([expect.objectContaining({ id: 'mini', cardCount: 6, due: 0, new: 4, learning: 0 })]);
    expect(day1.total).toEqual({ due: 0, new: 4, learning: 0 });
    // Nothing is due yet, but nothing was studied either: no streak.
    expect(day1.streak).toBe(0);
    await answerNext(api, 1);
    const learning = value(await api['today:summary']({ locale: 'es' }));
    expect(learning.total).toEqual({ due: 0, new: 3, learning: 1 });
    expect(learning.streak).toBe(0);
    await collectDay(api);
    expect(value(await api['today:summary']({ locale: 'es' })).streak).toBe(1);

    clock += 24 * HOUR;
    const day2 = value(await api['today:summary']({ locale: 'es' }));
    expect(day2.total.due).toBe(4);
    // Day 2 is not over: yesterday's streak still stands until the day ends.
    expect(day2.streak).toBe(1);
    await collectDay(api);
    expect(value(await api['today:summary']({ locale: 'es' })).streak).toBe(2);

    clock += 2 * 24 * HOUR; // a whole day skipped with cards due
    expect(value(await api['today:summary']({ locale: 'es' })).streak).toBe(0);
  });
});
