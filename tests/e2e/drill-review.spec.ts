/**
 * A daily session in browser mode that mixes a flashcard and a command drill: the drill is
 * answered in its terminal and graded by running the command; the review's own buttons then
 * record the drill's grade (Enter accepts the suggestion).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { test, expect } from './fixtures';

const DECKS = fs.mkdtempSync(path.join(os.tmpdir(), 'repaso-e2e-drill-decks-'));
fs.mkdirSync(path.join(DECKS, 'scenarios'));
fs.writeFileSync(
  path.join(DECKS, 'mezcla.yaml'),
  `id: mezcla
title: Mezcla
lang: es
description: Una tarjeta y un drill.
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
    check: state
`,
);
fs.writeFileSync(
  path.join(DECKS, 'scenarios', 'pingpong.yaml'),
  `id: pingpong
description: pingpong
seed: 42
start: "2026-01-15T10:00:00Z"
setup:
  - kubectl create deployment pingpong --image=alpine -- ping 1.1.1.1
  - advance: 60s
`,
);

test.use({ locale: 'es-ES', decksDir: DECKS, timeZone: 'UTC' });

test('a daily session mixes a flashcard and a drill graded by running the command', async ({ page, app, openApp }) => {
  await openApp(page);
  await page.goto(`${page.url().split('#')[0]}#/review`);
  const card = page.getByTestId('review-card');
  await expect(card).toBeVisible();

  // The basic card first (deck order): Space shows the answer, Enter accepts Good.
  await expect(card).toHaveAttribute('data-kind', 'basic');
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');

  await expect(card).toHaveAttribute('data-kind', 'command');
  await expect(page.getByTestId('drill-prompt')).toContainText('Escala el deployment pingpong a 8 réplicas.');
  const input = page.getByTestId('terminal-input');
  await expect(input).toBeFocused();
  // Keys typed in the terminal stay there: Space and digits do not reveal or grade.
  await input.pressSequentially('kubectl scale deploy/ping');
  await input.press('Tab');
  await expect(input).toHaveValue('kubectl scale deploy/pingpong ');
  await input.pressSequentially('--replicas 3');
  await input.press('Enter');
  await expect(page.getByTestId('drill-diff')).toHaveText('deployment/pingpong tiene 3 réplicas; la tarea pide 8');
  await expect(page.locator('.answer-buttons')).toHaveCount(0);

  await input.press('ArrowUp');
  await input.press('Backspace');
  await input.pressSequentially('8');
  await input.press('Enter');
  await expect(page.getByTestId('drill')).toHaveAttribute('data-status', 'solved');
  await expect(page.locator('.answer-buttons')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('review-drill.png'), fullPage: true });
  await expect(page.getByText('Sugerencia: Difícil', { exact: false })).toBeVisible();
  await page.keyboard.press('Enter'); // accepts the drill's grade: Hard (3), after a wrong attempt

  // Graded below 4, the drill comes back in this session (SM-2's same-session rule), on a fresh cluster.
  await expect(page.getByTestId('terminal')).not.toContainText('--replicas 3');
  await expect(card).toHaveAttribute('data-kind', 'command');
  const readLog = () => {
    const db = new Database(path.join(app.dataDir, 'repaso.db'), { readonly: true, fileMustExist: true });
    const rows = db.prepare('SELECT n.key, r.grade FROM review_log r JOIN cards c ON c.id = r.card_id JOIN notes n ON n.id = c.note_id ORDER BY r.id').all();
    db.close();
    return rows;
  };
  expect(readLog()).toEqual([
    { key: 'pod', grade: 4 },
    { key: 'escalar', grade: 3 },
  ]);

  // Right at the first try this time: the suggestion is Easy (5), and the day is done.
  await input.pressSequentially('kubectl scale deployment pingpong --replicas=8');
  await input.press('Enter');
  await expect(page.getByText('Sugerencia: Fácil', { exact: false })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('review-card')).toHaveCount(0);
  expect(readLog()).toEqual([
    { key: 'pod', grade: 4 },
    { key: 'escalar', grade: 3 },
    { key: 'escalar', grade: 5 },
  ]);
});
