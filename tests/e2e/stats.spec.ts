/**
 * The Stats screen in browser mode on the fixture deck (server in UTC: a review day starts at
 * 04:00 UTC): the empty state of a fresh collection, then answers given in the review show up
 * in today's heatmap cell and tomorrow's forecast bar; a year of history written into the file
 * is drawn in both languages and both themes (screenshots saved with the test's output).
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { test, expect, FIXTURE_DECKS, type RunningApp } from './fixtures';

test.use({ locale: 'en-US', decksDir: FIXTURE_DECKS, timeZone: 'UTC' });

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** The review day's date (YYYY-MM-DD) `offset` days from the one containing `instant`. */
function reviewDate(instant: number, offset = 0): string {
  return new Date(instant - 4 * HOUR + offset * DAY).toISOString().slice(0, 10);
}

async function answerWithGood(page: Page, count: number): Promise<void> {
  await page.goto(page.url().replace(/#.*$/, '') + '#/review');
  for (let i = 0; i < count; i++) {
    await expect(page.getByTestId('show-answer')).toBeVisible();
    const left = await page.getByTestId('progress-left').textContent();
    // A choice card is checked after an option is picked; any card is then graded Good.
    if ((await page.getByTestId('review-card').getAttribute('data-kind')) === 'choice') await page.keyboard.press('1');
    await page.keyboard.press('Space');
    await expect(page.locator('[data-button="good"]')).toBeEnabled();
    await page.keyboard.press('3');
    // The answer is stored once the next card is shown with one card fewer left.
    await expect(page.getByTestId('progress-left')).not.toHaveText(left!);
  }
}

async function openStats(page: Page): Promise<void> {
  await page.getByRole('link', { name: /^(Stats|Estadísticas)$/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^(Stats|Estadísticas)$/);
}

test('a fresh collection says what will appear; answers then fill today’s heatmap cell and tomorrow’s forecast', async ({ page, openApp }) => {
  await openApp(page);
  await openStats(page);
  await expect(page.getByTestId('stats-empty')).toContainText('Nothing reviewed yet');
  await expect(page.getByTestId('stats-empty')).toContainText('how many cards are due on each of the next 30 days');
  await expect(page.getByTestId('cards-new')).toHaveText('6');
  await page.screenshot({ path: test.info().outputPath('stats-en-empty.png') });

  const started = Date.now();
  await answerWithGood(page, 2);
  await openStats(page);
  const today = reviewDate(started);
  const tomorrow = reviewDate(started, 1);
  const cell = page.locator(`[data-testid="heatmap"] rect[data-date="${today}"]`);
  await expect(cell).toHaveAttribute('data-count', '2');
  await expect(cell).toHaveAttribute('aria-label', /: 2 answers, \d+ sec$/);
  await expect(cell).toHaveClass(/level-4/);
  const bar = page.locator(`[data-testid="forecast-day"][data-date="${tomorrow}"]`);
  await expect(bar).toHaveAttribute('data-due', '2');
  await expect(bar).toHaveAttribute('aria-label', /: 2 cards$/);
  await expect(page.getByTestId('total-answers')).toHaveText('2');
  await expect(page.getByTestId('retention-all')).toHaveText('—');

  // One more answer: the same cell and bar move.
  await answerWithGood(page, 1);
  await openStats(page);
  await expect(cell).toHaveAttribute('data-count', '3');
  await expect(bar).toHaveAttribute('data-due', '3');
  await expect(page.getByTestId('heatmap-summary')).toHaveText('3 answers on 1 day');
});

/**
 * A year of made-up history written straight into the file: every live card reviewed on
 * scattered days, graded mostly Good, now due over the coming weeks. The triggers of the
 * review tally keep the Stats figures in step, as they do for real answers.
 */
function seedHistory(app: RunningApp, now: number): { answers: number; retention: number; busiest: { date: string; count: number } } {
  const db = new Database(path.join(app.dataDir, 'repaso.db'));
  const cards = db.prepare('SELECT id FROM cards WHERE retired = 0 ORDER BY id').pluck().all() as number[];
  const insert = db.prepare(`INSERT INTO review_log (card_id, reviewed_at, grade, kind, scheduler, duration_ms, state_before, state_after,
    ef_before, ef_after, interval_before, interval_after, due_before, due_after) VALUES (?, ?, ?, ?, 'sm2', ?, '{}', '{}', 2500, 2500, 1, 1, NULL, NULL)`);
  const setState = db.prepare(`UPDATE cards SET phase = 'review', reps = ?, ef = ?, interval_days = ?, due = ?, last_review = ? WHERE id = ?`);
  const perDay = new Map<string, number>();
  let answers = 0;
  let reviews = 0;
  let passed = 0;
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  db.transaction(() => {
    cards.forEach((id, i) => {
      for (let d = 360 - i * 9; d > 0; d -= 3 + Math.floor(random() * 12)) {
        const at = now - d * DAY - Math.floor(random() * 6) * HOUR;
        const grade = random() < 0.12 ? 1 : random() < 0.3 ? 3 : 4;
        const kind = d > 350 - i * 9 ? 'new' : 'review';
        insert.run(id, at, grade, kind, 4000 + Math.floor(random() * 9000));
        if (kind === 'review') {
          reviews++;
          if (grade >= 3) passed++;
        }
        perDay.set(reviewDate(at), (perDay.get(reviewDate(at)) ?? 0) + 1);
        answers++;
      }
      const interval = [1, 4, 9, 25, 40, 3][i % 6]!;
      setState.run(i % 6 === 5 ? 0 : 3, 2300 + i * 60, interval, now + (i % 6) * 3 * DAY, now - DAY, id);
    });
  })();
  db.close();
  const [date, count] = [...perDay].sort((a, b) => b[1] - a[1])[0]!;
  return { answers, retention: passed / reviews, busiest: { date, count } };
}

test.describe('in Spanish', () => {
  test.use({ locale: 'es-ES' });
  for (const theme of ['light', 'dark'] as const) {
  test(`a year of history drawn in ${theme} theme, filtered by deck`, async ({ page, openApp, app }) => {
    await page.emulateMedia({ colorScheme: theme });
    const { answers, retention, busiest } = seedHistory(app, Date.now());
    await openApp(page);
    await page.evaluate(() => (window.location.hash = '#/stats'));
    await expect(page.getByTestId('stats-figures')).toBeVisible();
    await expect(page.getByTestId('total-answers')).toHaveText(new Intl.NumberFormat('es').format(answers));
    const cell = page.locator(`[data-testid="heatmap"] rect[data-date="${busiest.date}"]`);
    await expect(cell).toHaveAttribute('data-count', String(busiest.count));
    await expect(cell).toHaveClass(/level-4/);
    await expect(page.getByTestId('retention-all')).toHaveText(new Intl.NumberFormat('es', { style: 'percent', maximumFractionDigits: 1 }).format(retention));

    await page.getByTestId('stats-deck').selectOption('mini');
    await expect(page.locator('[data-testid="deck-table"] tr[data-deck-id="mini"]')).toHaveAttribute('aria-current', 'true');
    // Tall enough for the whole screen: the content pane scrolls, so fullPage would cut it.
    await page.setViewportSize({ width: 1200, height: 1300 });
    await page.screenshot({ path: test.info().outputPath(`stats-es-${theme}.png`) });
  });
}
});
