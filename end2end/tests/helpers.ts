import { expect, Page, TestInfo } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import * as fs from 'fs';
import * as path from 'path';
import { SMTP_DIR } from '../smtp-sink';

export const PASSWORD = 'opstap-demo';

export const ROLES = [
  { role: 'admin', email: 'beheer@opstap.example', home: '/beheer', marker: 'Gebruikers per rol' },
  { role: 'desk', email: 'balie@opstap.example', home: '/balie', marker: 'Wat op u wacht' },
  { role: 'employer', email: 'werkgever@opstap.example', home: '/werkgever', marker: 'Uw vacatures per status' },
  { role: 'buddy', email: 'buddy@opstap.example', home: '/buddy', marker: 'Mijn mensen' },
] as const;

const policyViolations = new WeakMap<Page, string[]>();

/**
 * What the browser refused under the Content-Security-Policy on this page so far (the
 * console says "Refused to … because it violates the following Content Security Policy").
 */
export function watchPolicy(page: Page): string[] {
  let list = policyViolations.get(page);
  if (!list) {
    const seen: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) seen.push(message.text());
    });
    policyViolations.set(page, seen);
    list = seen;
  }
  return list;
}

/**
 * Pages are server-rendered; only islands (`<leptos-island>`) wake up in the browser. With
 * JavaScript on, a page that has islands is waited for until the loader marks it hydrated.
 * Every test passes here after each navigation, so it also checks that the browser refused
 * nothing under the Content-Security-Policy.
 */
export async function ready(page: Page, testInfo: TestInfo) {
  const violations = watchPolicy(page);
  if (testInfo.project.name === 'js') await hydrated(page);
  expect(violations, 'Content-Security-Policy violations').toEqual([]);
}

/** Waits until the islands of the page (if it has any) are awake. */
export async function hydrated(page: Page) {
  if ((await page.locator('leptos-island').count()) > 0) {
    await expect(page.locator('body[data-hydrated="true"]')).toHaveCount(1);
  }
}

export async function goto(page: Page, testInfo: TestInfo, path: string) {
  const response = await page.goto(path);
  await ready(page, testInfo);
  return response;
}

/**
 * axe-core must find nothing on the page as it is now. axe reads the page's HTML, which the
 * server renders the same with and without JavaScript and on either database, and it runs
 * as a script in the page: so it runs in the `js` project on the default database, and the
 * `no-js` project and the PostgreSQL run (`E2E_DATABASE_URL`) pass through the same steps
 * without it. (Until December 2026 the no-js run checked each page again in a scripted twin
 * of the browser; that twin saw the same HTML as the js run and cost a minute of every CI
 * run per database.)
 */
export async function expectAccessible(page: Page, testInfo: TestInfo) {
  if (!axeRunsIn(testInfo)) return;
  await runAxe(page);
}

/** Whether this run of a test is the one that checks pages with axe-core. */
export function axeRunsIn(testInfo: TestInfo): boolean {
  return testInfo.project.name === 'js' && !process.env.E2E_DATABASE_URL;
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

/** Quoted-printable decoded (soft breaks joined), read as UTF-8. */
export function qp(text: string): string {
  const bytes = text
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

/** Every message the SMTP sink received for `address`, as raw text. */
export function mailsTo(address: string): string[] {
  if (!fs.existsSync(SMTP_DIR)) return [];
  return fs
    .readdirSync(SMTP_DIR)
    .sort()
    .map((f) => fs.readFileSync(path.join(SMTP_DIR, f), 'utf8'))
    .filter((raw) => /^To: .*$/m.exec(raw)?.[0].includes(address));
}

/** axe-core finds nothing at a phone's size and at a desktop's; the viewport is restored. */
export async function expectAccessibleAtBothSizes(page: Page, testInfo: TestInfo) {
  if (!axeRunsIn(testInfo)) return;
  const before = page.viewportSize();
  for (const size of [{ width: 390, height: 844 }, { width: 1280, height: 900 }]) {
    await page.setViewportSize(size);
    await expectAccessible(page, testInfo);
  }
  if (before) await page.setViewportSize(before);
}
