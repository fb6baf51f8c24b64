import { test, expect } from '@playwright/test';
import * as fs from 'fs';
import * as path from 'path';
import { PASSWORD, goto, login, expectAccessible, ready } from './helpers';
import { postLearningPlace, publish, expectPublic } from './journeys';
import { SMTP_DIR } from '../smtp-sink';

// Journeys 1 and 2 in one go: register → the desk approves → the e-mail arrives at the SMTP
// sink → the link sets a password → the employer is logged in → posts a learning place →
// the desk publishes → it is on the board, in the feed and in the API.
const mailDir = SMTP_DIR;

function linkFor(address: string): string | undefined {
  if (!fs.existsSync(mailDir)) return undefined;
  for (const file of fs.readdirSync(mailDir)) {
    const raw = fs.readFileSync(path.join(mailDir, file), 'utf8');
    const text = raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
    if (text.includes(address)) {
      const m = text.match(/\/wachtwoord\/([0-9a-f]{64})/);
      if (m) return `/wachtwoord/${m[1]}`;
    }
  }
  return undefined;
}

test('an organisation registers, is approved, sets a password and is logged in', async ({ browser }, testInfo) => {
  test.setTimeout(120_000);
  const js = testInfo.project.name === 'js';
  const kvk = js ? '87654321' : '87654322';
  const email = `contact-${testInfo.project.name}@appelgaard.example`;
  const visitor = await browser.newContext({ javaScriptEnabled: js });
  const page = await visitor.newPage();

  await goto(page, testInfo, '/');
  await page.getByRole('link', { name: 'Meld uw organisatie aan als partner' }).click();
  await ready(page, testInfo);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Partner worden');
  await expectAccessible(page, testInfo);

  // A mistake first: the message appears beside the field and nothing typed is lost.
  await page.getByLabel('Naam van de organisatie').fill(`Kwekerij De Appelgaard ${testInfo.project.name}`);
  await page.getByLabel('KvK-nummer').fill('1234');
  await page.getByLabel('Sector').selectOption('greenery');
  await page.getByLabel('Straat').fill('Dorpsstraat');
  await page.getByLabel('Huisnummer').fill('7');
  await page.getByLabel('Postcode').fill('4021 AB');
  await page.getByLabel('Plaats').fill('Maurik');
  await page.getByLabel('Gemeente').fill('Buren');
  await page.getByLabel('Naam contactpersoon').fill('Ineke de Boer');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Telefoonnummer').fill('0344 123456');
  await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
  await expect(page.locator('#field-kvk-error')).toContainText('8 cijfers');
  await expect(page.getByLabel('Plaats')).toHaveValue('Maurik');
  await expect(page.getByLabel('Sector')).toHaveValue('greenery');
  await expectAccessible(page, testInfo);

  await page.getByLabel('KvK-nummer').fill(kvk);
  await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
  await expect(page).toHaveURL(/\/aanmelden\/bedankt$/);
  await expectAccessible(page, testInfo);

  // The desk approves it.
  const deskContext = await browser.newContext({ javaScriptEnabled: js });
  const desk = await deskContext.newPage();
  await login(desk, testInfo, 'balie@opstap.example', PASSWORD);
  await expect(desk).toHaveURL(/\/balie$/);
  await goto(desk, testInfo, '/balie/aanmeldingen');
  await expectAccessible(desk, testInfo);
  await desk.getByRole('link', { name: `Kwekerij De Appelgaard ${testInfo.project.name}` }).click();
  await ready(desk, testInfo);
  await expect(desk.getByText(kvk)).toBeVisible();
  await expectAccessible(desk, testInfo);
  await desk.getByLabel('Accountmanager').selectOption({ label: 'Bart van de Balie' });
  await desk.getByRole('button', { name: 'Goedkeuren en welkomstmail sturen' }).click();
  await expect(desk).toHaveURL(/\/balie\/aanmeldingen$/);
  await expect(desk.getByText(`Kwekerij De Appelgaard ${testInfo.project.name}`)).toHaveCount(0);

  // The welcome mail arrives (the worker writes it to the mail folder).
  await expect.poll(() => linkFor(email), { timeout: 15_000 }).toBeTruthy();
  const link = linkFor(email)!;
  // The desk can read what was sent.
  await goto(desk, testInfo, '/balie/post');
  await expect(desk.getByText(`Welkom bij Opstap / Welcome to Opstap – Kwekerij De Appelgaard ${testInfo.project.name}`)).toBeVisible();
  await expectAccessible(desk, testInfo);

  await goto(page, testInfo, link);
  await expect(page.getByText(email)).toBeVisible();
  await expectAccessible(page, testInfo);
  await page.getByLabel('Nieuw wachtwoord').fill('een lange zin als wachtwoord');
  await page.getByLabel('Herhaal het wachtwoord').fill('een lange zin als wachtwoord');
  await page.getByRole('button', { name: 'Wachtwoord opslaan en inloggen' }).click();
  await expect(page).toHaveURL(/\/werkgever$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Kwekerij De Appelgaard ${testInfo.project.name}`);

  // The new employer user invites a colleague.
  await page.getByRole('link', { name: "Collega's" }).click();
  await ready(page, testInfo);
  await expectAccessible(page, testInfo);
  await page.getByLabel('Naam', { exact: true }).fill('Sanne Smit');
  await page.getByLabel('E-mailadres').fill(`sanne-${testInfo.project.name}@appelgaard.example`);
  await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
  await expect(page.getByRole('cell', { name: `sanne-${testInfo.project.name}@appelgaard.example` })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'uitgenodigd' })).toBeVisible();

  // The link works once.
  const again = await page.goto(link);
  expect(again?.status()).toBe(404);

  // Journey 2: the new partner posts a learning place, the desk publishes it.
  const title = `Leerling kweker ${testInfo.project.name}`;
  const id = await postLearningPlace(page, testInfo, title);
  await publish(desk, testInfo, id);
  await expectPublic(browser, testInfo, title);
  await visitor.close();
  await deskContext.close();
});
