import { test, expect } from '@playwright/test';
import { PASSWORD, goto, login } from './helpers';
import { postLearningPlace, publish, expectPublic } from './journeys';

// Journey 2 up to publication: the demo employer posts a learning place, the desk publishes.
test('the employer posts a learning place and the desk publishes it', async ({ browser }, testInfo) => {
  test.setTimeout(90_000);
  const js = testInfo.project.name === 'js';
  const title = `Leerling hovenier ${testInfo.project.name}`;
  const employerContext = await browser.newContext({ javaScriptEnabled: js });
  const page = await employerContext.newPage();
  await login(page, testInfo, 'werkgever@opstap.example', PASSWORD);
  await expect(page).toHaveURL(/\/werkgever$/);

  const id = await postLearningPlace(page, testInfo, title);
  const deskContext = await browser.newContext({ javaScriptEnabled: js });
  const desk = await deskContext.newPage();
  await login(desk, testInfo, 'balie@opstap.example', PASSWORD);
  await expect(desk).toHaveURL(/\/balie$/);
  await publish(desk, testInfo, id);

  await goto(page, testInfo, `/werkgever/vacatures/${id}`);
  await expect(page.locator('.facts')).toContainText('Gepubliceerd');
  await expect(page.getByRole('table')).toContainText('Bart van de Balie');
  await expectPublic(browser, testInfo, title);

  await employerContext.close();
  await deskContext.close();
});
