/**
 * Editing cards in the review (E) and going back to the deck's text, on the fixture deck
 * (tests/fixtures/decks/mini.yaml: a basic card with a twin, a two-cloze card, a choice, a type-in).
 */
import type { Page } from '@playwright/test';
import { test, expect, FIXTURE_DECKS } from './fixtures';

test.use({ locale: 'es-ES', decksDir: FIXTURE_DECKS, timeZone: 'UTC' });

const question = (page: Page) => page.getByTestId('question');
const editor = (page: Page) => page.getByTestId('note-editor');

async function startReview(page: Page, openApp: (page: Page) => Promise<void>): Promise<void> {
  await openApp(page);
  await page.goto(`${new URL(page.url()).origin}/#/review/mini`);
  await expect(question(page)).toContainText('¿Qué es un Pod?');
}

test('E opens the editor on the current card; saving shows the new text on the same card, which still answers', async ({ page, openApp }) => {
  await startReview(page, openApp);
  await expect(page.getByTestId('progress-left')).toHaveText('Quedan 4');
  await page.keyboard.press('e');
  await expect(editor(page)).toBeVisible();
  const front = editor(page).locator('textarea[name="front"]');
  await expect(front).toBeFocused();
  await expect(front).toHaveValue('¿Qué es un Pod?');
  await expect(editor(page)).toContainText('tarjeta inversa');

  // The review's keys are off while the editor is open: they type into the field instead.
  await front.fill('¿Qué es un Pod en Kubernetes? ');
  await page.keyboard.type('1 4');
  await expect(front).toHaveValue('¿Qué es un Pod en Kubernetes? 1 4');
  await front.fill('¿Qué es un Pod en Kubernetes?');
  await page.keyboard.press('Control+Enter');

  await expect(editor(page)).toBeHidden();
  await expect(question(page)).toHaveText('¿Qué es un Pod en Kubernetes?');
  await expect(page.getByTestId('edited-mark')).toBeVisible();
  await expect(page.getByTestId('progress-left')).toHaveText('Quedan 4');

  // The shown token still answers the card: reveal, grade Good, and the next card comes.
  await page.keyboard.press(' ');
  await expect(page.getByTestId('answer')).toContainText('La unidad mínima');
  await page.keyboard.press('3');
  await expect(page.getByTestId('progress-left')).toHaveText('Quedan 3');
  await expect(page.getByTestId('review-card')).toHaveAttribute('data-kind', 'cloze');
});

test('Escape cancels an edit and leaves the card as it was', async ({ page, openApp }) => {
  await startReview(page, openApp);
  await page.getByTestId('edit-card').click();
  await editor(page).locator('textarea[name="front"]').fill('Otra cosa');
  await page.keyboard.press('Escape');
  await expect(editor(page)).toBeHidden();
  await expect(question(page)).toHaveText('¿Qué es un Pod?');
  await expect(page.getByTestId('edited-mark')).toBeHidden();
});

test('a cloze edit that changes the cloze numbers is flagged while typing; a refused one shows the API message', async ({ page, openApp }) => {
  await startReview(page, openApp);
  await page.keyboard.press(' ');
  await expect(page.getByTestId('answer')).toBeVisible();
  await page.keyboard.press('3');
  await expect(page.getByTestId('review-card')).toHaveAttribute('data-kind', 'cloze');
  await page.keyboard.press('e');
  const text = editor(page).locator('textarea[name="text"]');
  await text.fill('Kubernetes se abrevia {{c1::K8s}}.');
  await expect(page.getByTestId('cloze-problem')).toHaveText('Los huecos tienen que seguir siendo c1, c2 (ahora: c1).');
  await expect(page.getByTestId('editor-save')).toBeDisabled();

  // Same numbers but a cloze left open: only main's deck rules catch it, and its message is shown.
  await text.fill('Kubernetes se abrevia {{c1::K8s; son {{c2::ocho}} letras.');
  await expect(page.getByTestId('cloze-problem')).toBeHidden();
  await page.getByTestId('editor-save').click();
  await expect(page.getByTestId('editor-error')).toContainText('No se guardó: card "abreviatura": field "text"');
  await expect(editor(page)).toBeVisible();

  await text.fill('K8s es {{c1::Kubernetes}}: {{c2::ocho}} letras entre la K y la s.');
  await page.getByTestId('editor-save').click();
  await expect(editor(page)).toBeHidden();
  await expect(question(page)).toContainText('K8s es');
});

test('"Volver al texto del mazo" drops the edit and shows the deck text again', async ({ page, openApp }) => {
  await startReview(page, openApp);
  await page.keyboard.press('e');
  await editor(page).locator('textarea[name="front"]').fill('Mi pregunta');
  await page.getByTestId('editor-save').click();
  await expect(question(page)).toHaveText('Mi pregunta');
  await page.getByTestId('revert-card').click();
  await expect(question(page)).toHaveText('¿Qué es un Pod?');
  await expect(page.getByTestId('edited-mark')).toBeHidden();
  await expect(page.getByRole('status')).toHaveText('La tarjeta vuelve a tener el texto del mazo.');
});

test('a choice card is edited with its options and correct flags, and checked against the new ones', async ({ page, openApp }) => {
  await startReview(page, openApp);
  // Past the basic card and the cloze, each answered once its answer is on screen.
  for (const left of ['Quedan 3', 'Quedan 2']) {
    await page.keyboard.press(' ');
    await expect(page.locator('.answer-buttons')).toBeVisible();
    await page.keyboard.press('3');
    await expect(page.getByTestId('progress-left')).toHaveText(left);
  }
  await expect(page.getByTestId('review-card')).toHaveAttribute('data-kind', 'choice');
  await page.keyboard.press('e');
  const options = editor(page).getByTestId('option-editor');
  await expect(options).toHaveCount(2);
  await editor(page).getByRole('button', { name: 'Añadir opción' }).click();
  await options.nth(2).locator('input[type="text"]').fill('LoadBalancer');
  await page.getByTestId('editor-save').click();
  await expect(editor(page)).toBeHidden();
  await expect(page.locator('.choice-option')).toHaveCount(3);
  await page.locator('.choice-option', { hasText: 'NodePort' }).click();
  await page.keyboard.press(' ');
  await expect(page.locator('.verdict-line')).toHaveText('¡Correcto!');
});
