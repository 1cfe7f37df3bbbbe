/** Editing a command drill in the review: its wording changes, its answer and check stay the deck file's. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from './fixtures';

const DECKS = fs.mkdtempSync(path.join(os.tmpdir(), 'repaso-e2e-drill-edit-'));
fs.mkdirSync(path.join(DECKS, 'scenarios'));
fs.writeFileSync(
  path.join(DECKS, 'drills.yaml'),
  `id: drills\ntitle: Drills\nlang: es\ndescription: Un drill.\nversion: 1\ncards:\n` +
    `  - id: escalar\n    kind: command\n    prompt: Escala el deployment pingpong a 8 réplicas.\n    scenario: pingpong\n` +
    `    answer: kubectl scale deployment pingpong --replicas=8\n    hint: Mira kubectl scale.\n    check: state\n`,
);
fs.writeFileSync(
  path.join(DECKS, 'scenarios', 'pingpong.yaml'),
  `id: pingpong\ndescription: pingpong\nseed: 42\nstart: "2026-01-15T10:00:00Z"\nsetup:\n  - kubectl create deployment pingpong --image=alpine -- ping 1.1.1.1\n  - advance: 60s\n`,
);

test.use({ locale: 'es-ES', decksDir: DECKS, timeZone: 'UTC' });

test('a drill\'s task is reworded from the review; the same answer still solves it', async ({ page, openApp }) => {
  await openApp(page);
  await page.goto(`${page.url().split('#')[0]}#/review`);
  await expect(page.getByTestId('drill-prompt')).toContainText('Escala el deployment pingpong a 8 réplicas.');
  await page.getByTestId('edit-card').click();
  const editor = page.getByTestId('note-editor');
  await expect(editor.locator('textarea')).toHaveCount(3); // task, hint, extra: no answer field
  await expect(editor).toContainText('La respuesta, el escenario y la comprobación se editan en el fichero del mazo');
  await editor.locator('textarea[name="prompt"]').fill('Deja el deployment **pingpong** con 8 réplicas.');
  await page.getByTestId('editor-save').click();

  await expect(page.getByTestId('drill-prompt')).toHaveText('Deja el deployment pingpong con 8 réplicas.');
  await expect(page.getByTestId('edited-mark')).toBeVisible();
  const input = page.getByTestId('terminal-input');
  await input.click();
  await input.pressSequentially('kubectl scale deployment pingpong --replicas=8');
  await input.press('Enter');
  await expect(page.getByTestId('drill')).toHaveAttribute('data-status', 'solved');
});
