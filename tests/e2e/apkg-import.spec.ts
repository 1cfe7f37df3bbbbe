/**
 * Importing an Anki package on the Decks screen, as a learner does: choose the .apkg, read the
 * preview (kinds, cards, scheduling offer, what is left out), import it with its scheduling and
 * see the deck listed; a file that is not a package is refused in the preview with its reason.
 * Screenshots of the preview in light and dark go to test-results/.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, FIXTURE_DECKS } from './fixtures';

test.use({ locale: 'en-US', decksDir: FIXTURE_DECKS, timeZone: 'UTC' });

const MODERN = path.resolve(__dirname, '..', 'fixtures', 'apkg', 'modern.apkg');

async function openImport(page: Page) {
  await page.getByRole('link', { name: 'Decks' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Decks' })).toBeVisible();
  await page.getByRole('button', { name: 'Import…' }).click();
  return page.getByTestId('deck-import-dialog');
}

test('import an Anki .apkg with its scheduling and see the deck listed', async ({ page, openApp }) => {
  await openApp(page);
  const dialog = await openImport(page);
  await expect(dialog).toContainText('Anki packages (.apkg)');
  await dialog.locator('input[type=file]').setInputFiles({ name: 'docker.apkg', mimeType: 'application/octet-stream', buffer: fs.readFileSync(MODERN) });
  const preview = dialog.getByTestId('import-preview');
  await expect(preview).toContainText('Format: APKG');
  await expect(preview.getByRole('heading', { name: /Docker/ })).toBeVisible();
  await expect(preview).toContainText('A new deck will be created.');
  await expect(preview).toContainText('4 definitions, 6 cards to review');
  await expect(preview.locator('[data-kind=basic]')).toHaveText('2 basic');
  await expect(preview.locator('[data-kind=cloze]')).toHaveText('1 cloze');
  await expect(preview.locator('[data-kind=type]')).toHaveText('1 type-in');
  await preview.getByText('Warnings (2)').click();
  await expect(preview).toContainText('Repaso does not store media yet');
  await expect(preview.getByLabel('Restore the file’s scheduling (1 card)')).toBeChecked();
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await page.screenshot({ path: test.info().outputPath(`apkg-preview-${theme}.png`) });
  }

  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('decks-notice')).toHaveText('“Docker” imported: 4 cards. Scheduling restored: 1 card.');
  const deck = page.locator('li.deck-item[data-deck-id="docker"]');
  await expect(deck.getByTestId('deck-origin')).toHaveText('imported');
  await expect(deck.getByTestId('deck-cards')).toHaveText('6');
});

test('a file named .apkg that is not a package is refused in the preview, saying why', async ({ page, openApp }) => {
  await openApp(page);
  const dialog = await openImport(page);
  await dialog.locator('input[type=file]').setInputFiles({ name: 'notes.apkg', mimeType: 'application/octet-stream', buffer: Buffer.from('front\tback\n') });
  const preview = dialog.getByTestId('import-preview');
  await expect(preview.getByRole('alert')).toContainText('notes.apkg: the file is not an Anki package: it is not a zip archive');
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
});
