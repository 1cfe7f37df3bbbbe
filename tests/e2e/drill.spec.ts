/**
 * The Drill screen in browser mode on the shipped decks: a drill solved with Tab completion and
 * history, a failed one with its diff and the answer, a complete-the-command drill, and the grade
 * recorded as the card's answer. Also saves docs/screenshot-drill.png.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

test.use({ locale: 'es-ES', timeZone: 'UTC' });

const SCREENSHOT = path.resolve(__dirname, '..', '..', 'docs', 'screenshot-drill.png');

async function openDrill(page: Page, key: string): Promise<void> {
  await page.goto(`${page.url().split('#')[0]}#/drill`);
  const row = page.locator(`[data-testid="drill-row"][data-key="${key}"]`);
  await expect(row).toBeAttached();
  // Decks other than the first are folded: open the one holding the drill.
  if (!(await row.isVisible())) await page.locator('details.drill-deck', { has: row }).locator('summary').click();
  await row.click();
  await expect(page.getByTestId('drill')).toBeVisible();
}

async function type(page: Page, text: string): Promise<void> {
  await page.getByTestId('terminal-input').pressSequentially(text);
}

test('solves a drill with Tab completion and history after a wrong attempt, and records grade 3', async ({ page, openApp }) => {
  await openApp(page);
  await openDrill(page, 'scale-pingdnsgoogle-8');
  const input = page.getByTestId('terminal-input');
  await expect(input).toBeFocused();
  await type(page, 'kubectl get deploy');
  await input.press('Enter');
  await expect(page.getByTestId('terminal')).toContainText('pingdnsgoogle   1/1');

  await type(page, 'kubectl sc');
  await input.press('Tab');
  await expect(input).toHaveValue('kubectl scale ');
  await type(page, 'deploy/pin');
  await input.press('Tab');
  await expect(input).toHaveValue('kubectl scale deploy/pingdnsgoogle ');
  await type(page, '--rep');
  await input.press('Tab');
  await expect(input).toHaveValue('kubectl scale deploy/pingdnsgoogle --replicas ');
  await type(page, '3');
  await input.press('Enter');

  await expect(page.getByTestId('terminal')).toContainText('deployment.apps/pingdnsgoogle scaled');
  await expect(page.getByTestId('drill-diff')).toHaveText('deployment/pingdnsgoogle tiene 3 réplicas; la tarea pide 8');
  await page.screenshot({ path: SCREENSHOT, fullPage: false });

  // ↑ brings the line back; fix the count and run it again.
  await input.press('ArrowUp');
  await expect(input).toHaveValue('kubectl scale deploy/pingdnsgoogle --replicas 3');
  await input.press('Backspace');
  await type(page, '8');
  await input.press('Enter');

  await expect(page.getByTestId('drill')).toHaveAttribute('data-status', 'solved');
  await expect(page.getByTestId('drill-verdict')).toContainText('¡Correcto!');
  await expect(page.getByTestId('drill-grade')).toContainText('Nota sugerida: Difícil');
  await expect(page.locator('button.grade.suggested')).toBeFocused();
  await page.keyboard.press('Enter');
  // Recording the grade moves on to the next drill of the deck.
  await expect(page.getByTestId('drill')).toHaveAttribute('data-status', 'open');
  await expect(page.getByTestId('drill-prompt')).not.toContainText('pingdnsgoogle a 8');
});

test('fails a drill in the wrong namespace, shows the diff, then the answer with grade 1', async ({ page, openApp }) => {
  await openApp(page);
  await openDrill(page, 'create-deploy-redis-blue');
  const input = page.getByTestId('terminal-input');
  await type(page, 'kubectl get ns');
  await input.press('Enter');
  await expect(page.getByTestId('terminal')).toContainText('blue');
  await expect(page.getByTestId('drill-verdict')).toHaveCount(0); // reading is free
  // Tab completes the word before the cursor and keeps what follows it.
  await type(page, 'kubectl get deploym -n blue');
  for (let i = 0; i < ' -n blue'.length; i++) await input.press('ArrowLeft');
  await input.press('Tab');
  await expect(input).toHaveValue('kubectl get deployments -n blue');
  await input.press('Enter');
  await expect(page.getByTestId('terminal')).toContainText('redis');

  await type(page, 'kubectl create deployment cache --image=redis');
  await input.press('Enter');
  await expect(page.getByTestId('drill-diff')).toContainText('deployment/cache está en el namespace default; la tarea lo pide en blue');
  await expect(page.getByText('1 intento fallido')).toBeVisible();

  // Ctrl+C drops a half-typed line; Ctrl+L clears the screen.
  await type(page, 'kubectl delete');
  await input.press('Control+c');
  await expect(input).toHaveValue('');
  await expect(page.getByTestId('terminal')).toContainText('kubectl delete^C');
  await input.press('Control+l');
  await expect(page.getByTestId('terminal')).not.toContainText('kubectl delete^C');

  await page.getByTestId('drill-reveal').click();
  await expect(page.getByTestId('drill')).toHaveAttribute('data-status', 'revealed');
  await expect(page.getByTestId('drill-solution')).toContainText('kubectl create deployment cache --image=redis -n blue');
  await expect(page.getByTestId('drill-grade')).toContainText('Nota sugerida: Otra vez');
});

test('completes a command from its template at the first try: grade 5', async ({ page, openApp }) => {
  await openApp(page);
  await openDrill(page, 'scale-pingpong-8');
  const input = page.getByTestId('terminal-input');
  await expect(input).toHaveValue('kubectl scale deployment pingpong ');
  await expect(page.getByTestId('drill')).toHaveAttribute('data-kind', 'complete');
  await type(page, '--replicas=8');
  await input.press('Enter');
  await expect(page.getByTestId('drill')).toHaveAttribute('data-status', 'solved');
  await expect(page.getByTestId('drill-grade')).toContainText('Nota sugerida: Fácil');
  await page.getByTestId('drill-back').click();
  await expect(page.getByTestId('drill-row').first()).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('drill-list.png') });
});

test('shows the scenario files, refuses a Deployment manifest turned DaemonSet, and accepts it with --validate=false', async ({ page, openApp }) => {
  await openApp(page);
  await openDrill(page, 'apply-daemonset-sin-validar');
  await expect(page.locator('.scenario')).toHaveText('Escenario dockercoins-expuesto · namespace default · ficheros: rng-desde-deploy.yml, rng.yml');
  const input = page.getByTestId('terminal-input');
  await type(page, 'kubectl apply -f rng-desde-deploy.yml');
  await input.press('Enter');
  await expect(page.getByTestId('terminal')).toContainText('strict decoding error: unknown field "spec.replicas", unknown field "spec.strategy"');
  await expect(page.getByTestId('drill')).not.toHaveAttribute('data-status', 'solved');
  await type(page, 'kubectl apply -f rng-desde-deploy.yml --validate=false');
  await input.press('Enter');
  await expect(page.getByTestId('terminal')).toContainText('daemonset.apps/rng created');
  await expect(page.getByTestId('drill')).toHaveAttribute('data-status', 'solved');
});

test('answers a read-the-output drill by picking the output its command prints, and sees a wrong pick marked', async ({ page, openApp }) => {
  await openApp(page);
  await openDrill(page, 'leer-get-rs');
  await expect(page.getByTestId('drill')).toHaveAttribute('data-kind', 'read');
  await expect(page.getByTestId('choice-shown')).toContainText('DESIRED   CURRENT   READY');
  const options = page.locator('.choice .option');
  await expect(options).toHaveCount(4);
  await options.filter({ has: page.locator('pre', { hasText: /^kubectl get deploy$/ }) }).click();
  await expect(page.locator('.choice .option.wrong pre')).toHaveText('kubectl get deploy');
  await expect(page.locator('.choice .option.right pre')).toHaveText('kubectl get rs');
  await expect(page.getByTestId('drill-verdict')).toContainText('No es esa');
  await expect(page.locator('.verdict-end')).toHaveText('La opción correcta está marcada en verde.');
  await expect(options.first()).toBeDisabled();
  await page.screenshot({ path: test.info().outputPath('drill-read.png') });
});
