import path from 'node:path';
import { test, expect } from './fixtures';

const SCREENS_EN = ['Today', 'Review', 'Drill', 'Decks', 'Browse', 'Stats', 'Settings'];
const SCREENS_ES = ['Hoy', 'Repasar', 'Práctica', 'Mazos', 'Explorar', 'Estadísticas', 'Ajustes'];

test.describe('browser mode, English browser', () => {
  test.use({ locale: 'en-US' });

  test('opens on Today and lists the shipped deck with its card count', async ({ page, openApp }) => {
    await openApp(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
    const deck = page.locator('[data-deck-id="kubernetes-basico"]');
    await expect(deck.getByRole('heading', { name: 'Kubernetes básico y kubectl' })).toBeVisible();
    await expect(deck.getByTestId('deck-card-count')).toHaveText(/^\d+ cards$/);
    const count = Number((await deck.getByTestId('deck-card-count').textContent())!.split(' ')[0]);
    expect(count).toBeGreaterThanOrEqual(15);
    // The token leaves the address bar once the page has it.
    expect(page.url()).not.toContain('token=');
  });

  test('navigates to every screen, each naming itself in one heading', async ({ page, openApp }) => {
    await openApp(page);
    const nav = page.getByRole('navigation');
    for (const name of SCREENS_EN) {
      await nav.getByRole('link', { name, exact: true }).click();
      await expect(nav.getByRole('link', { name, exact: true })).toHaveAttribute('aria-current', 'page');
      // Each screen names itself in its one top heading (a finished screen may word it its own way).
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    }
    for (const name of ['Today', 'Review', 'Settings']) {
      await nav.getByRole('link', { name, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
    }
  });

  test('switches the UI to Spanish and keeps the choice after a reload', async ({ page, openApp }) => {
    await openApp(page);
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await page.getByLabel('Language').selectOption('es');
    const nav = page.getByRole('navigation');
    for (const name of SCREENS_ES) await expect(nav.getByRole('link', { name, exact: true })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Ajustes' })).toBeVisible();
    await nav.getByRole('link', { name: 'Hoy', exact: true }).click();
    await expect(page.locator('[data-deck-id="kubernetes-basico"]').getByTestId('deck-card-count')).toHaveText(/^\d+ tarjetas$/);
  });

  test('follows a dark theme choice', async ({ page, openApp }) => {
    await openApp(page);
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await page.getByLabel('Theme').selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const background = await page.locator('body').evaluate((body) => getComputedStyle(body).backgroundColor);
    expect(background).toBe('rgb(15, 19, 24)');
  });
});

test.describe('browser mode, Spanish browser', () => {
  test.use({ locale: 'es-ES' });

  test('speaks Spanish when the browser does, and day one brings the capped 30 new cards', async ({ page, openApp }) => {
    await openApp(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Hoy' })).toBeVisible();
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Repasar' })).toBeVisible();
    await expect(page.getByText('Hoy toca: 0 para repasar, 30 nuevas, 0 aprendiendo.')).toBeVisible();
    // The README's picture of the Today screen.
    await page.screenshot({ path: path.resolve(__dirname, '..', '..', 'docs', 'screenshot-today.png') });
  });
});

test('the API refuses a request without the token', async ({ app, request }) => {
  const without = await request.post(`${app.origin}/api/decks:list`, { data: {} });
  expect(without.status()).toBe(401);
  const withToken = await request.post(`${app.origin}/api/decks:list`, { data: {}, headers: { Authorization: `Bearer ${app.token}` } });
  expect(withToken.status()).toBe(200);
});

test.describe('browser mode, dark OS', () => {
  test.use({ colorScheme: 'dark' });

  test('follows the OS theme until the user picks one', async ({ page, openApp }) => {
    await openApp(page);
    const background = () => page.locator('body').evaluate((body) => getComputedStyle(body).backgroundColor);
    expect(await background()).toBe('rgb(15, 19, 24)');
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await page.getByLabel('Theme').selectOption('light');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(await background()).toBe('rgb(246, 247, 249)');
  });
});
