import { test, expect, Page, TestInfo } from '@playwright/test';
import { PASSWORD, goto, login, ready, expectAccessibleAtBothSizes } from './helpers';

// Privacy (AVG/GDPR), with JavaScript on and off: the desk shows a person everything the
// portal holds on them (a readable page and a JSON file), and the admin erases it at
// their request — a wrong form erases nothing and says why next to each field.

async function registerPerson(page: Page, testInfo: TestInfo, client: string) {
  await goto(page, testInfo, '/balie/kandidaten/nieuw');
  await page.getByLabel('Klantnummer').fill(client);
  await page.getByLabel('Voornaam').fill('Sophie');
  await page.getByLabel('Achternaam').fill('Verwijdermij');
  await page.getByLabel('E-mailadres (niet verplicht)').fill(`${client.toLowerCase()}@prive.example`);
  await page.getByLabel('Telefoonnummer (niet verplicht)').fill('06 5555 1234');
  await page.getByLabel('Gemeente').fill('Tiel');
  await page.getByLabel('Postcode').fill('4001 AB');
  await page.getByLabel('Geboortejaar').fill('1985');
  await page.getByLabel('Opleidingsniveau').selectOption('mbo2');
  await page.getByLabel('Taalniveau Nederlands').selectOption('B1');
  await page.getByLabel('Uren per week beschikbaar').fill('20');
  await page.getByLabel('Groen').check();
  await page.getByLabel('Schulden').check();
  await page.getByLabel('Toelichting op de belemmeringen').fill('Bewindvoering sinds maart');
  await page.getByLabel('Consulent', { exact: true }).selectOption({ label: 'Bart van de Balie' });
  await page.getByLabel('Waarvoor gaf de kandidaat toestemming').selectOption('profile');
  await page.getByRole('button', { name: 'Kandidaat opslaan' }).click();
  await expect(page).toHaveURL(/\/balie\/kandidaten\/\d+$/);
  await ready(page, testInfo);
}

test('the desk shows a person their data and the admin erases it on request', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const suffix = testInfo.project.name === 'js' ? 'JS' : 'NOJS';
  const client = `AVG-${suffix}`;
  await login(page, testInfo, 'beheer@opstap.example', PASSWORD);
  await expect(page).toHaveURL(/\/beheer$/);
  await registerPerson(page, testInfo, client);
  const id = /\/balie\/kandidaten\/(\d+)$/.exec(page.url())?.[1] ?? '';
  expect(id).not.toBe('');

  // Subject access: the readable overview, and the same data as JSON.
  await page.getByRole('link', { name: 'Inzage (AVG)' }).click();
  await expect(page).toHaveURL(new RegExp(`/balie/kandidaten/${id}/inzage$`));
  await ready(page, testInfo);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Sophie Verwijdermij');
  await expect(page.getByText(`${client.toLowerCase()}@prive.example`)).toBeVisible();
  await expect(page.getByText('Bewindvoering sinds maart')).toBeVisible();
  await expectAccessibleAtBothSizes(page, testInfo);
  const href = await page.getByRole('link', { name: 'Download als JSON' }).getAttribute('href');
  expect(href).toBe(`/balie/kandidaten/${id}/inzage.json`);
  const file = await page.request.get(href ?? '');
  expect(file.status()).toBe(200);
  expect(file.headers()['content-disposition']).toContain('attachment');
  const data = await file.json();
  expect(data.candidate.content.last_name).toBe('Verwijdermij');
  expect(data.obstacles.notes).toBe('Bewindvoering sinds maart');

  // Erasure: a short reason and a wrong client number erase nothing.
  await page.getByRole('link', { name: 'Terug naar de kandidaat' }).click();
  await ready(page, testInfo);
  await page.getByRole('link', { name: 'Wissen op verzoek' }).click();
  await expect(page).toHaveURL(new RegExp(`/balie/kandidaten/${id}/wissen$`));
  await ready(page, testInfo);
  await expect(page.locator('main')).toContainText(client);
  await expectAccessibleAtBothSizes(page, testInfo);
  await page.getByLabel('Reden en datum van het verzoek').fill('kort');
  await page.getByLabel('Typ ter bevestiging het klantnummer over').fill('AVG-FOUT');
  await page.getByRole('button', { name: 'Gegevens definitief wissen' }).click();
  await expect(page.locator('#field-reason-error')).toContainText('minstens 10 tekens');
  await expect(page.locator('#field-confirm-error')).toContainText('klantnummer');
  await expect(page.getByLabel('Reden en datum van het verzoek')).toHaveValue('kort');
  await expectAccessibleAtBothSizes(page, testInfo);
  await goto(page, testInfo, `/balie/kandidaten/${id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sophie Verwijdermij');

  // Right: the data is gone at once and the page says so.
  await goto(page, testInfo, `/balie/kandidaten/${id}/wissen`);
  await page.getByLabel('Reden en datum van het verzoek').fill('Verzoek per e-mail van 2 november');
  await page.getByLabel('Typ ter bevestiging het klantnummer over').fill(client);
  await page.getByRole('button', { name: 'Gegevens definitief wissen' }).click();
  await expect(page).toHaveURL(new RegExp(`/balie/kandidaten/${id}\\?gewist=1$`));
  await ready(page, testInfo);
  await expect(page.getByRole('status')).toContainText('De persoonsgegevens zijn gewist.');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`anon-${id}`);
  await expect(page.locator('main')).not.toContainText('Verwijdermij');
  await expect(page.locator('main')).not.toContainText('Bewindvoering');
  await expect(page.getByRole('link', { name: 'Wissen op verzoek' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Wijzigen' })).toHaveCount(0);
  await expectAccessibleAtBothSizes(page, testInfo);
});

test('the portal anonymised the demo region\'s people who left over two years ago when it started', async ({ page }, testInfo) => {
  await login(page, testInfo, 'balie@opstap.example', PASSWORD);
  await expect(page).toHaveURL(/\/balie$/);
  await goto(page, testInfo, '/balie/kandidaten?status=exited');
  const anonymised = page.locator('table tbody tr', { hasText: /anon-\d+/ });
  expect(await anonymised.count()).toBeGreaterThan(0);
  // The lowest number is one of the demo region's (the other test erases people it adds).
  const ids = (await anonymised.allInnerTexts()).map((row) => Number(/anon-(\d+)/.exec(row)?.[1]));
  await goto(page, testInfo, `/balie/kandidaten/${Math.min(...ids)}`);
  await expect(page.getByRole('note').first()).toContainText('bewaartermijn verstreken');
});
