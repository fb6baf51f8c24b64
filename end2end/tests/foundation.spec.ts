import { test, expect } from '@playwright/test';
import { ROLES, PASSWORD, goto, login, expectAccessible, ready, watchPolicy } from './helpers';

test.describe('public pages', () => {
  test('islands hydrate under the Content-Security-Policy and foreign scripts are refused', async ({ page }, testInfo) => {
    const violations = watchPolicy(page);
    // The login page has an island (the password input): its loader runs under the nonce.
    const response = await goto(page, testInfo, '/inloggen');
    const policy = response?.headers()['content-security-policy'] ?? '';
    expect(policy).toContain("frame-ancestors 'none'");
    // The page's own inline scripts are named by hash; no nonce (pages stay cacheable).
    expect(policy).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+ 'wasm-unsafe-eval'/);
    expect(policy).not.toContain('nonce-');
    expect(violations).toEqual([]);
    if (testInfo.project.name === 'js') {
      // A script added without the nonce (as an injection would be) is refused.
      await page.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'window.injected = true';
        document.body.appendChild(s);
      });
      await expect.poll(() => violations.length).toBeGreaterThan(0);
      expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
    }
  });

  test('front page, login page and 404 are accessible and in Dutch by default', async ({ page }, testInfo) => {
    await goto(page, testInfo, '/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Werk als opstap');
    await expectAccessible(page, testInfo);

    await goto(page, testInfo, '/inloggen');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inloggen');
    await expectAccessible(page, testInfo);

    const response = await goto(page, testInfo, '/bestaat-niet');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pagina niet gevonden');
    await expect(page.locator('header')).toContainText('Opstap');
    await expectAccessible(page, testInfo);
  });

  test('the language switch turns the portal into English and back', async ({ page }, testInfo) => {
    await goto(page, testInfo, '/inloggen');
    await page.getByRole('link', { name: 'English' }).click();
    await ready(page, testInfo);
    await expect(page).toHaveURL(/\/inloggen$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Log in');
    await expect(page.getByLabel('E-mail address')).toBeVisible();
    await expectAccessible(page, testInfo);
    await page.getByRole('link', { name: 'Nederlands' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  });
});

for (const account of ROLES) {
  test(`the ${account.role} logs in, sees the home page and logs out`, async ({ page }, testInfo) => {
    await login(page, testInfo, account.email, PASSWORD);
    await expect(page).toHaveURL(new RegExp(`${account.home}$`));
    await expect(page.getByText(account.marker).first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Uitloggen' })).toBeVisible();
    await ready(page, testInfo);
    await expectAccessible(page, testInfo);

    // A reload keeps the session (it is a cookie, not page state).
    await page.reload();
    await ready(page, testInfo);
    await expect(page.getByText(account.marker).first()).toBeVisible();

    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('link', { name: 'Inloggen', exact: true })).toBeVisible();
    // The home page is closed again.
    await goto(page, testInfo, account.home);
    await expect(page).toHaveURL(/\/inloggen\?terug=/);
  });
}

test('a wrong password is refused with a message', async ({ page }, testInfo) => {
  await login(page, testInfo, 'balie@opstap.example', 'niet-het-wachtwoord');
  await expect(page.getByRole('alert')).toContainText('horen niet bij elkaar');
  await expect(page).toHaveURL(/\/inloggen/);
  await expect(page.getByRole('button', { name: 'Uitloggen' })).toHaveCount(0);
  await expectAccessible(page, testInfo);
});

test('an empty e-mail address gets a message next to the field', async ({ page }, testInfo) => {
  await login(page, testInfo, '', 'iets');
  await expect(page.locator('#field-email-error')).toContainText('e-mailadres');
  await expect(page.getByLabel('E-mailadres')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, testInfo);
});

test('a wrong role gets "no access"', async ({ page }, testInfo) => {
  await login(page, testInfo, 'werkgever@opstap.example', PASSWORD);
  await expect(page).toHaveURL(/\/werkgever$/);
  const response = await goto(page, testInfo, '/balie');
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Geen toegang');
  await expectAccessible(page, testInfo);
});

test('a visitor who opens a role page logs in and returns to it', async ({ page }, testInfo) => {
  await goto(page, testInfo, '/buddy');
  await expect(page).toHaveURL(/\/inloggen\?terug=%2Fbuddy|\/inloggen\?terug=\/buddy/);
  await page.getByLabel('E-mailadres').fill('buddy@opstap.example');
  await page.getByLabel('Wachtwoord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page).toHaveURL(/\/buddy$/);
  await expect(page.getByText('Volgend contact')).toBeVisible();
});
