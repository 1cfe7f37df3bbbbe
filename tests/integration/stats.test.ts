/**
 * stats:summary through the API contract on a real SQLite file, with the clock injected and
 * review days counted in Europe/Madrid from 04:00. Two decks: the fixture deck "mini" (six
 * cards) and "otro" (two basic cards).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../src-main/api/client';
import type { ReviewCard, StatsSummary } from '../../src-main/api/types';
import { FIXTURE_DECKS, tempDir, testBackend, value, type TestBackend } from '../helpers/backend';

const HOUR = 3_600_000;
/** 2026-03-10 10:00 in Madrid (UTC+1). */
const MORNING = Date.UTC(2026, 2, 10, 9, 0);

let open: TestBackend[] = [];
let clock = MORNING;
afterEach(() => {
  for (const b of open) b.close();
  open = [];
  clock = MORNING;
});

function decksDir(): string {
  const dir = tempDir('repaso-stats-decks-');
  fs.copyFileSync(path.join(FIXTURE_DECKS, 'mini.yaml'), path.join(dir, 'mini.yaml'));
  fs.writeFileSync(
    path.join(dir, 'otro.yaml'),
    'id: otro\ntitle: Otro mazo\nlang: es\ndescription: Dos tarjetas.\nversion: 1\ncards:\n' +
      '  - id: a\n    kind: basic\n    front: A\n    back: a\n  - id: b\n    kind: basic\n    front: B\n    back: b\n',
  );
  return dir;
}

function start(): ApiClient {
  const b = testBackend({ decksDir: decksDir(), timeZone: 'Europe/Madrid', now: () => clock });
  open.push(b);
  return b.api;
}

async function stats(api: ApiClient, input: { deckId?: string; days?: number } = {}): Promise<StatsSummary> {
  return value(await api['stats:summary']({ locale: 'es', ...input }));
}

/** Answers the deck's next card with the grade `grade(card)` gives; null when the day is done. */
async function answerNext(api: ApiClient, deckId: string, grade: (card: ReviewCard) => number, durationMs = 3000): Promise<ReviewCard | null> {
  const next = value(await api['review:next']({ locale: 'es', deckId }));
  if (!next.card) return null;
  value(await api['review:answer']({ cardId: next.card.cardId, token: next.card.token, q: grade(next.card), durationMs }));
  return next.card;
}

describe('stats:summary', () => {
  it('shows a fresh collection as new cards, empty days, nothing due and no retention yet', async () => {
    const api = start();
    const s = await stats(api);
    expect(s.today).toBe('2026-03-10');
    expect(s.heatmap).toHaveLength(365);
    expect(s.heatmap[0]!.date).toBe('2025-03-11');
    expect(s.heatmap.every((d) => d.answers === 0 && d.durationMs === 0)).toBe(true);
    expect(s.forecast).toHaveLength(30);
    expect(s.forecast.every((d) => d.due === 0)).toBe(true);
    expect(s.activeDays).toBe(0);
    expect(s.totals).toEqual({
      cards: { total: 8, new: 8, learning: 0, young: 0, mature: 0, suspended: 0 },
      averageEase: null,
      retention: { last30Days: { reviews: 0, passed: 0, rate: null }, allTime: { reviews: 0, passed: 0, rate: null } },
      answers: 0,
      durationMs: 0,
    });
    expect(s.decks.map((d) => [d.id, d.title, d.cards.total])).toEqual([
      ['mini', 'Mazo mínimo de prueba', 6],
      ['otro', 'Otro mazo', 2],
    ]);
  });

  it("counts a day's answers in its heatmap cell and moves the cards into tomorrow's forecast", async () => {
    const api = start();
    // Day 1: the four cards mini shows (siblings wait), all Good.
    let answered = 0;
    while (await answerNext(api, 'mini', () => 4, 2500)) answered++;
    expect(answered).toBe(4);
    const day1 = await stats(api);
    expect(day1.heatmap.at(-1)).toEqual({ date: '2026-03-10', answers: 4, durationMs: 10_000 });
    expect(day1.forecast.slice(0, 2)).toEqual([
      { date: '2026-03-10', due: 0 },
      { date: '2026-03-11', due: 4 },
    ]);
    expect(day1.totals.cards).toEqual({ total: 8, new: 4, learning: 0, young: 4, mature: 0, suspended: 0 });
    expect(day1.totals.averageEase).toBe(2.5);
    // First sightings are not reviews: no retention yet.
    expect(day1.totals.retention.allTime).toEqual({ reviews: 0, passed: 0, rate: null });

    // Day 2: the four reviews graded Easy, Hard, Again, Good; Hard and Again come back the same
    // day (SM-2 repeats a card graded below 4) and are then graded Good.
    clock += 24 * HOUR;
    const grades = [5, 3, 1, 4];
    const log: { kind: string; q: number }[] = [];
    const grade = (c: ReviewCard) => {
      const q = c.queueKind === 'review' ? grades.shift()! : 4;
      log.push({ kind: c.queueKind, q });
      return q;
    };
    while (await answerNext(api, 'mini', grade));
    expect(log.filter((l) => l.kind === 'review').map((l) => l.q)).toEqual([5, 3, 1, 4]);
    expect(log.filter((l) => l.kind === 'redrill')).toHaveLength(2);

    const day2 = await stats(api);
    expect(day2.heatmap.slice(-2)).toEqual([
      { date: '2026-03-10', answers: 4, durationMs: 10_000 },
      { date: '2026-03-11', answers: log.length, durationMs: log.length * 3000 },
    ]);
    expect(day2.activeDays).toBe(2);
    // True retention counts the four scheduled reviews only, not the re-drill or new cards.
    expect(day2.totals.retention.allTime).toEqual({ reviews: 4, passed: 3, rate: 0.75 });
    expect(day2.totals.retention.last30Days).toEqual({ reviews: 4, passed: 3, rate: 0.75 });
    expect(day2.totals.answers).toBe(4 + log.length);
    // The Again card starts over (learning); the other three have 6-day intervals.
    expect(day2.totals.cards.learning).toBe(1);
    expect(day2.forecast.find((d) => d.date === '2026-03-17')!.due).toBe(3);
    const mini = day2.decks.find((d) => d.id === 'mini')!;
    expect(mini.retention.allTime.rate).toBe(0.75);
    expect(day2.decks.find((d) => d.id === 'otro')!.answers).toBe(0);
  });

  it('counts an answer given before the day-start hour on the previous review day', async () => {
    const api = start();
    clock = Date.UTC(2026, 2, 11, 2, 30); // 03:30 in Madrid on the 11th: still the 10th's review day
    await answerNext(api, 'otro', () => 4);
    clock = Date.UTC(2026, 2, 11, 3, 0); // 04:00: the 11th begins
    await answerNext(api, 'otro', () => 4);
    const s = await stats(api);
    expect(s.heatmap.slice(-2).map((d) => [d.date, d.answers])).toEqual([
      ['2026-03-10', 1],
      ['2026-03-11', 1],
    ]);
  });

  it('moves the boundary with the day-start setting', async () => {
    const api = start();
    clock = Date.UTC(2026, 2, 11, 2, 30); // 03:30 in Madrid
    await answerNext(api, 'otro', () => 4);
    value(await api['settings:set']({ dayStartHour: 0 }));
    const s = await stats(api);
    expect(s.today).toBe('2026-03-11');
    expect(s.heatmap.at(-1)!.answers).toBe(1);
  });

  it("filters the figures to one deck and still lists every deck's row", async () => {
    const api = start();
    await answerNext(api, 'otro', () => 5);
    await answerNext(api, 'mini', () => 4);
    await answerNext(api, 'mini', () => 4);
    const otro = await stats(api, { deckId: 'otro' });
    expect(otro.deckId).toBe('otro');
    expect(otro.heatmap.at(-1)!.answers).toBe(1);
    expect(otro.forecast[1]!.due).toBe(1);
    expect(otro.totals.cards).toEqual({ total: 2, new: 1, learning: 0, young: 1, mature: 0, suspended: 0 });
    expect(otro.decks.map((d) => [d.id, d.answers])).toEqual([
      ['mini', 2],
      ['otro', 1],
    ]);
    const all = await stats(api);
    expect(all.heatmap.at(-1)!.answers).toBe(3);
    expect(all.forecast[1]!.due).toBe(3);
  });

  it('takes an undone answer out of the heatmap', async () => {
    const api = start();
    await answerNext(api, 'mini', () => 4);
    await answerNext(api, 'mini', () => 4);
    value(await api['review:undo']());
    expect((await stats(api)).heatmap.at(-1)!.answers).toBe(1);
  });

  it('counts a suspended card as suspended and leaves it out of the forecast', async () => {
    const api = start();
    const card = (await answerNext(api, 'otro', () => 4))!;
    value(await api['review:suspend']({ cardId: card.cardId }));
    const s = await stats(api, { deckId: 'otro' });
    expect(s.totals.cards).toEqual({ total: 2, new: 1, learning: 0, young: 0, mature: 0, suspended: 1 });
    expect(s.forecast.every((d) => d.due === 0)).toBe(true);
  });

  it('draws as many heatmap days as asked', async () => {
    const api = start();
    const s = await stats(api, { days: 7 });
    expect(s.heatmap.map((d) => d.date)).toEqual(['2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08', '2026-03-09', '2026-03-10']);
  });

  it('refuses an unknown deck and a heatmap length out of range, saying which', async () => {
    const api = start();
    expect(await api['stats:summary']({ locale: 'es', deckId: 'nope' })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'stats:summary: no deck "nope"' },
    });
    const short = await api['stats:summary']({ locale: 'es', days: 3 });
    expect(short.ok).toBe(false);
    if (!short.ok) {
      expect(short.error.code).toBe('INVALID_INPUT');
      expect(short.error.message).toContain('days');
    }
  });
});
