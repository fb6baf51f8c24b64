import { test, expect } from '@playwright/test';
import { PASSWORD, goto, login, expectAccessible, ready } from './helpers';

// Journey 2 up to publication: the demo employer posts a learning place, the desk publishes.
test('the employer posts a learning place and the desk publishes it', async ({ browser }, testInfo) => {
  test.setTimeout(90_000);
  const js = testInfo.project.name === 'js';
  const title = `Leerling hovenier ${testInfo.project.name}`;
  const employerContext = await browser.newContext({ javaScriptEnabled: js });
  const page = await employerContext.newPage();
  await login(page, testInfo, 'werkgever@opstap.example', PASSWORD);
  await expect(page).toHaveURL(/\/werkgever$/);

  await goto(page, testInfo, '/werkgever/vacatures');
  await expectAccessible(page, testInfo);
  await page.getByRole('link', { name: 'Leerwerkplek' }).first().click();
  await ready(page, testInfo);
  await expect(page.getByLabel('Soort plek')).toHaveValue('learning_place');
  await expectAccessible(page, testInfo);

  await page.getByLabel('Titel').fill(title);
  await page.getByLabel('Omschrijving').fill('Je leert snoeien, planten en maaien in onze kwekerij.');
  await page.getByLabel('Sector').selectOption('greenery');
  await page.getByLabel('Gemeente').fill('Buren');
  await page.getByLabel('Postcode').fill('4021 AB');
  await page.getByLabel('Minimaal aantal uren per week').fill('24');
  await page.getByLabel('Maximaal aantal uren per week').fill('16');
  await page.getByLabel('Soort contract').selectOption('internship');
  await page.getByLabel('Taalniveau Nederlands').selectOption('A2');
  await page.getByLabel('Jongeren').check();
  await page.getByRole('button', { name: 'Ter beoordeling aanbieden' }).click();

  // Hours the wrong way round: a message beside the field, the rest as typed.
  await expect(page.locator('#field-hours_max-error')).toContainText('kleiner dan het minimum');
  await expect(page.getByLabel('Titel')).toHaveValue(title);
  await expect(page.getByLabel('Jongeren')).toBeChecked();
  await expectAccessible(page, testInfo);
  await page.getByLabel('Maximaal aantal uren per week').fill('32');
  await page.getByRole('button', { name: 'Ter beoordeling aanbieden' }).click();
  await expect(page).toHaveURL(/\/werkgever\/vacatures\/\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.locator('.facts')).toContainText('Ter beoordeling');
  await expectAccessible(page, testInfo);
  const openingUrl = new URL(page.url());
  const id = openingUrl.pathname.split('/').pop();

  const deskContext = await browser.newContext({ javaScriptEnabled: js });
  const desk = await deskContext.newPage();
  await login(desk, testInfo, 'balie@opstap.example', PASSWORD);
  await expect(desk).toHaveURL(/\/balie$/);
  await goto(desk, testInfo, '/balie/vacatures');
  await expectAccessible(desk, testInfo);
  await goto(desk, testInfo, `/balie/vacatures/${id}`);
  await expectAccessible(desk, testInfo);
  await desk.getByRole('button', { name: 'Publiceren' }).click();
  await expect(desk.locator('.facts')).toContainText('Gepubliceerd');

  await goto(page, testInfo, `/werkgever/vacatures/${id}`);
  await expect(page.locator('.facts')).toContainText('Gepubliceerd');
  await expect(page.getByRole('table')).toContainText('Bart van de Balie');
  await employerContext.close();
  await deskContext.close();
});
