/** Browse on the fixture deck: search, filters, the keyboard, suspend and edit. */
import type { Page } from '@playwright/test';
import { test, expect, FIXTURE_DECKS } from './fixtures';

test.use({ locale: 'en-US', decksDir: FIXTURE_DECKS, timeZone: 'UTC' });

const rows = (page: Page) => page.getByTestId('browse-table').locator('tbody tr');

async function openBrowse(page: Page, openApp: (page: Page) => Promise<void>): Promise<void> {
  await openApp(page);
  await page.getByRole('link', { name: 'Browse' }).click();
  await expect(page.getByTestId('browse-range')).toHaveText('1–6 of 6');
}

test('lists every card and narrows the list by text, deck, state and tag', async ({ page, openApp }) => {
  await openBrowse(page, openApp);
  await expect(rows(page).first()).toContainText('¿Qué es un Pod?');
  await expect(rows(page).nth(2)).toContainText('Kubernetes se abrevia [K8s]; son [ocho] letras');

  await page.getByTestId('browse-text').fill('nodeport');
  await expect(page.getByTestId('browse-range')).toHaveText('1–1 of 1');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('¿Qué tipo de Service abre un puerto en cada nodo?');

  await page.getByTestId('browse-text').fill('');
  await page.getByTestId('browse-state').selectOption('review');
  await expect(page.getByTestId('browse-range')).toHaveText('No card matches the search.');
  await page.getByTestId('browse-state').selectOption('new');
  await page.getByTestId('browse-deck').selectOption('mini');
  await expect(page.getByTestId('browse-range')).toHaveText('1–6 of 6');
});

test('the keyboard moves, opens and suspends; the suspended card is found by its state and unsuspended', async ({ page, openApp }) => {
  await openBrowse(page, openApp);
  await page.getByTestId('browse-table').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(rows(page).nth(2)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  const preview = page.getByTestId('card-preview');
  await expect(preview).toContainText('Kubernetes se abrevia [K8s]');
  await page.keyboard.press('s');
  await expect(page.getByRole('status')).toHaveText("Card suspended: it won't come up in reviews.");
  await expect(rows(page).nth(2)).toContainText('suspended');
  await expect(page.getByTestId('browse-table')).toBeFocused();

  await page.getByTestId('browse-state').selectOption('suspended');
  await expect(page.getByTestId('browse-range')).toHaveText('1–1 of 1');
  await rows(page).first().click();
  await page.getByTestId('browse-suspend').click();
  await expect(page.getByRole('status')).toHaveText('Card unsuspended: it is back in reviews.');
  await expect(page.getByTestId('browse-range')).toHaveText('No card matches the search.');
});

test('E edits the selected card from the table and the list shows the new text', async ({ page, openApp }) => {
  await openBrowse(page, openApp);
  await page.getByTestId('browse-table').focus();
  await page.keyboard.press('End');
  await expect(rows(page).nth(5)).toContainText('Lista los pods del namespace actual.');
  await page.keyboard.press('e');
  const editor = page.getByTestId('note-editor');
  await expect(editor).toBeVisible();
  await editor.locator('textarea[name="front"]').fill('List the pods of the current namespace.');
  await editor.locator('textarea[name="answer"]').fill('kubectl get po');
  await page.keyboard.press('Control+Enter');
  await expect(editor).toBeHidden();
  await expect(rows(page).nth(5)).toContainText('List the pods of the current namespace.');
  await expect(rows(page).nth(5)).toContainText('edited');
  await expect(page.getByTestId('card-preview')).toContainText('kubectl get po');
  await expect(page.getByTestId('browse-table')).toBeFocused();
});
