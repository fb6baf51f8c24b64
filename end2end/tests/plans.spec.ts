import { test, expect, Page, TestInfo } from '@playwright/test';
import { PASSWORD, goto, login, ready, expectAccessibleAtBothSizes } from './helpers';

// The personal plan, the desk's part of journey 7 so far (issue #20), with JavaScript on
// and off: after the intake the desk sets out a language course at a provider and
// volunteer work it arranges itself, records the plan as agreed with the person (a
// version), moves the course on, and records a second version; a mistake is named next
// to its field. axe-core at phone and desktop size.

async function registerPerson(page: Page, testInfo: TestInfo, client: string) {
  await goto(page, testInfo, '/balie/kandidaten/nieuw');
  await page.getByLabel('Klantnummer').fill(client);
  await page.getByLabel('Voornaam').fill('Amira');
  await page.getByLabel('Achternaam').fill('Plan');
  await page.getByLabel('Gemeente').fill('Tiel');
  await page.getByLabel('Postcode').fill('4001 AB');
  await page.getByLabel('Geboortejaar').fill('1990');
  await page.getByLabel('Opleidingsniveau').selectOption('mbo2');
  await page.getByLabel('Taalniveau Nederlands').selectOption('A2');
  await page.getByLabel('Uren per week beschikbaar').fill('24');
  await page.getByLabel('Groen').check();
  await page.getByLabel('Consulent', { exact: true }).selectOption({ label: 'Bart van de Balie' });
  await page.getByLabel('Waarvoor gaf de kandidaat toestemming').selectOption('profile');
  await page.getByRole('button', { name: 'Kandidaat opslaan' }).click();
  await expect(page).toHaveURL(/\/balie\/kandidaten\/\d+$/);
  await ready(page, testInfo);
}

test('the desk agrees a plan with a language course at a provider, in versions', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const suffix = `${testInfo.project.name === 'js' ? 'J' : 'N'}${Date.now() % 100000}`;
  await login(page, testInfo, 'balie@opstap.example', PASSWORD);
  await expect(page).toHaveURL(/\/balie$/);
  await registerPerson(page, testInfo, `PLAN-${suffix}`);
  await page.getByRole('link', { name: 'Persoonlijk plan' }).click();
  await expect(page).toHaveURL(/\/plan$/);
  await ready(page, testInfo);
  await expect(page.getByText('Er is nog geen afgesproken plan')).toBeVisible();
  await expectAccessibleAtBothSizes(page, testInfo);

  // A mistake is named beside its field; then the course at the provider.
  await page.getByLabel('Soort activiteit').selectOption({ label: 'taalcursus' });
  await page.getByRole('button', { name: 'Activiteit opslaan' }).click();
  await ready(page, testInfo);
  await expect(page.locator('#field-hours_per_week-error')).toContainText('Vul dit veld in');
  await expectAccessibleAtBothSizes(page, testInfo);
  await page.getByLabel('Soort activiteit').selectOption({ label: 'taalcursus' });
  await page.getByLabel('Omschrijving (kort)').fill('NT2 A2 → B1');
  await page.getByLabel('Aanbieder').selectOption({ label: 'Taalhuis Rivierenland' });
  await page.getByLabel('Uren per week').fill('6');
  await page.getByRole('button', { name: 'Activiteit opslaan' }).click();
  await ready(page, testInfo);
  await expect(page.getByRole('heading', { name: 'taalcursus – NT2 A2 → B1' })).toBeVisible();
  await page.getByLabel('Soort activiteit').selectOption({ label: 'vrijwilligerswerk' });
  await page.getByLabel('Uren per week').fill('8');
  await page.getByRole('button', { name: 'Activiteit opslaan' }).click();
  await ready(page, testInfo);
  await expect(page.getByRole('heading', { name: 'vrijwilligerswerk' })).toBeVisible();

  // The plan as agreed with her: version 1.
  await page.getByLabel('Doelen, in de woorden van de persoon').fill('Ik wil in een magazijn werken. Eerst beter Nederlands.');
  await page.getByLabel('Wat de persoon afspreekt').fill('Ik ga twee keer per week naar de les.');
  await page.getByLabel('Wat het servicepunt afspreekt').fill('De consulent regelt de cursus en belt elke maand.');
  await page.getByLabel('Hoe de persoon instemde').selectOption({ label: 'in een gesprek' });
  await page.getByRole('button', { name: 'Versie opslaan' }).click();
  await ready(page, testInfo);
  await expect(page.getByRole('heading', { name: 'Zoals afgesproken (versie 1)' })).toBeVisible();
  await expect(page.getByText('Ik wil in een magazijn werken. Eerst beter Nederlands.').first()).toBeVisible();

  // The course starts; the page says it is not as agreed any more; version 2 takes it in.
  await page.getByLabel('Activiteit', { exact: true }).selectOption({ label: 'taalcursus – NT2 A2 → B1 (gepland)' });
  await page.getByLabel('Nieuwe stand').selectOption({ label: 'loopt' });
  await page.getByRole('button', { name: 'Stand opslaan' }).click();
  await ready(page, testInfo);
  await expect(page.getByText('nog niet in een afgesproken versie')).toBeVisible();
  await expectAccessibleAtBothSizes(page, testInfo);
  await page.getByLabel('Hoe de persoon instemde').selectOption({ label: 'aan de telefoon' });
  await page.getByRole('button', { name: 'Versie opslaan' }).click();
  await ready(page, testInfo);
  await expect(page.getByRole('heading', { name: 'Zoals afgesproken (versie 2)' })).toBeVisible();
  await expect(page.getByText('nog niet in een afgesproken versie')).toHaveCount(0);
  await expect(page.getByText(/^Versie 1, afgesproken op/)).toBeVisible();
  await expectAccessibleAtBothSizes(page, testInfo);
});
