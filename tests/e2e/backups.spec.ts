/**
 * Settings → Backups in browser mode, as a learner uses it: make a backup, answer a card,
 * restore the backup and see the card back among the new ones; download the collection and
 * restore that file; a file that is not a collection is refused. Screenshots (light and dark)
 * of the section go to test-results/.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { test, expect, FIXTURE_DECKS } from './fixtures';

test.use({ locale: 'en-US', decksDir: FIXTURE_DECKS, timeZone: 'UTC' });

/** The mini deck's count of new cards on Today: 4 before any answer. */
async function newCards(page: Page): Promise<Locator> {
  await page.getByRole('link', { name: 'Today' }).click();
  return page.locator('[data-deck-id="mini"]').getByTestId('deck-new');
}

async function answerOneCard(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Today' }).click();
  await page.getByTestId('start-review').click();
  await expect(page.getByTestId('question')).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('answer')).toBeVisible();
  await page.keyboard.press('3');
  await expect(page.getByTestId('question')).not.toContainText('¿Qué es un Pod?');
}

async function openBackups(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Backups' })).toBeVisible();
}

test('make a backup, answer a card, restore the backup: the card is new again and the safety copy holds the answer', async ({ page, openApp }) => {
  await openApp(page);
  await expect(await newCards(page)).toHaveText('4');

  await openBackups(page);
  const section = page.getByTestId('backups');
  await expect(section).toContainText('No backups yet');
  await section.getByRole('button', { name: 'Back up now' }).click();
  await expect(section).toContainText(/Backup made: repaso-manual-.*\.db\./);
  const rows = section.getByTestId('backup-row');
  await expect(rows).toHaveCount(1);
  await expect(rows.first().locator('td').nth(1)).toHaveText('manual');
  await expect(rows.first().locator('td').nth(3)).toHaveText('0');

  await answerOneCard(page);
  await expect(await newCards(page)).toHaveText('3');

  await openBackups(page);
  await rows.first().getByRole('button', { name: 'Restore…' }).click();
  const dialog = page.getByTestId('restore-dialog');
  await expect(dialog).toContainText('replaced by the manual backup');
  await expect(dialog).toContainText('a copy of your current collection is kept');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.screenshot({ path: test.info().outputPath('backups-confirm.png') });
  await dialog.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(section).toContainText(/Restored “repaso-manual-.*\.db”: \d+ cards and 0 reviews\. The collection as it was is kept as repaso-before-restore-/);
  await expect(rows).toHaveCount(2);
  await expect(rows.first().locator('td').nth(1)).toHaveText('before a restore');
  await expect(rows.first().locator('td').nth(3)).toHaveText('1');

  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    // The app scrolls inside its own frame, so a full-page shot would cut the section off.
    await section.scrollIntoViewIfNeeded();
    await section.screenshot({ path: test.info().outputPath(`backups-${theme}.png`) });
  }

  await expect(await newCards(page)).toHaveText('4');
});

test('download the collection, answer a card, restore the downloaded file; a text file is refused', async ({ page, openApp }) => {
  await openApp(page);
  await openBackups(page);
  const section = page.getByTestId('backups');
  const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: 'Download' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^repaso-\d{4}-\d{2}-\d{2}\.db$/);
  const saved = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(saved);
  expect(fs.readFileSync(saved).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');

  await answerOneCard(page);
  await expect(await newCards(page)).toHaveText('3');

  await openBackups(page);
  const notes = path.join(path.dirname(saved), 'notes.db');
  fs.writeFileSync(notes, 'just some notes, not a database\n'.repeat(100));
  await section.getByTestId('restore-file').setInputFiles(notes);
  await page.getByTestId('restore-dialog').getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(section.getByRole('alert')).toContainText('Nothing was restored: your collection is as it was. The file "notes.db"');
  await section.screenshot({ path: test.info().outputPath('backups-refused.png') });
  await expect(await newCards(page)).toHaveText('3');

  await openBackups(page);
  await section.getByTestId('restore-file').setInputFiles(saved);
  await expect(page.getByTestId('restore-dialog')).toContainText(`replaced by the file “${download.suggestedFilename()}”`);
  await page.getByTestId('restore-dialog').getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(section).toContainText(`Restored “${download.suggestedFilename()}”`);
  await expect(await newCards(page)).toHaveText('4');
});

test.describe('in Spanish', () => {
  test.use({ locale: 'es-ES' });

  test('the section, its list and its confirmation speak Spanish', async ({ page, openApp }) => {
    await openApp(page);
    await page.getByRole('link', { name: 'Ajustes' }).click();
    const section = page.getByTestId('backups');
    await expect(section.getByRole('heading', { level: 2 })).toHaveText('Copias de seguridad');
    await section.getByRole('button', { name: 'Hacer copia ahora' }).click();
    await expect(section).toContainText('Copia hecha: repaso-manual-');
    await expect(section.getByTestId('backup-row').locator('td').nth(1)).toHaveText('manual');
    await expect(section.getByRole('columnheader')).toHaveText(['Fecha', 'Tipo', 'Tarjetas', 'Repasos', 'Tamaño', 'Restaurar…']);
    await page.emulateMedia({ colorScheme: 'dark' });
    await section.scrollIntoViewIfNeeded();
    await section.screenshot({ path: test.info().outputPath('backups-es-dark.png') });
    await section.getByRole('button', { name: 'Restaurar…' }).click();
    await expect(page.getByTestId('restore-dialog')).toContainText('Tu colección actual se sustituirá por la copia manual del');
    await page.screenshot({ path: test.info().outputPath('backups-es-confirm.png') });
    await page.getByRole('button', { name: 'Cancelar' }).click();
    await expect(page.getByTestId('restore-dialog')).toHaveCount(0);
  });
});
