/**
 * A curated deck's newer text for a card the learner edited is offered, not forced: the review
 * shows both and the learner takes the deck's or keeps theirs. The database is prepared in
 * process (deck v1, the learner's edit), then the server starts on deck v2.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { startBackend } from '../../src-main/api/backend';
import { test, expect } from './fixtures';

function writeDeck(dir: string, version: number, back: string): void {
  fs.writeFileSync(
    path.join(dir, 'curado.yaml'),
    `id: curado\ntitle: Curado\nlang: es\ndescription: Un mazo que cambia.\nversion: ${version}\ncards:\n` +
      `  - id: pod\n    kind: basic\n    front: ¿Qué es un Pod?\n    back: ${back}\n`,
  );
}

/** Deck v1 loaded and edited by the learner in `dataDir`; `decksDir` then holds v2. */
function prepare(): { dataDir: string; decksDir: string } {
  const decksDir = fs.mkdtempSync(path.join(os.tmpdir(), 'repaso-e2e-decks-'));
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'repaso-e2e-seed-'));
  writeDeck(decksDir, 1, 'La unidad mínima.');
  const backend = startBackend({ dataDir, decksDir, mode: 'test', version: '0', systemLocale: 'es-ES', log: () => {} });
  backend.store.notes.edit('curado', 'pod', { kind: 'basic', front: '¿Qué es un Pod?', back: 'Mi definición.' }, Date.now());
  backend.close();
  writeDeck(decksDir, 2, 'La unidad mínima que Kubernetes programa en un nodo.');
  return { dataDir, decksDir };
}

const seeded = prepare();
test.use({ locale: 'es-ES', decksDir: seeded.decksDir, seedDataDir: seeded.dataDir, timeZone: 'UTC' });

async function reviewWithOffer(page: Page, openApp: (page: Page) => Promise<void>): Promise<void> {
  await openApp(page);
  await page.goto(`${new URL(page.url()).origin}/#/review/curado`);
  const offer = page.getByTestId('update-offer');
  await expect(offer).toContainText('El mazo trae un texto nuevo para esta tarjeta');
  await expect(offer).toContainText('Mi definición.');
  await expect(offer.getByTestId('update-deck-text')).toContainText('La unidad mínima que Kubernetes programa en un nodo.');
}

test('the deck text is offered beside the learner\'s, and "Usar el del mazo" takes it', async ({ page, openApp }) => {
  await reviewWithOffer(page, openApp);
  await page.keyboard.press(' ');
  await expect(page.getByTestId('answer')).toHaveText('Mi definición.');
  await page.getByTestId('update-take').click();
  await expect(page.getByTestId('update-offer')).toBeHidden();
  await expect(page.getByTestId('answer')).toHaveText('La unidad mínima que Kubernetes programa en un nodo.');
  await expect(page.getByTestId('edited-mark')).toBeHidden();
});

test('"Mantener el mío" keeps the learner\'s text and the offer goes away, also after a reload', async ({ page, openApp }) => {
  await reviewWithOffer(page, openApp);
  await page.getByTestId('update-keep').click();
  await expect(page.getByTestId('update-offer')).toBeHidden();
  await expect(page.getByTestId('edited-mark')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('question')).toHaveText('¿Qué es un Pod?');
  await expect(page.getByTestId('update-offer')).toHaveCount(0);
  await page.keyboard.press(' ');
  await expect(page.getByTestId('answer')).toHaveText('Mi definición.');
});
