import { Browser, Page, TestInfo, expect } from '@playwright/test';
import { goto, expectAccessible, ready } from './helpers';

/**
 * The logged-in employer posts a learning place through the form (first with the hours the
 * wrong way round, to see the message and that nothing typed is lost) and submits it for
 * review. Returns the opening's id.
 */
export async function postLearningPlace(page: Page, testInfo: TestInfo, title: string): Promise<string> {
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
  return new URL(page.url()).pathname.split('/').pop() ?? '';
}

/** The logged-in desk member publishes opening `id` from the review list. */
export async function publish(desk: Page, testInfo: TestInfo, id: string) {
  await goto(desk, testInfo, '/balie/vacatures');
  await expectAccessible(desk, testInfo);
  await goto(desk, testInfo, `/balie/vacatures/${id}`);
  await expectAccessible(desk, testInfo);
  await desk.getByRole('button', { name: 'Publiceren' }).click();
  await expect(desk.locator('.facts')).toContainText('Gepubliceerd');
}

/** A visitor finds the opening on the board; its JSON-LD, the Atom feed and the API agree. */
export async function expectPublic(browser: Browser, testInfo: TestInfo, title: string) {
  const js = testInfo.project.name === 'js';
  const visitorContext = await browser.newContext({ javaScriptEnabled: js });
  const visitor = await visitorContext.newPage();
  await goto(visitor, testInfo, '/vacatures');
  await expectAccessible(visitor, testInfo);
  await visitor.getByLabel('Zoeken', { exact: true }).fill(title);
  await visitor.getByLabel('Soort plek').selectOption('learning_place');
  await visitor.getByRole('button', { name: 'Zoeken' }).click();
  await expect(visitor).toHaveURL(/\/vacatures\?q=/);
  await visitor.getByRole('link', { name: title }).click();
  await ready(visitor, testInfo);
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(title);
  await expectAccessible(visitor, testInfo);
  const ld = JSON.parse((await visitor.locator('script[type="application/ld+json"]').textContent()) ?? '');
  expect(ld['@type']).toBe('JobPosting');
  expect(ld.title).toBe(title);
  expect(ld.description).toBeTruthy();
  expect(ld.hiringOrganization.name).toBeTruthy();
  expect(ld.jobLocation.address.postalCode).toBe('4021 AB');
  expect(ld.datePosted).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(ld.employmentType).toContain('INTERN');

  const feed = await visitor.request.get('/vacatures/feed.atom');
  expect(feed.headers()['content-type']).toContain('application/atom+xml');
  const xml = await feed.text();
  const parser = await browser.newContext();
  const parsePage = await parser.newPage();
  const parsed = await parsePage.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const atom = 'http://www.w3.org/2005/Atom';
    return {
      error: doc.getElementsByTagName('parsererror').length,
      ns: doc.documentElement.namespaceURI,
      titles: Array.from(doc.getElementsByTagNameNS(atom, 'entry')).map(
        (e) => e.getElementsByTagNameNS(atom, 'title')[0]?.textContent,
      ),
    };
  }, xml);
  expect(parsed.error).toBe(0);
  expect(parsed.ns).toBe('http://www.w3.org/2005/Atom');
  expect(parsed.titles).toContain(title);
  await parser.close();

  const api = await (await visitor.request.get(`/api/v1/openings?q=${encodeURIComponent(title)}`)).json();
  expect(api.items.map((i: { title: string }) => i.title)).toContain(title);
  expect(typeof api.total).toBe('number');
  await visitorContext.close();
}
