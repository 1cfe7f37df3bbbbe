/**
 * The Decks screen in browser mode, as a learner uses it: create a deck, import an Anki TSV file
 * (after its preview), see both listed, export a deck and read the downloaded file, and delete
 * a deck after confirming. Screenshots of the screen in light and dark go to test-results/.
 */
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, FIXTURE_DECKS } from './fixtures';

test.use({ locale: 'en-US', decksDir: FIXTURE_DECKS, timeZone: 'UTC' });

const TSV = [
  '#separator:tab',
  '#html:false',
  '#deck:Docker basics',
  '#columns:Front\tBack\tTags',
  'What does `docker ps` list?\tRunning containers\tdocker',
  'Remove stopped containers\tdocker container prune\tdocker',
  '{{c1::docker logs}} prints a container’s output\t\tdocker',
].join('\n');

async function openDecks(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Decks' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Decks' })).toBeVisible();
}

const deckItem = (page: Page, id: string) => page.locator(`li.deck-item[data-deck-id="${id}"]`);

test('create a deck, import a TSV file after its preview, and see both listed with their counts', async ({ page, openApp }) => {
  await openApp(page);
  await openDecks(page);
  await expect(deckItem(page, 'mini').getByTestId('deck-origin')).toHaveText('bundled');
  await expect(deckItem(page, 'mini').getByRole('button', { name: 'Delete' })).toHaveCount(0);

  await page.getByRole('button', { name: 'New deck' }).click();
  const info = page.getByTestId('deck-info-dialog');
  await info.getByLabel('Title').fill('My kubectl notes');
  await info.getByLabel('Description (optional)').fill('Things I keep forgetting');
  await info.getByRole('button', { name: 'Create deck' }).click();
  await expect(info).toBeHidden();
  await expect(page.getByTestId('decks-notice')).toHaveText('Deck “My kubectl notes” created.');
  const mine = deckItem(page, 'my-kubectl-notes');
  await expect(mine.getByTestId('deck-origin')).toHaveText('yours');
  await expect(mine.getByTestId('deck-cards')).toHaveText('0');

  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByTestId('deck-import-dialog');
  await dialog.locator('input[type=file]').setInputFiles({ name: 'docker.txt', mimeType: 'text/plain', buffer: Buffer.from(TSV) });
  const preview = dialog.getByTestId('import-preview');
  await expect(preview).toContainText('Docker basics');
  await expect(preview).toContainText('A new deck will be created.');
  await expect(preview).toContainText('3 definitions, 3 cards to review');
  await expect(preview.locator('[data-kind=basic]')).toHaveText('2 basic');
  await expect(preview.locator('[data-kind=cloze]')).toHaveText('1 cloze');
  await page.screenshot({ path: test.info().outputPath('decks-import-preview.png') });
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('decks-notice')).toHaveText('“Docker basics” imported: 3 cards.');
  const docker = deckItem(page, 'docker-basics');
  await expect(docker.getByTestId('deck-origin')).toHaveText('imported');
  await expect(docker.getByTestId('deck-cards')).toHaveText('3');
  await expect(docker.getByTestId('deck-new')).toHaveText('3');

  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await page.screenshot({ path: test.info().outputPath(`decks-${theme}.png`), fullPage: true });
  }
});

test('a file with a bad line is refused in the preview, naming the line, and nothing is imported', async ({ page, openApp }) => {
  await openApp(page);
  await openDecks(page);
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByTestId('deck-import-dialog');
  await dialog.locator('input[type=file]').setInputFiles({ name: 'bad.tsv', mimeType: 'text/tab-separated-values', buffer: Buffer.from('front\tback\nno back here\t\n') });
  await expect(dialog.getByRole('alert')).toContainText('The file has a problem; nothing will be imported:');
  await expect(dialog.getByRole('alert')).toContainText('bad.tsv:2: the back (column 2) is empty');
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  await page.screenshot({ path: test.info().outputPath('decks-import-error.png') });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('li.deck-item')).toHaveCount(1);
});

test('export a deck as Repaso YAML and as Anki TSV and read the downloaded files', async ({ page, openApp }) => {
  await openApp(page);
  await openDecks(page);
  await deckItem(page, 'mini').getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByTestId('deck-export-dialog');
  await page.screenshot({ path: test.info().outputPath('decks-export.png') });
  const [yaml] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download' }).click()]);
  expect(yaml.suggestedFilename()).toBe('mini.yaml');
  const yamlText = fs.readFileSync((await yaml.path())!, 'utf8');
  expect(yamlText).toMatch(/^id: mini\ntitle: Mazo mínimo de prueba\n/);
  expect(yamlText).toContain('  - id: abreviatura\n    kind: cloze\n');
  await expect(page.getByTestId('decks-notice')).toHaveText('mini.yaml downloaded (4 cards).');

  await deckItem(page, 'mini').getByRole('button', { name: 'Export' }).click();
  await dialog.getByLabel(/Anki \(tab-separated/).check();
  await expect(dialog.getByLabel(/Include scheduling/)).toBeDisabled();
  const [tsv] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download' }).click()]);
  expect(tsv.suggestedFilename()).toBe('mini.tsv');
  const tsvText = fs.readFileSync((await tsv.path())!, 'utf8');
  expect(tsvText.split('\n').slice(0, 2)).toEqual(['#separator:tab', '#html:false']);
  expect(tsvText).toContain('repaso:mini:listar-pods\tBasic (type in the answer)\tMazo mínimo de prueba\tLista los pods del namespace actual.\tkubectl get pods\t');
});

test('deck limits are set in the settings dialog, and a user deck is deleted only after confirming', async ({ page, openApp }) => {
  await openApp(page);
  await openDecks(page);
  await deckItem(page, 'mini').getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByTestId('deck-settings-dialog');
  await settings.getByLabel('New cards per day').fill('2');
  await settings.getByLabel('Scheduler').selectOption('fsrs');
  await settings.getByRole('button', { name: 'Save' }).click();
  await expect(deckItem(page, 'mini').getByTestId('deck-limits')).toHaveText('2 new/day · 200 reviews/day · FSRS');
  await page.getByRole('link', { name: 'Today' }).click();
  await expect(page.locator('[data-deck-id="mini"]').getByTestId('deck-new')).toHaveText('2');

  await openDecks(page);
  await page.getByRole('button', { name: 'New deck' }).click();
  await page.getByTestId('deck-info-dialog').getByLabel('Title').fill('Scratch');
  await page.getByTestId('deck-info-dialog').getByRole('button', { name: 'Create deck' }).click();
  await deckItem(page, 'scratch').getByRole('button', { name: 'Add card' }).click();
  const add = page.getByTestId('deck-add-dialog');
  await add.getByLabel('Front', { exact: true }).fill('What is a Pod?');
  await add.getByLabel('Back', { exact: true }).fill('The smallest deployable unit');
  await add.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(deckItem(page, 'scratch').getByTestId('deck-cards')).toHaveText('1');

  await deckItem(page, 'scratch').getByRole('button', { name: 'Delete' }).click();
  const confirm = page.getByTestId('deck-delete-dialog');
  await expect(confirm).toContainText('Its cards (1 card) and their whole review history will be deleted.');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(deckItem(page, 'scratch')).toHaveCount(1);
  await deckItem(page, 'scratch').getByRole('button', { name: 'Delete' }).click();
  await confirm.getByRole('button', { name: 'Delete for good' }).click();
  await expect(page.getByTestId('decks-notice')).toHaveText('Deck “Scratch” deleted.');
  await expect(deckItem(page, 'scratch')).toHaveCount(0);
});

test.describe('in Spanish', () => {
  test.use({ locale: 'es-ES' });

  test('the screen and its dialogs speak Spanish', async ({ page, openApp }) => {
    await openApp(page);
    await page.getByRole('link', { name: 'Mazos' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mazos' })).toBeVisible();
    const mini = deckItem(page, 'mini');
    await expect(mini.getByTestId('deck-origin')).toHaveText('incluido');
    await expect(mini.getByTestId('deck-limits')).toHaveText('20 nuevas/día · 200 repasos/día · SM-2');
    await mini.getByRole('button', { name: 'Ajustes' }).click();
    await expect(page.getByTestId('deck-settings-dialog').getByRole('heading')).toHaveText('Ajustes de «Mazo mínimo de prueba»');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: test.info().outputPath('decks-settings-es-dark.png') });
    await page.getByTestId('deck-settings-dialog').getByRole('button', { name: 'Pausar mazo' }).click();
    await expect(mini.getByTestId('deck-limits')).toHaveText('En pausa (límites a 0)');
  });
});
