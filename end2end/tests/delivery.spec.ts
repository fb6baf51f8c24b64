import { test, expect, Page, TestInfo } from '@playwright/test';
import { PASSWORD, mailsTo, qp, hydrated, login } from './helpers';

// What a phone gets: the real release bundle compressed, under hashed names, cached for a
// year, without cookies; and forms that work before the islands are awake. With a CPU
// slowed down six times (as a cheap phone), each form is filled and sent the moment its
// fields exist — the page is not given time to hydrate — and every submission must arrive.

/** A six times slower CPU, as Lighthouse's mobile setting and a cheap phone. */
async function slowCpu(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
}

/** Opens `path` and returns as soon as the first bytes arrived (before load, before hydration). */
async function openEarly(page: Page, path: string) {
  await page.goto(path, { waitUntil: 'commit' });
}

async function mailWith(address: string, needle: string): Promise<string> {
  let found: string | undefined;
  await expect
    .poll(() => {
      found = mailsTo(address).map(qp).find((m) => m.includes(needle));
      return found !== undefined;
    }, { timeout: 20_000 })
    .toBe(true);
  return found ?? '';
}

function jsOnly(testInfo: TestInfo) {
  // Without JavaScript there is nothing to hydrate; the no-js project posts every form of
  // the other specs already.
  test.skip(testInfo.project.name !== 'js', 'about hydration');
}

test('the bundle is sent compressed, hashed, immutable and without cookies', async ({ page }, testInfo) => {
  jsOnly(testInfo);
  const assets: { url: string; headers: Record<string, string>; size: number }[] = [];
  page.on('response', async (r) => {
    if (new URL(r.url()).pathname.startsWith('/pkg/')) {
      assets.push({ url: r.url(), headers: await r.allHeaders(), size: (await r.body()).length });
    }
  });
  await page.goto('/inloggen');
  await hydrated(page);
  await expect(page.locator('body[data-hydrated="true"]')).toHaveCount(1);
  const names = assets.map((a) => new URL(a.url).pathname);
  expect(names).toHaveLength(3);
  for (const pattern of [/^\/pkg\/opstap-[0-9a-f]{16}\.css$/, /^\/pkg\/opstap-[0-9a-f]{16}\.js$/, /^\/pkg\/opstap_bg-[0-9a-f]{16}\.wasm$/]) {
    expect(names.filter((n) => pattern.test(n)), String(pattern)).toHaveLength(1);
  }
  for (const a of assets) {
    expect(a.headers['content-encoding'], a.url).toBe('br');
    expect(a.headers['cache-control'], a.url).toBe('public, max-age=31536000, immutable');
    expect(a.headers['set-cookie'], a.url).toBeUndefined();
  }
  // The preload is used: the wasm was fetched once.
  expect(assets.filter((a) => a.url.endsWith('.wasm'))).toHaveLength(1);
  // The wasm as sent stays small: the islands only.
  const wasm = assets.find((a) => a.url.endsWith('.wasm'));
  expect(Number(wasm?.headers['content-length'])).toBeLessThan(120_000);

  // Pages without islands load no script and no WebAssembly.
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script' || r.url().endsWith('.wasm')) scripts.push(r.url());
  });
  await page.goto('/vacatures');
  await expect(page.locator('script[type="module"], link[rel="modulepreload"]')).toHaveCount(0);
  expect(scripts).toEqual([]);
});

test('on a slow phone the login form is sent before the page is hydrated and arrives', async ({ page }, testInfo) => {
  jsOnly(testInfo);
  await slowCpu(page);
  await openEarly(page, '/inloggen');
  await page.getByLabel('E-mailadres').fill('balie@opstap.example');
  await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
  const awake = await page.locator('body[data-hydrated="true"]').count();
  testInfo.annotations.push({ type: 'hydrated at submit', description: String(awake > 0) });
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page).toHaveURL(/\/balie$/);
  await expect(page.getByText('Wat op u wacht')).toBeVisible();
});

test('on a slow phone a new buddy sets a password from the welcome link at once', async ({ browser }, testInfo) => {
  jsOnly(testInfo);
  test.setTimeout(90_000);
  const email = `snel-${Date.now()}@vrijwilligers.example`;
  const desk = await browser.newPage();
  await login(desk, testInfo, 'balie@opstap.example', PASSWORD);
  await expect(desk).toHaveURL(/\/balie$/);
  await desk.goto('/balie/buddies');
  await desk.getByLabel('Naam', { exact: true }).fill('Snelle Buddy');
  await desk.getByLabel('E-mailadres').fill(email);
  await desk.getByRole('button', { name: 'Uitnodiging versturen' }).click();
  await expect(desk.getByRole('cell', { name: email })).toBeVisible();
  const link = /\/wachtwoord\/[0-9a-f]{64}/.exec(await mailWith(email, '/wachtwoord/'))?.[0] ?? '';
  expect(link).not.toBe('');

  const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await slowCpu(phone);
  await openEarly(phone, link);
  await phone.getByLabel('Nieuw wachtwoord').fill('een lange zin als wachtwoord');
  await phone.getByLabel('Herhaal het wachtwoord').fill('een lange zin als wachtwoord');
  await phone.getByRole('button', { name: 'Wachtwoord opslaan en inloggen' }).click();
  await expect(phone).toHaveURL(/\/buddy$/);
  await expect(phone.getByText('Mijn mensen')).toBeVisible();
  await desk.close();
  await phone.close();
});

test('on a slow phone the buddy logs a check-in straight away and it is stored', async ({ page }, testInfo) => {
  jsOnly(testInfo);
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await slowCpu(page);
  await openEarly(page, '/inloggen');
  await page.getByLabel('E-mailadres').fill('buddy@opstap.example');
  await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page).toHaveURL(/\/buddy$/);
  const pairing = await page.locator('a[href^="/buddy/koppelingen/"]').first().getAttribute('href');
  expect(pairing).not.toBeNull();
  const note = `Snel genoteerd ${Date.now()}`;
  await openEarly(page, pairing ?? '');
  await page.getByLabel('Telefoon', { exact: true }).check();
  await page.getByLabel('4', { exact: true }).check();
  await page.getByLabel('Hoe gaat het op het werk?').fill(note);
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('status')).toContainText('Het contactmoment is opgeslagen');
  await expect(page.locator('.checkins')).toContainText(note);
});
