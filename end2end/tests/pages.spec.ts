import { test, expect } from '@playwright/test';
import { PASSWORD, goto, login, expectAccessible } from './helpers';

// Pages no journey passes through still meet WCAG (axe-core finds nothing).
test('desk forms are accessible', async ({ page }, testInfo) => {
  await login(page, testInfo, 'balie@opstap.example', PASSWORD);
  await expect(page).toHaveURL(/\/balie$/);
  for (const path of ['/balie/werkgevers/nieuw', '/balie/vacatures/nieuw', '/balie/post']) {
    const res = await goto(page, testInfo, path);
    expect(res?.status(), path).toBe(200);
    await expectAccessible(page, testInfo);
  }
  // An empty save shows every message and stays accessible.
  await goto(page, testInfo, '/balie/werkgevers/nieuw');
  await page.getByRole('button', { name: 'Werkgever opslaan' }).click();
  await expect(page.locator('#field-kvk-error')).toBeVisible();
  await expect(page.locator('#field-account_manager-error')).toBeVisible();
  await expectAccessible(page, testInfo);
});

test('the edit form and a closed opening are accessible', async ({ page }, testInfo) => {
  await login(page, testInfo, 'werkgever@opstap.example', PASSWORD);
  await expect(page).toHaveURL(/\/werkgever$/);
  await goto(page, testInfo, '/werkgever/vacatures');
  const href = await page.locator('table a').first().getAttribute('href');
  await goto(page, testInfo, `${href}/bewerken`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vacature wijzigen');
  await expectAccessible(page, testInfo);
  // The demo employer has a filled opening: its public page says it is no longer open.
  const api = await (await page.request.get('/api/my_openings')).json();
  const filled = api.find((o: { status: string }) => o.status === 'filled');
  const res = await goto(page, testInfo, `/vacatures/${filled.id}`);
  expect(res?.status()).toBe(410);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze vacature staat niet meer open');
  await expectAccessible(page, testInfo);
});

// On a phone the page itself never scrolls sideways: a wide table scrolls inside its own
// region, which a keyboard can reach (axe: scrollable-region-focusable).
test('the desk lists fit a phone screen', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await login(page, testInfo, 'balie@opstap.example', PASSWORD);
  await expect(page).toHaveURL(/\/balie$/);
  for (const path of ['/balie/kandidaten', '/balie/rapportages', '/balie/plaatsingen', '/balie/buddies']) {
    const res = await goto(page, testInfo, path);
    expect(res?.status(), path).toBe(200);
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      screen: document.documentElement.clientWidth,
    }));
    expect(widths.page, `${path} scrolls sideways`).toBeLessThanOrEqual(widths.screen);
    const region = page.locator('div.scroll-x[role="region"]').first();
    await expect(region, path).toHaveAttribute('tabindex', '0');
    await expect(region, path).toHaveAttribute('aria-label', /\S/);
    await expectAccessible(page, testInfo);
  }
});
