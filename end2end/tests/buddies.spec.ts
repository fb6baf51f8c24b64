import { test, expect, Page, TestInfo } from '@playwright/test';
import { PASSWORD, goto, login, ready, qp, mailsTo, expectAccessibleAtBothSizes } from './helpers';

// Journey 4 on a phone: the desk records a placement, invites a new buddy and pairs them;
// the invitation and the pairing arrive at the SMTP sink; the buddy sets a password, logs a
// check-in with the "needs the desk" flag; the consultant's e-mail arrives; the desk marks
// the flag handled with a note. axe-core checks every new page at phone and desktop size.

const PHONE = { width: 390, height: 844 };

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The first message to `address` whose decoded text matches `needle`, within 20 s. */
async function mailWith(address: string, needle: string): Promise<string> {
  let found: string | undefined;
  await expect
    .poll(
      () => {
        found = mailsTo(address).map(qp).find((m) => m.includes(needle));
        return found !== undefined;
      },
      { timeout: 20_000, message: `mail to ${address} with "${needle}"` },
    )
    .toBe(true);
  return found ?? '';
}

async function registerCandidate(desk: Page, testInfo: TestInfo, client: string, first: string) {
  await goto(desk, testInfo, '/balie/kandidaten/nieuw');
  await desk.getByLabel('Klantnummer').fill(client);
  await desk.getByLabel('Voornaam').fill(first);
  await desk.getByLabel('Achternaam').fill('Achternaamgeheim');
  await desk.getByLabel('Telefoonnummer (niet verplicht)').fill('06 1122 3344');
  await desk.getByLabel('Gemeente').fill('Tiel');
  await desk.getByLabel('Postcode').fill('4001 AB');
  await desk.getByLabel('Geboortejaar').fill('1990');
  await desk.getByLabel('Opleidingsniveau').selectOption('mbo2');
  await desk.getByLabel('Taalniveau Nederlands').selectOption('B1');
  await desk.getByLabel('Uren per week beschikbaar').fill('24');
  await desk.getByLabel('Groen').check();
  await desk.getByLabel('Consulent', { exact: true }).selectOption({ label: 'Bart van de Balie' });
  await desk.getByLabel('Waarvoor gaf de kandidaat toestemming').selectOption('profile_phone');
  await desk.getByRole('button', { name: 'Kandidaat opslaan' }).click();
  await expect(desk).toHaveURL(/\/balie\/kandidaten\/\d+$/);
  await ready(desk, testInfo);
}

test.use({ viewport: PHONE });

test('the desk pairs a buddy; the buddy logs a check-in with a flag; the desk handles it', async ({ browser }, testInfo) => {
  test.setTimeout(180_000);
  const js = testInfo.project.name === 'js';
  const suffix = js ? 'js' : 'nojs';
  const first = js ? 'Jorien' : 'Nadia';
  const buddyEmail = `buddy-${suffix}@vrijwilligers.example`;
  const buddyName = `Henk Vrijwilliger ${suffix}`;

  // The desk registers a candidate (consent covers the phone for the buddy) and records
  // the placement from the candidate's page.
  const deskContext = await browser.newContext({ javaScriptEnabled: js, viewport: PHONE });
  const desk = await deskContext.newPage();
  await login(desk, testInfo, 'balie@opstap.example', PASSWORD);
  await expect(desk).toHaveURL(/\/balie$/);
  await registerCandidate(desk, testInfo, `B4${suffix}`, first);
  await desk.getByRole('link', { name: 'Plaatsing vastleggen' }).click();
  await ready(desk, testInfo);
  await expect(desk).toHaveURL(/\/balie\/plaatsingen\/nieuw\?kandidaat=\d+$/);
  await expectAccessibleAtBothSizes(desk, testInfo);
  // Nothing chosen: messages beside the fields, what was typed stays.
  await desk.getByLabel('Uren per week').fill('24');
  await desk.getByRole('button', { name: 'Plaatsing vastleggen' }).click();
  await expect(desk.locator('#field-employer-error')).toContainText('Kies een van de mogelijkheden');
  await expect(desk.locator('#field-kind-error')).toBeVisible();
  await expect(desk.getByLabel('Uren per week')).toHaveValue('24');
  await desk.getByLabel('Werkgever').selectOption({ index: 1 });
  await desk.getByLabel('Soort plaatsing').selectOption('job');
  await desk.getByLabel('Soort contract').selectOption('temporary');
  await desk.getByLabel('Social return-waarde (euro)').fill('6500');
  await desk.getByLabel('Uit de bijstand').selectOption('partial');
  await desk.getByRole('button', { name: 'Plaatsing vastleggen' }).click();
  await expect(desk).toHaveURL(/\/balie\/plaatsingen\/\d+$/);
  await ready(desk, testInfo);
  const placementUrl = new URL(desk.url()).pathname;
  await expect(desk.getByRole('heading', { level: 1 })).toContainText(first);
  await expect(desk.locator('#behoud')).toContainText('1 maand na start');
  await expectAccessibleAtBothSizes(desk, testInfo);

  // The desk invites a new buddy; the invitation arrives at the SMTP sink.
  await goto(desk, testInfo, '/balie/buddies');
  await expectAccessibleAtBothSizes(desk, testInfo);
  await desk.getByLabel('Naam', { exact: true }).fill(buddyName);
  await desk.getByLabel('E-mailadres').fill(buddyEmail);
  await desk.getByRole('button', { name: 'Uitnodiging versturen' }).click();
  await expect(desk.getByRole('cell', { name: buddyEmail })).toBeVisible();
  const invitation = await mailWith(buddyEmail, '/wachtwoord/');
  const link = /\/wachtwoord\/[0-9a-f]{64}/.exec(invitation)?.[0] ?? '';
  expect(link).not.toBe('');

  // The desk pairs the buddy with the placement; the buddy hears what they need.
  await goto(desk, testInfo, placementUrl);
  await desk.getByLabel('Buddy', { exact: true }).selectOption({ label: `${buddyName} (0)` });
  await desk.getByLabel('Contactritme').selectOption('weekly');
  await desk.getByRole('button', { name: 'Koppelen', exact: true }).click();
  await expect(desk.locator('#buddy table')).toContainText(buddyName);
  const paired = await mailWith(buddyEmail, 'Nieuwe koppeling');
  expect(paired).toContain(first);
  expect(paired).toContain('06 1122 3344');
  expect(paired).not.toContain('Achternaamgeheim');

  // The buddy sets a password on their phone and lands on their people.
  const buddyContext = await browser.newContext({ javaScriptEnabled: js, viewport: PHONE });
  const buddy = await buddyContext.newPage();
  await goto(buddy, testInfo, link);
  await buddy.getByLabel('Nieuw wachtwoord').fill('een lange zin als wachtwoord');
  await buddy.getByLabel('Herhaal het wachtwoord').fill('een lange zin als wachtwoord');
  await buddy.getByRole('button', { name: 'Wachtwoord opslaan en inloggen' }).click();
  await expect(buddy).toHaveURL(/\/buddy$/);
  await ready(buddy, testInfo);
  await expect(buddy.getByRole('link', { name: first })).toBeVisible();
  await expect(buddy.getByText('Achternaamgeheim')).toHaveCount(0);
  await expectAccessibleAtBothSizes(buddy, testInfo);

  // The check-in: first without a score (message beside it), then with the flag.
  await buddy.getByRole('link', { name: first }).click();
  await expect(buddy).toHaveURL(/\/buddy\/koppelingen\/\d+$/);
  await ready(buddy, testInfo);
  await expect(buddy.getByText('06 1122 3344')).toBeVisible();
  await expectAccessibleAtBothSizes(buddy, testInfo);
  await buddy.getByLabel('Telefoon', { exact: true }).check();
  await buddy.getByLabel('Hoe gaat het op het werk?').fill('Conflict met de planner over de roosters');
  await buddy.getByLabel('De balie moet hiernaar kijken').check();
  await buddy.getByRole('button', { name: 'Opslaan' }).click();
  await expect(buddy.locator('#field-score-error')).toContainText('van 1 (slecht) tot 5 (goed)');
  await expect(buddy.getByLabel('Hoe gaat het op het werk?')).toHaveValue('Conflict met de planner over de roosters');
  await expect(buddy.getByLabel('De balie moet hiernaar kijken')).toBeChecked();
  await expectAccessibleAtBothSizes(buddy, testInfo);
  await buddy.getByLabel('3', { exact: true }).check();
  await buddy.getByRole('button', { name: 'Opslaan' }).click();
  await expect(buddy.getByRole('status')).toContainText('Het contactmoment is opgeslagen');
  await expect(buddy.locator('.checkins')).toContainText('Conflict met de planner');
  await expect(buddy.locator('.checkins')).toContainText('Signaal naar de balie');

  // The consultant's e-mail arrives at once, with the link to the flag.
  const alert = await mailWith('balie@opstap.example', `over ${first}`);
  expect(alert).toContain('/balie/signalen/');
  expect(alert).not.toContain('Conflict met de planner');

  // The desk sees the open flag on its home and marks it handled with a note.
  await goto(desk, testInfo, '/balie');
  const flagLink = desk.locator('#signalen').getByRole('link', { name: new RegExp(first) });
  await expect(flagLink).toBeVisible();
  await flagLink.click();
  await expect(desk).toHaveURL(/\/balie\/signalen\/\d+\?terug=balie$/);
  await ready(desk, testInfo);
  await expect(desk.locator('.facts')).toContainText('Conflict met de planner');
  await expectAccessibleAtBothSizes(desk, testInfo);
  await desk.getByRole('button', { name: 'Markeer als afgehandeld' }).click();
  await expect(desk.locator('#field-note-error')).toContainText('Schrijf kort op wat er gedaan is');
  await desk.getByLabel('Wat is er gedaan?').fill('Gebeld met werkgever; rooster aangepast');
  await desk.getByRole('button', { name: 'Markeer als afgehandeld' }).click();
  await expect(desk).toHaveURL(/\/balie(#signalen)?$/);
  await ready(desk, testInfo);
  await expect(desk.locator('#signalen').getByRole('link', { name: new RegExp(first) })).toHaveCount(0);
  await expectAccessibleAtBothSizes(desk, testInfo);

  // The placement's story shows the check-in and how the flag was handled.
  await goto(desk, testInfo, placementUrl);
  await expect(desk.locator('#contact')).toContainText('Afgehandeld');
  await expect(desk.locator('#contact')).toContainText('Gebeld met werkgever; rooster aangepast');

  // Another buddy cannot open this pairing by its id.
  const pairingPath = /\/buddy\/koppelingen\/\d+/.exec(paired)?.[0] ?? '';
  const otherContext = await browser.newContext({ javaScriptEnabled: js, viewport: PHONE });
  const other = await otherContext.newPage();
  await login(other, testInfo, 'buddy@opstap.example', PASSWORD);
  await expect(other).toHaveURL(/\/buddy$/);
  const response = await other.goto(pairingPath);
  expect(response?.status()).toBe(404);
  await expect(other.getByText(first)).toHaveCount(0);

  await deskContext.close();
  await buddyContext.close();
  await otherContext.close();
});

test('the placement list, a placement and its edit form are accessible at both sizes', async ({ page }, testInfo) => {
  // Eight axe runs (each in a hydrated twin without JavaScript): over 30 s when the other
  // worker is busy too.
  test.setTimeout(90_000);
  await login(page, testInfo, 'balie@opstap.example', PASSWORD);
  await expect(page).toHaveURL(/\/balie$/);
  await ready(page, testInfo);
  await expectAccessibleAtBothSizes(page, testInfo);
  await goto(page, testInfo, '/balie/plaatsingen');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plaatsingen');
  await expectAccessibleAtBothSizes(page, testInfo);
  // A demo placement with a buddy: its story and edit form.
  await page.locator('table a').first().click();
  await expect(page).toHaveURL(/\/balie\/plaatsingen\/\d+$/);
  await ready(page, testInfo);
  await expectAccessibleAtBothSizes(page, testInfo);
  await page.getByRole('link', { name: 'Plaatsing wijzigen' }).click();
  await ready(page, testInfo);
  await expect(page.getByLabel('Startdatum')).not.toHaveValue('');
  await expectAccessibleAtBothSizes(page, testInfo);
});
