import { test, expect, Page, TestInfo, Browser } from '@playwright/test';
import { PASSWORD, goto, login, ready, qp, mailsTo, expectAccessibleAtBothSizes } from './helpers';

// A buddy forgets their password: asks for a link, a common password is refused next to the
// field, a good one logs them in and logs out every other device; then "log out on all
// devices" from the account page. JavaScript on and off.

async function mailWith(address: string, needle: string, count = 1): Promise<string> {
  let found: string[] = [];
  await expect
    .poll(
      () => {
        found = mailsTo(address).map(qp).filter((m) => m.includes(needle));
        return found.length >= count;
      },
      { timeout: 20_000, message: `mail to ${address} with "${needle}"` },
    )
    .toBe(true);
  return found[count - 1];
}

function linkIn(mail: string): string {
  const link = /\/wachtwoord\/[0-9a-f]{64}/.exec(mail)?.[0] ?? '';
  expect(link).not.toBe('');
  return link;
}

async function device(browser: Browser, testInfo: TestInfo): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: testInfo.project.name === 'js' });
  return context.newPage();
}

test('a forgotten password: link by mail, common passwords refused, other devices logged out', async ({ page, browser }, testInfo) => {
  const email = `vergeten.${testInfo.project.name}.${Date.now()}@example.nl`;
  // The desk invites a new buddy, who sets a first password with the invitation.
  await login(page, testInfo, 'balie@opstap.example', PASSWORD);
  await expect(page).toHaveURL(/\/balie$/);
  await goto(page, testInfo, '/balie/buddies');
  await page.getByLabel('Naam', { exact: true }).fill('Vera Vergeet');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
  await expect(page.getByRole('cell', { name: email })).toBeVisible();
  const laptop = await device(browser, testInfo);
  await goto(laptop, testInfo, linkIn(await mailWith(email, '/wachtwoord/')));
  await laptop.getByLabel('Nieuw wachtwoord').fill('mijn eerste lange zin');
  await laptop.getByLabel('Herhaal het wachtwoord').fill('mijn eerste lange zin');
  await laptop.getByRole('button', { name: 'Wachtwoord opslaan en inloggen' }).click();
  await expect(laptop).toHaveURL(/\/buddy$/);
  await ready(laptop, testInfo);

  // Later, on a phone, the password is gone: "forgot your password?" on the login page.
  const phone = await device(browser, testInfo);
  await goto(phone, testInfo, '/inloggen');
  await phone.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
  await expect(phone).toHaveURL(/\/wachtwoord-vergeten$/);
  await ready(phone, testInfo);
  await expectAccessibleAtBothSizes(phone, testInfo);
  await phone.getByLabel('E-mailadres').fill('geen-adres');
  await phone.getByRole('button', { name: 'Stuur mij een link' }).click();
  await expect(phone.locator('#field-email-error')).toContainText('geldig e-mailadres');
  await phone.getByLabel('E-mailadres').fill(email);
  await phone.getByRole('button', { name: 'Stuur mij een link' }).click();
  await expect(phone.getByRole('status')).toContainText('link onderweg');
  await goto(phone, testInfo, linkIn(await mailWith(email, 'Nieuw wachtwoord')));
  await phone.getByLabel('Nieuw wachtwoord').fill('Wachtwoord123');
  await phone.getByLabel('Herhaal het wachtwoord').fill('Wachtwoord123');
  await phone.getByRole('button', { name: 'Wachtwoord opslaan en inloggen' }).click();
  await expect(phone.locator('#field-password-error')).toContainText('veel gebruikt');
  await phone.getByLabel('Nieuw wachtwoord').fill('een nieuwe lange zin');
  await phone.getByLabel('Herhaal het wachtwoord').fill('een nieuwe lange zin');
  await phone.getByRole('button', { name: 'Wachtwoord opslaan en inloggen' }).click();
  await expect(phone).toHaveURL(/\/buddy$/);
  await ready(phone, testInfo);

  // The laptop was logged out by the new password.
  await goto(laptop, testInfo, '/buddy');
  await expect(laptop).toHaveURL(/\/inloggen/);

  // The account page: one device; "log out on all devices" ends it.
  await phone.getByRole('link', { name: 'Vera Vergeet' }).click();
  await expect(phone).toHaveURL(/\/account$/);
  await ready(phone, testInfo);
  await expect(phone.locator('.facts')).toContainText(email);
  await expectAccessibleAtBothSizes(phone, testInfo);
  await phone.getByRole('button', { name: 'Op alle apparaten uitloggen' }).click();
  await expect(phone).toHaveURL(/\/inloggen$/);
  await goto(phone, testInfo, '/buddy');
  await expect(phone).toHaveURL(/\/inloggen/);
});
