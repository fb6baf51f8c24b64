import { test, expect } from '@playwright/test';
import * as fs from 'fs';
import { PASSWORD, goto, login, ready, expectAccessible, expectAccessibleAtBothSizes } from './helpers';

// Journey 5: the desk reads the year's results, narrows the period, and takes a table to a
// spreadsheet; an employer sees only their own results. Runs with JavaScript and without.

const year = new Date().getFullYear();

/** The rows of a report table on the page, as `label;n;n` lines. */
async function pageRows(page: import('@playwright/test').Page, key: string): Promise<string[]> {
  return page
    .locator(`#rapport-${key} tbody tr`)
    .evaluateAll((rows) =>
      rows.map((r) => Array.from(r.querySelectorAll('th, td')).map((c) => (c.textContent ?? '').trim()).join(';')),
    );
}

test('the desk opens the reports, changes the period and downloads a table as CSV', async ({ page }, testInfo) => {
  await login(page, testInfo, 'balie@opstap.example', PASSWORD);
  await expect(page).toHaveURL(/\/balie$/);
  await page.getByRole('navigation').getByRole('link', { name: 'Rapportages' }).click();
  await expect(page).toHaveURL(/\/balie\/rapportages$/);
  await ready(page, testInfo);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rapportages');
  // Default: this year, the whole region, every block with a chart and a table.
  await expect(page.locator('p.lead')).toHaveText(`Cijfers over 1-1-${year} – 31-12-${year} · Hele regio`);
  await expect(page.locator('#rapport-maanden tbody tr')).toHaveCount(12);
  await expect(page.locator('#rapport-maanden svg[role="img"] title')).toHaveText('Plaatsingen tegen het jaardoel');
  await expect(page.getByRole('heading', { name: 'Besparing op uitkeringen (schatting)' })).toBeVisible();
  await expectAccessibleAtBothSizes(page, testInfo);

  // A quarter instead of the year.
  await page.getByLabel('Van', { exact: true }).fill(`${year}-07-01`);
  await page.getByLabel('Tot en met', { exact: true }).fill(`${year}-09-30`);
  await page.getByRole('button', { name: 'Toon' }).click();
  await expect(page).toHaveURL(new RegExp(`van=${year}-07-01&tot=${year}-09-30`));
  await ready(page, testInfo);
  await expect(page.locator('p.lead')).toHaveText(`Cijfers over 1-7-${year} – 30-9-${year} · Hele regio`);
  const months = await pageRows(page, 'maanden');
  expect(months.map((m) => m.split(';')[0])).toEqual([`${year}-07`, `${year}-08`, `${year}-09`]);

  // The placements by kind add up to the period's total, and the CSV holds the same rows.
  const kinds = await pageRows(page, 'soort');
  const placed = Number(await page.locator('.tile').first().locator('.tile-value').textContent());
  expect(kinds.reduce((sum, row) => sum + Number(row.split(';')[1]), 0)).toBe(placed);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('#rapport-soort').getByRole('link', { name: 'Download CSV (puntkomma)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`opstap-soort-${year}-07-01-${year}-09-30.csv`);
  const file = fs.readFileSync(await download.path(), 'utf8');
  expect(file.startsWith('\uFEFF')).toBe(true);
  const lines = file.replace('\uFEFF', '').split('\r\n').filter((l) => l !== '');
  expect(lines[0]).toBe('Soort;Plaatsingen');
  expect(lines.slice(1)).toEqual(kinds);

  // The month table with commas.
  const [commas] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('#rapport-maanden').getByRole('link', { name: "CSV met komma's" }).click(),
  ]);
  const monthFile = fs.readFileSync(await commas.path(), 'utf8').replace('\uFEFF', '').split('\r\n');
  expect(monthFile[0]).toBe('Maand,Plaatsingen,Opgeteld,Doellijn');
  expect(monthFile.slice(1, 4)).toEqual(months.map((m) => m.replaceAll(';', ',')));

  // An end before the start: the message stands next to the field.
  await page.getByLabel('Van', { exact: true }).fill(`${year}-09-30`);
  await page.getByLabel('Tot en met', { exact: true }).fill(`${year}-07-01`);
  await page.getByRole('button', { name: 'Toon' }).click();
  await expect(page.locator('#field-tot-error')).toHaveText('De einddatum ligt voor de begindatum.');
  await expectAccessible(page, testInfo);
});

test('an employer cannot open the region reports but sees their own results', async ({ page }, testInfo) => {
  await login(page, testInfo, 'werkgever@opstap.example', PASSWORD);
  await expect(page).toHaveURL(/\/werkgever$/);
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Rapportages' })).toHaveCount(0);
  const refused = await goto(page, testInfo, '/balie/rapportages');
  expect(refused?.status()).toBe(403);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Geen toegang');
  await expect(page.locator('.tile')).toHaveCount(0);
  const csv = await page.request.get('/balie/rapportages/csv/sroi');
  expect(csv.status()).toBe(403);

  await goto(page, testInfo, '/werkgever');
  await page.getByRole('navigation').getByRole('link', { name: 'Onze resultaten' }).click();
  await expect(page).toHaveURL(/\/werkgever\/resultaten$/);
  await ready(page, testInfo);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Onze resultaten');
  await expect(page.locator('p.lead')).toContainText(`1-1-${year} – 31-12-${year}`);
  await expect(page.getByRole('heading', { name: 'Behoud na 3, 6 en 12 maanden' })).toBeVisible();
  const own = await page.request.get(`/werkgever/resultaten/csv/plaatsingen?van=${year}-01-01&tot=${year}-12-31`);
  expect(own.status()).toBe(200);
  const rows = (await own.text()).replace('\uFEFF', '').split('\r\n').filter((l) => l !== '');
  expect(rows[0]).toBe('Naam;Vacature;Start;Stand;Social return (euro)');
  // As many placements as the page lists (the last page row is the total).
  await expect(page.locator('#rapport-plaatsingen tbody tr')).toHaveCount(rows.length - 1);
  await expectAccessibleAtBothSizes(page, testInfo);
});

test('the admin sets the annual targets; a wrong value is refused next to its field', async ({ page }, testInfo) => {
  await login(page, testInfo, 'beheer@opstap.example', PASSWORD);
  await expect(page).toHaveURL(/\/beheer$/);
  await page.getByRole('navigation').getByRole('link', { name: 'Instellingen' }).click();
  await expect(page).toHaveURL(/\/beheer\/instellingen$/);
  await ready(page, testInfo);
  await expectAccessible(page, testInfo);
  await page.getByLabel('Vacature', { exact: true }).fill('300');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('status')).toHaveText('De instellingen zijn opgeslagen.');
  await expect(page.getByLabel('Vacature', { exact: true })).toHaveValue('300');
  // The reports count against the new target: 300 + 75 + 100 + 50 + 25.
  await goto(page, testInfo, '/balie/rapportages');
  await expect(page.locator('.tile').nth(1).locator('.tile-value')).toHaveText('550');

  await goto(page, testInfo, '/beheer/instellingen');
  await page.getByLabel('Normbedrag bijstand per maand (euro)').fill('0');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.locator('#field-monthly_norm_euros-error')).toHaveText('Vul een heel getal in van 1 tot en met 20000.');
  await expectAccessible(page, testInfo);
  await goto(page, testInfo, '/beheer/instellingen');
  await expect(page.getByLabel('Normbedrag bijstand per maand (euro)')).toHaveValue('1300');
});
