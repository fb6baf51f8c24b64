import { test, expect } from '@playwright/test';
import { PASSWORD, goto, login, ready, expectAccessibleAtBothSizes } from './helpers';

// The admin looks up who read a candidate's record in the audit log (JS on and off).

test('the admin finds the desk reading a candidate in the audit log', async ({ page, browser }, testInfo) => {
  // The desk opens a candidate (that read is logged).
  const desk = await (await browser.newContext({ javaScriptEnabled: testInfo.project.name === 'js' })).newPage();
  await login(desk, testInfo, 'balie@opstap.example', PASSWORD);
  await expect(desk).toHaveURL(/\/balie$/);
  await goto(desk, testInfo, '/balie/kandidaten');
  const first = desk.locator('table tbody a').first();
  const href = (await first.getAttribute('href')) ?? '';
  const id = /\/balie\/kandidaten\/(\d+)/.exec(href)?.[1] ?? '';
  expect(id).not.toBe('');
  await goto(desk, testInfo, href);

  await login(page, testInfo, 'beheer@opstap.example', PASSWORD);
  await expect(page).toHaveURL(/\/beheer$/);
  await ready(page, testInfo);
  await page.getByRole('link', { name: 'Auditlog' }).click();
  await expect(page).toHaveURL(/\/beheer\/audit$/);
  await ready(page, testInfo);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Auditlog');
  await expectAccessibleAtBothSizes(page, testInfo);

  await page.getByLabel('Wie (e-mail of naam)').fill('balie@opstap.example');
  await page.getByLabel('Soort gegeven').selectOption('candidate');
  await page.getByLabel('Nummer').fill(id);
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await expect(page).toHaveURL(new RegExp(`nummer=${id}`));
  await ready(page, testInfo);
  const row = page.locator('table tbody tr').first();
  await expect(row).toContainText('balie@opstap.example');
  await expect(row).toContainText(`candidate ${id}`);
  await expect(page.getByRole('status')).not.toContainText(/^0 /);

  // A period that ends before it starts: the message sits next to the field, and the
  // search stays filled in.
  await page.getByLabel('Van (JJJJ-MM-DD)').fill('2026-03-02');
  await page.getByLabel('Tot en met (JJJJ-MM-DD)').fill('2026-03-01');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await expect(page.locator('#field-tot-error')).toContainText('vóór de begindatum');
  await expect(page.getByLabel('Wie (e-mail of naam)')).toHaveValue('balie@opstap.example');
  await expectAccessibleAtBothSizes(page, testInfo);
});
