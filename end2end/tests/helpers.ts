import { expect, Page, TestInfo } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const PASSWORD = 'opstap-demo';

export const ROLES = [
  { role: 'admin', email: 'beheer@opstap.example', home: '/beheer', marker: 'Gebruikers per rol' },
  { role: 'desk', email: 'balie@opstap.example', home: '/balie', marker: 'Wat op u wacht' },
  { role: 'employer', email: 'werkgever@opstap.example', home: '/werkgever', marker: 'Uw vacatures per status' },
  { role: 'buddy', email: 'buddy@opstap.example', home: '/buddy', marker: 'Mijn mensen' },
] as const;

/** With JavaScript on, wait until the page is hydrated so forms go through the app. */
export async function ready(page: Page, testInfo: TestInfo) {
  if (testInfo.project.name === 'js') {
    await expect(page.locator('body[data-hydrated="true"]')).toHaveCount(1);
  }
}

export async function goto(page: Page, testInfo: TestInfo, path: string) {
  const response = await page.goto(path);
  await ready(page, testInfo);
  return response;
}

/**
 * axe-core must find nothing on the page as it is now. axe runs as a script in the page, so
 * for the no-JavaScript run the same URL is checked in a scripted twin of the browser with
 * the same cookies (the server renders the same HTML for both).
 */
export async function expectAccessible(page: Page, testInfo: TestInfo) {
  if (testInfo.project.name === 'no-js') {
    const browser = page.context().browser();
    if (!browser) throw new Error('no browser');
    const twin = await browser.newContext({ storageState: await page.context().storageState(), javaScriptEnabled: true });
    try {
      const twinPage = await twin.newPage();
      await twinPage.goto(page.url());
      await expect(twinPage.locator('body[data-hydrated="true"]')).toHaveCount(1);
      await runAxe(twinPage);
    } finally {
      await twin.close();
    }
    return;
  }
  await runAxe(page);
}

async function runAxe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

export async function login(page: Page, testInfo: TestInfo, email: string, password: string) {
  await goto(page, testInfo, '/inloggen');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}
