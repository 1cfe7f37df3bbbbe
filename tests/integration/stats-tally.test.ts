/**
 * The review tally (migration 002) against the log it sums: whatever writes or deletes log
 * rows, cards or decks, the tally equals the log grouped by deck and 15-minute slot.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { newCardState, type CardState } from '../../src-main/srs';
import { openStore, type Store } from '../../src-main/store';
import { openDatabase } from '../../src-main/store/database';
import { MIGRATIONS, SCHEMA_VERSION } from '../../src-main/store/migrations';
import { createCardsRepo } from '../../src-main/store/repos/cards';
import { createDecksRepo, type DeckInput } from '../../src-main/store/repos/decks';
import { createReviewRepo, type HistoryEntry } from '../../src-main/store/repos/review';
import { tempDir } from '../helpers/backend';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 2, 1, 8, 0);

function deck(id: string, n: number): DeckInput {
  return {
    id,
    title: id,
    description: '',
    lang: 'es',
    version: 1,
    origin: 'user',
    notes: Array.from({ length: n }, (_, i) => ({ key: `n${i}`, kind: 'basic' as const, content: { kind: 'basic', front: `F${i}`, back: `B${i}` }, tags: [], ords: [0] })),
  };
}

/** Answers with the given grades, a day apart from `start`, the first a first sighting. */
function history(cardId: number, grades: number[], start: number): HistoryEntry {
  let state: CardState = newCardState();
  const records: HistoryEntry['records'] = grades.map((q, k) => {
    const at = start + k * DAY + k * 7 * 60_000;
    const after: CardState = { ...state, phase: 'review', reps: q >= 3 ? state.reps + 1 : 0, intervalDays: 1, due: at + DAY, lastReview: at };
    const record = { at, q, kind: k === 0 ? ('new' as const) : ('review' as const), scheduler: 'sm2' as const, durationMs: 1000 * (k + 1), before: state, after };
    state = after;
    return record;
  });
  return { cardId, state, records };
}

const RECOMPUTED = `
  SELECT c.deck_id AS deck, r.reviewed_at / 900000 AS slot, count(*) AS answers, sum(r.duration_ms) AS durationMs,
    sum(r.kind = 'review') AS reviews, sum(r.kind = 'review' AND r.grade >= 3) AS passed
  FROM review_log r JOIN cards c ON c.id = r.card_id GROUP BY 1, 2 ORDER BY 1, 2`;
const TALLY = `SELECT deck_id AS deck, slot, answers, duration_ms AS durationMs, reviews, passed FROM review_tally ORDER BY 1, 2`;
const RECOMPUTED_TOTALS = `
  SELECT c.deck_id AS deck, count(*) AS answers, sum(r.duration_ms) AS durationMs,
    sum(r.kind = 'review') AS reviews, sum(r.kind = 'review' AND r.grade >= 3) AS passed
  FROM review_log r JOIN cards c ON c.id = r.card_id GROUP BY 1 ORDER BY 1`;
/* A deck whose answers all went keeps a row of zeros: the same as no row for every reader. */
const TOTALS = `SELECT deck_id AS deck, answers, duration_ms AS durationMs, reviews, passed FROM review_totals WHERE answers > 0 ORDER BY 1`;

/** The tally and the totals hold exactly the log's sums. */
function expectInStep(db: Database.Database): void {
  expect(db.prepare(TALLY).all()).toEqual(db.prepare(RECOMPUTED).all());
  expect(db.prepare(TOTALS).all()).toEqual(db.prepare(RECOMPUTED_TOTALS).all());
}

let stores: Store[] = [];
let raws: Database.Database[] = [];
afterEach(() => {
  for (const s of stores) s.close();
  for (const r of raws) r.close();
  stores = [];
  raws = [];
});

function setup(): { store: Store; raw: Database.Database; cardIds: (deckId: string) => number[] } {
  const file = path.join(tempDir(), 'repaso.db');
  const store = openStore({ file });
  stores.push(store);
  store.decks.sync(deck('k8s', 4), T0);
  store.decks.sync(deck('docker', 3), T0);
  const raw = new Database(file);
  raw.pragma('foreign_keys = ON');
  raws.push(raw);
  const cardIds = (deckId: string) => store.cards.listByDeck(deckId).map((c) => c.id);
  const [a, b, c] = cardIds('k8s');
  const [d, e] = cardIds('docker');
  store.review.importHistory([
    history(a!, [4, 5, 2, 4], T0),
    history(b!, [1, 3, 4], T0 + 60_000),
    history(c!, [4], T0 + 2 * DAY),
    history(d!, [3, 1, 1, 5], T0 + 3_600_000),
    history(e!, [4, 4], T0 + DAY),
  ]);
  return { store, raw, cardIds };
}

describe('review_tally and review_totals', () => {
  it('sums every answer written by an import into its deck and slot', () => {
    const { raw } = setup();
    expectInStep(raw);
    const k8s = raw.prepare("SELECT sum(answers) n, sum(reviews) r, sum(passed) p FROM review_tally WHERE deck_id = 'k8s'").get();
    // a: 4 answers, 3 reviews (5, 2, 4) of which 2 pass; b: 3 answers, 2 reviews both pass; c: 1 new.
    expect(k8s).toEqual({ n: 8, r: 5, p: 4 });
  });

  it('subtracts a deleted answer (undo) and drops a slot left empty', () => {
    const { raw } = setup();
    const last = raw.prepare('SELECT id FROM review_log ORDER BY id DESC LIMIT 1').pluck().get() as number;
    const before = (raw.prepare('SELECT count(*) FROM review_tally').pluck().get() as number);
    raw.prepare('DELETE FROM review_log WHERE id = ?').run(last);
    expectInStep(raw);
    expect(raw.prepare('SELECT count(*) FROM review_tally').pluck().get()).toBe(before - 1);
  });

  it('takes out the history of a deleted card, and of a deleted deck', () => {
    const { raw, cardIds } = setup();
    raw.prepare('DELETE FROM cards WHERE id = ?').run(cardIds('k8s')[0]);
    expectInStep(raw);
    raw.prepare("DELETE FROM decks WHERE id = 'docker'").run();
    expectInStep(raw);
    expect(raw.prepare("SELECT count(*) FROM review_tally WHERE deck_id = 'docker'").pluck().get()).toBe(0);
  });

  it("moves a card's history with the card to another deck", () => {
    const { raw, cardIds } = setup();
    raw.prepare("UPDATE cards SET deck_id = 'docker' WHERE id = ?").run(cardIds('k8s')[0]);
    expectInStep(raw);
  });

  it('refuses to rewrite a log row, so the tally cannot drift from it', () => {
    const { raw } = setup();
    expect(() => raw.prepare('UPDATE review_log SET grade = 5').run()).toThrow('review_log rows are never rewritten');
  });

  it('is filled from the existing log when a version 1 file is migrated', () => {
    const file = path.join(tempDir(), 'repaso.db');
    const v1 = openDatabase({ file, migrations: MIGRATIONS.slice(0, 1) });
    createDecksRepo(v1).sync(deck('k8s', 2), T0);
    const [a, b] = createCardsRepo(v1).listByDeck('k8s').map((c) => c.id);
    createReviewRepo(v1).importHistory([history(a!, [4, 4, 1], T0), history(b!, [5, 3], T0 + 600_000)]);
    v1.close();
    const db = openDatabase({ file, now: () => T0 + 10 * DAY });
    raws.push(db);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expectInStep(db);
    const tally = db.prepare(TALLY).all();
    expect(tally.reduce((n: number, r) => n + (r as { answers: number }).answers, 0)).toBe(5);
  });
});
