// The pages the delivery benchmarks measure, found on a running portal with the demo
// region: the board, one opening, the login page, the buddy's pairing page and the desk's
// candidate page. Logged-in pages get a session by logging in through the form.
import { chromium } from '@playwright/test';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];

export async function launch() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** The session cookie of `email` (demo password), logged in through the form. */
export async function sessionCookie(browser, base, email) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/inloggen`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill('opstap-demo');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/inloggen'));
  const cookies = await context.cookies();
  await context.close();
  return cookies;
}

async function firstLink(browser, base, cookies, path, prefix) {
  const context = await browser.newContext();
  if (cookies) await context.addCookies(cookies);
  const page = await context.newPage();
  await page.goto(`${base}${path}`);
  const href = await page.locator(`main a[href^="${prefix}"]`).first().getAttribute('href');
  await context.close();
  if (!href) throw new Error(`no link to ${prefix} on ${path}`);
  return href;
}

export async function pages(browser, base) {
  const buddy = await sessionCookie(browser, base, 'buddy@opstap.example');
  const desk = await sessionCookie(browser, base, 'balie@opstap.example');
  const opening = await firstLink(browser, base, null, '/vacatures', '/vacatures/');
  const pairing = await firstLink(browser, base, buddy, '/buddy', '/buddy/koppelingen/');
  const candidate = await firstLink(browser, base, desk, '/balie/kandidaten', '/balie/kandidaten/');
  return [
    { name: 'board', path: '/vacatures', cookies: null, public: true },
    { name: 'an opening', path: opening, cookies: null, public: true },
    { name: 'login page', path: '/inloggen', cookies: null, public: true },
    { name: "buddy's pairing page", path: pairing, cookies: buddy, public: false },
    { name: "desk's candidate page", path: candidate, cookies: desk, public: false },
  ];
}
