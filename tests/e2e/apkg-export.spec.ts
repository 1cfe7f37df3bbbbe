/**
 * Exporting a deck as an Anki package on the Decks screen, as a learner does: choose
 * "Anki package (.apkg)", keep the scheduling, download, and get a zip holding the
 * collection.anki2 Anki opens and its media map. Screenshots of the dialog in light and dark
 * go to test-results/.
 */
import fs from 'node:fs';
import { unzipSync } from 'fflate';
import { test, expect, FIXTURE_DECKS } from './fixtures';

test.use({ locale: 'en-US', decksDir: FIXTURE_DECKS, timeZone: 'UTC' });

test('export a deck as an Anki .apkg and get a zip holding collection.anki2 and media', async ({ page, openApp }) => {
  await openApp(page);
  await page.getByRole('link', { name: 'Decks' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Decks' })).toBeVisible();
  await page.locator('li.deck-item[data-deck-id="mini"]').getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByTestId('deck-export-dialog');
  await dialog.getByLabel(/Anki package \(\.apkg\)/).check();
  await expect(dialog).toContainText('drills become type-in cards');
  const schedule = dialog.getByLabel(/Include scheduling/);
  await expect(schedule).toBeEnabled();
  await schedule.check();
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await dialog.screenshot({ path: test.info().outputPath(`apkg-export-${theme}.png`) });
  }
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download' }).click()]);
  expect(download.suggestedFilename()).toBe('mini.apkg');
  const bytes = fs.readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]);
  const files = unzipSync(new Uint8Array(bytes));
  expect(Object.keys(files).sort()).toEqual(['collection.anki2', 'media']);
  expect(Buffer.from(files['collection.anki2']!.subarray(0, 15)).toString('latin1')).toBe('SQLite format 3');
  expect(new TextDecoder().decode(files.media)).toBe('{}');
  await expect(page.getByTestId('decks-notice')).toHaveText('mini.apkg downloaded (4 cards).');
});
