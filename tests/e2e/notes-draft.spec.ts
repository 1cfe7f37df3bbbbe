/**
 * Study notes → a deck, as a learner does it on the Decks screen: choose a Markdown note (or paste
 * one), review the draft (a failing drill starts unticked with its reason), untick a card, edit
 * another, rename the deck, import, and see it listed with the right count. Screenshots of the
 * draft editor in light and dark go to test-results/.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, FIXTURE_DECKS } from './fixtures';

const NOTE = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'notes', 'pods-y-despliegues.md'));

async function openImport(page: Page, decks: string, importLabel: string): Promise<ReturnType<Page['getByTestId']>> {
  await page.getByRole('link', { name: decks }).click();
  await page.getByRole('button', { name: importLabel }).click();
  return page.getByTestId('deck-import-dialog');
}

test.describe('in Spanish, with the shipped scenarios', () => {
  // The shipped decks folder: its empty-cluster scenario is what drills from notes run on.
  test.use({ locale: 'es-ES', timeZone: 'UTC' });

  test('a notes file becomes a draft: untick a card, edit another, rename, import, and the deck is listed with its count', async ({ page, openApp }) => {
    await openApp(page);
    const dialog = await openImport(page, 'Mazos', 'Importar…');
    await dialog.locator('input[type=file]').setInputFiles({ name: 'pods-y-despliegues.md', mimeType: 'text/markdown', buffer: NOTE });
    const editor = dialog.getByTestId('draft-editor');
    await expect(editor.getByLabel('Título del mazo')).toHaveValue('Kubernetes: pods y despliegues');
    // 11 cards; `kubectl describe pod web` fails on the empty cluster, so it starts unticked.
    await expect(editor.getByTestId('draft-count')).toHaveText('10 de 11 tarjetas seleccionadas');
    const failing = editor.locator('li[data-card-id="practica-kubectl-describe-pod-web"]');
    await expect(failing.getByRole('checkbox')).not.toBeChecked();
    await expect(failing.getByTestId('draft-flag')).toContainText('En un clúster vacío este comando falla');
    await expect(failing.getByTestId('draft-flag').locator('code')).toHaveText('Error from server (NotFound): pods "web" not found');
    // Typos in the notes are written as meant.
    await expect(editor.locator('li[data-card-id="practica-kubectl-create-deployment-web-image"] textarea').nth(1)).toHaveValue('kubectl create deployment web --image=nginx');

    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await page.screenshot({ path: test.info().outputPath(`notes-draft-${theme}.png`) });
      await failing.scrollIntoViewIfNeeded();
      await page.screenshot({ path: test.info().outputPath(`notes-draft-flagged-${theme}.png`) });
      await editor.locator('li').first().scrollIntoViewIfNeeded();
    }
    await page.emulateMedia({ colorScheme: 'light' });

    await editor.getByRole('checkbox', { name: 'Incluir la tarjeta de la línea 17' }).uncheck();
    const pod = editor.locator('li[data-card-id="conceptos-pod"]');
    await pod.getByLabel('Anverso').fill('¿Qué es un Pod?');
    await editor.getByLabel('Título del mazo').fill('Mis pods');
    await expect(editor.getByTestId('draft-count')).toHaveText('9 de 11 tarjetas seleccionadas');

    // A kept card left blank stops the import until it is filled in.
    await pod.getByLabel('Reverso').fill('');
    await expect(editor.getByRole('alert')).toHaveText('Una tarjeta seleccionada tiene un campo vacío (línea 7).');
    await expect(dialog.getByRole('button', { name: 'Importar', exact: true })).toBeDisabled();
    await pod.getByLabel('Reverso').fill('La unidad mínima que se planifica.');

    await dialog.getByRole('button', { name: 'Importar', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('decks-notice')).toHaveText('«Mis pods» importado: 9 tarjetas.');
    const item = page.locator('li.deck-item[data-deck-id="kubernetes-pods-y-despliegues"]');
    await expect(item).toContainText('Mis pods');
    await expect(item.getByTestId('deck-cards')).toHaveText('9');

    // The edit is what was saved.
    await page.getByRole('link', { name: 'Explorar' }).click();
    await page.getByTestId('browse-text').fill('Qué es un Pod');
    await expect(page.getByText('¿Qué es un Pod?').first()).toBeVisible();
  });
});

test.describe('in English, with the fixture deck', () => {
  test.use({ locale: 'en-US', decksDir: FIXTURE_DECKS, timeZone: 'UTC' });

  test('pasted notes become a draft and import as a deck', async ({ page, openApp }) => {
    await openApp(page);
    const dialog = await openImport(page, 'Decks', 'Import…');
    await dialog.getByText('Or paste your notes').click();
    await dialog.getByLabel('Notes (Markdown or plain text)').fill('# Docker basics\n\n- `docker ps` — lists running containers\nImage: a read-only template for containers\n');
    await page.screenshot({ path: test.info().outputPath('notes-paste-light.png') });
    await dialog.getByRole('button', { name: 'Make a draft' }).click();
    const editor = dialog.getByTestId('draft-editor');
    await expect(editor.getByTestId('draft-count')).toHaveText('2 of 2 cards selected');
    await expect(editor.locator('li').first().getByLabel('Front')).toHaveValue('What does `docker ps` do?');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(dialog).toBeHidden();
    const item = page.locator('li.deck-item[data-deck-id="docker-basics"]');
    await expect(item.getByTestId('deck-cards')).toHaveText('2');
  });
});
