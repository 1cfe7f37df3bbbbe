/**
 * The daily review in browser mode, on the small fixture deck (tests/fixtures/decks/mini.yaml),
 * driven with the keyboard; afterwards the database file is opened read-only and must hold
 * exactly the expected card states and review-log rows. The server runs in UTC, so a review
 * day starts at 04:00 UTC.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { test, expect, FIXTURE_DECKS, type RunningApp } from './fixtures';

test.use({ locale: 'en-US', decksDir: FIXTURE_DECKS, timeZone: 'UTC' });

interface CardRow {
  key: string;
  ord: number;
  phase: string;
  reps: number;
  ef: number;
  interval_days: number;
  due: number | null;
  lapses: number;
  redrill: number;
}

function readDb(app: RunningApp): { cards: Record<string, CardRow>; log: { key: string; grade: number; kind: string; scheduler: string; duration_ms: number }[] } {
  const db = new Database(path.join(app.dataDir, 'repaso.db'), { readonly: true, fileMustExist: true });
  const cards = db
    .prepare('SELECT n.key, c.ord, c.phase, c.reps, c.ef, c.interval_days, c.due, c.lapses, c.redrill FROM cards c JOIN notes n ON n.id = c.note_id')
    .all() as CardRow[];
  const log = db
    .prepare("SELECT n.key || ':' || c.ord AS key, r.grade, r.kind, r.scheduler, r.duration_ms FROM review_log r JOIN cards c ON c.id = r.card_id JOIN notes n ON n.id = c.note_id ORDER BY r.id")
    .all() as { key: string; grade: number; kind: string; scheduler: string; duration_ms: number }[];
  db.close();
  return { cards: Object.fromEntries(cards.map((c) => [`${c.key}:${c.ord}`, c])), log };
}

/** The start of the next review day (04:00 UTC) after `instant`. */
function nextDayStart(instant: number): number {
  const d = new Date(instant - 4 * 3_600_000);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1, 4);
}

const card = (page: Page) => page.getByTestId('review-card');

async function expectKind(page: Page, kind: string): Promise<void> {
  await expect(card(page)).toHaveAttribute('data-kind', kind);
  await expect(page.getByTestId('show-answer')).toBeVisible();
}

test('a whole session with the keyboard only, then exactly the expected states and log rows in the file', async ({ page, openApp, app }) => {
  const startedAt = Date.now();
  await openApp(page);
  const deck = page.locator('[data-deck-id="mini"]');
  await expect(deck.getByTestId('deck-new')).toHaveText('4');
  await expect(page.getByTestId('streak')).toContainText('0');
  await page.getByTestId('start-review').focus();
  await page.keyboard.press('Enter');

  // 1. basic: Space reveals, 3 = Good.
  await expectKind(page, 'basic');
  await expect(page.getByTestId('progress-left')).toHaveText('4 left');
  await expect(page.getByTestId('question')).toContainText('¿Qué es un Pod?');
  await page.keyboard.press('Space');
  await expect(page.getByTestId('answer')).toContainText('La unidad mínima');
  await expect(page.locator('[data-button="good"] .grade-interval')).toHaveText('1 d');
  await expect(page.locator('[data-button="again"] .grade-interval')).toHaveText('10 min');
  await page.keyboard.press('3');

  // 2. cloze: the blank, then the answer; 1 = Again (it comes back today).
  await expectKind(page, 'cloze');
  await expect(card(page).locator('.cloze-blank')).toHaveText('[...]');
  await page.keyboard.press('Enter');
  await expect(card(page).locator('.cloze-answer')).toHaveText('K8s');
  await page.keyboard.press('1');

  // 3. choice: a digit picks the option, Space checks, Space accepts the suggested grade (Good).
  await expectKind(page, 'choice');
  const options = (await card(page).locator('.choice-option .option-text').allTextContents()).map((o) => o.trim());
  await page.keyboard.press(String(options.indexOf('NodePort') + 1));
  await page.keyboard.press('Space');
  await expect(card(page).locator('.verdict-line')).toHaveText('Correct!');
  await expect(page.locator('[data-button="good"]')).toHaveClass(/suggested/);
  await page.keyboard.press('Space');

  // 4. type-in: typed into the focused field, Enter checks; the diff shows the missing "s";
  //    the suggested grade is Again, overridden with 3 = Good.
  await expectKind(page, 'type');
  await page.keyboard.type('kubectl get pod');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('typed-diff')).toHaveAttribute('data-correct', 'false');
  await expect(page.getByTestId('typed-diff').locator('.diff-missing')).toHaveText('s');
  await expect(page.locator('[data-button="again"]')).toHaveClass(/suggested/);
  await page.keyboard.press('3');

  // 5. the cloze again (same session), now Good.
  await expectKind(page, 'cloze');
  await expect(card(page).locator('.badge')).toHaveText('Again today');
  await page.keyboard.press('Space');
  await page.keyboard.press('3');

  const summary = page.getByTestId('session-summary');
  await expect(summary).toBeVisible();
  await expect(summary.getByTestId('summary-cards')).toHaveText('5');
  await expect(summary).toContainText('80 %');
  await expect(summary.getByTestId('next-due')).toContainText('Next cards in 1 d');

  const { cards, log } = readDb(app);
  expect(log.map(({ key, grade, kind, scheduler }) => ({ key, grade, kind, scheduler }))).toEqual([
    { key: 'pod:0', grade: 4, kind: 'new', scheduler: 'sm2' },
    { key: 'abreviatura:1', grade: 1, kind: 'new', scheduler: 'sm2' },
    { key: 'tipo-servicio:0', grade: 4, kind: 'new', scheduler: 'sm2' },
    { key: 'listar-pods:0', grade: 4, kind: 'new', scheduler: 'sm2' },
    { key: 'abreviatura:1', grade: 4, kind: 'redrill', scheduler: 'sm2' },
  ]);
  expect(log.every((r) => r.duration_ms > 0)).toBe(true);
  const tomorrow = nextDayStart(startedAt);
  const reviewed = (reps: number) => ({ phase: 'review', reps, ef: 2500, interval_days: 1, due: tomorrow, lapses: 0, redrill: 0 });
  const fresh = { phase: 'new', reps: 0, ef: 2500, interval_days: 0, due: null, lapses: 0, redrill: 0 };
  const strip = (c: CardRow) => ({ phase: c.phase, reps: c.reps, ef: c.ef, interval_days: c.interval_days, due: c.due, lapses: c.lapses, redrill: c.redrill });
  expect(Object.fromEntries(Object.entries(cards).map(([k, c]) => [k, strip(c)]))).toEqual({
    'pod:0': reviewed(1),
    'pod:1': fresh,
    'abreviatura:1': reviewed(0),
    'abreviatura:2': fresh,
    'tipo-servicio:0': reviewed(1),
    'listar-pods:0': reviewed(1),
  });

  // Today now says the day is done and the streak has begun.
  await page.goto(`${app.origin}/#/today`);
  await expect(page.getByTestId('today-total')).toContainText('All caught up!');
  await expect(page.getByTestId('streak')).toContainText('1');
});

test('Ctrl+Z undoes the last answer: the card comes back and the file holds it as before', async ({ page, openApp, app }) => {
  await openApp(page);
  await page.goto(`${app.origin}/#/review`);
  await expectKind(page, 'basic');
  const first = await card(page).getAttribute('data-card-id');
  await page.keyboard.press('Space');
  await page.keyboard.press('4');
  await expectKind(page, 'cloze');
  expect(readDb(app).log).toHaveLength(1);

  await page.keyboard.press('Control+z');
  await expect(page.getByRole('status')).toContainText('Answer undone');
  await expectKind(page, 'basic');
  await expect(card(page)).toHaveAttribute('data-card-id', first!);
  const afterUndo = readDb(app);
  expect(afterUndo.log).toHaveLength(0);
  expect(afterUndo.cards['pod:0']).toMatchObject({ phase: 'new', reps: 0, ef: 2500, interval_days: 0, due: null });

  await page.keyboard.press('Space');
  await page.keyboard.press('2'); // Hard, q=3
  await expectKind(page, 'cloze');
  expect(readDb(app).log.map((r) => [r.key, r.grade])).toEqual([['pod:0', 3]]);
});

test('a reload in the middle of a session continues where it was, without losing an answer', async ({ page, openApp, app }) => {
  await openApp(page);
  await page.goto(`${app.origin}/#/review`);
  await expectKind(page, 'basic');
  await page.keyboard.press('Space');
  await page.keyboard.press('3');
  await expectKind(page, 'cloze');
  await page.keyboard.press('Space');
  await page.keyboard.press('4');
  await expectKind(page, 'choice');

  await page.reload();
  await expectKind(page, 'choice');
  await expect(page.getByTestId('progress-left')).toHaveText('2 left');
  expect(readDb(app).log.map((r) => r.key)).toEqual(['pod:0', 'abreviatura:1']);

  // A wrong choice: the right option is shown as missed and Again is suggested; Good overrides it.
  const options = (await card(page).locator('.choice-option .option-text').allTextContents()).map((o) => o.trim());
  await page.keyboard.press(String(options.indexOf('ClusterIP') + 1));
  await page.keyboard.press('Enter');
  await expect(card(page).locator('.verdict-line')).toHaveText('Not quite.');
  await expect(card(page).locator('.choice-option.wrong')).toContainText('ClusterIP');
  await expect(card(page).locator('.choice-option.missed')).toContainText('NodePort');
  await expect(page.locator('[data-button="again"]')).toHaveClass(/suggested/);
  await page.keyboard.press('3');

  await expectKind(page, 'type');
  await page.keyboard.type('kubectl get pods');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('typed-diff')).toHaveAttribute('data-correct', 'true');
  await page.keyboard.press('Space');

  await expect(page.getByTestId('session-summary').getByTestId('summary-cards')).toHaveText('4');
  expect(readDb(app).log.map((r) => [r.key, r.grade])).toEqual([
    ['pod:0', 4],
    ['abreviatura:1', 5],
    ['tipo-servicio:0', 4],
    ['listar-pods:0', 4],
  ]);
});

test('another tab answering first makes this tab reload the card instead of answering twice', async ({ page, openApp, app, context }) => {
  await openApp(page);
  await page.goto(`${app.origin}/#/review`);
  await expectKind(page, 'basic');
  const other = await context.newPage();
  await other.goto(`${app.url}#/review`);
  await expectKind(other, 'basic');
  await other.keyboard.press('Space');
  await other.keyboard.press('3');
  await expectKind(other, 'cloze');

  await page.keyboard.press('Space');
  await page.keyboard.press('4');
  await expect(page.getByRole('status')).toContainText('changed in another window');
  await expectKind(page, 'cloze');
  expect(readDb(app).log.map((r) => [r.key, r.grade])).toEqual([['pod:0', 4]]);
});
