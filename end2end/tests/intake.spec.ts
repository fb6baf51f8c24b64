import { test, expect, Page } from '@playwright/test';
import { PASSWORD, goto, login, ready, mailsTo, qp, expectAccessibleAtBothSizes } from './helpers';

// Journey 6: the desk imports its caseload (two bad rows shown with their line numbers and
// not stored; the same file again stores nothing new), starts a campaign, invites a wave
// (the e-mail with its calendar file arrives at the SMTP sink; the letter prints on one
// A4), records outcomes (held, moved, no-show with a try, exempted), completes an intake
// with a ladder step and stress factors (the person is then in the pool and can be
// matched) and the coverage shows it all; someone not yet invited is exempted from the
// members' list; then the campaign is extended and closed. With
// JavaScript and without; axe-core at phone and desktop size on every page.

/** Today in the Netherlands, `YYYY-MM-DD`. */
function dutchToday(offsetDays = 0): string {
  const d = new Date(Date.now() + offsetDays * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(d);
}

/** The Monday at least a week ahead, `YYYY-MM-DD`. */
function mondayAhead(): string {
  for (let n = 7; n < 14; n++) {
    const day = dutchToday(n);
    if (new Date(`${day}T12:00:00Z`).getUTCDay() === 1) return day;
  }
  throw new Error('no Monday');
}

/** 20 clients (Windows-1252, `;`): line 4 has a bad postcode, line 9 an impossible birth year. */
function caseload(tag: string): Buffer {
  const rows = ['klantnummer;naam;adres;postcode;gemeente;wijk;geboortejaar;startdatum uitkering;e-mail'];
  for (let i = 0; i < 20; i++) {
    const postcode = i === 2 ? '0241 AB' : '7241 AB';
    const year = i === 7 ? '1890' : String(1970 + i);
    const email = i % 2 === 0 ? `e2e.${tag.toLowerCase()}.${i}@example.nl` : '';
    const start = `01-${String((i % 12) + 1).padStart(2, '0')}-${2000 + i}`;
    rows.push(`E2E-${tag}-${i};Zoë${i} Test${tag};Kerkstraat ${i + 1};${postcode};Lochem;Wijk ${tag};${year};${start};${email}`);
  }
  return Buffer.from(rows.join('\r\n') + '\r\n', 'latin1');
}

async function upload(page: Page, testInfo: Parameters<typeof goto>[1], file: Buffer) {
  await goto(page, testInfo, '/balie/intake/import');
  await page.getByLabel('CSV-bestand').setInputFiles({ name: 'klantenbestand.csv', mimeType: 'text/csv', buffer: file });
  await page.getByRole('button', { name: 'Bestand bekijken' }).click();
  await expect(page).toHaveURL(/\/balie\/intake\/import\/\d+/);
  await ready(page, testInfo);
}

function tile(page: Page, label: string) {
  return page.locator('.tile').filter({ has: page.locator('.tile-label', { hasText: new RegExp(`^${label}$`) }) }).locator('.tile-value');
}

test('the desk imports its caseload, runs a campaign and watches its coverage', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  const js = testInfo.project.name === 'js';
  const tag = `${js ? 'J' : 'N'}${Date.now() % 100000}`;
  const file = caseload(tag);
  await login(page, testInfo, 'balie@opstap.example', PASSWORD);
  await expect(page).toHaveURL(/\/balie$/);
  await goto(page, testInfo, '/balie/intake');
  await expectAccessibleAtBothSizes(page, testInfo);

  // The preview: every row, the two refused ones first with their line and reason.
  await upload(page, testInfo, file);
  const refused = page.locator('tr.refused');
  await expect(refused).toHaveCount(2);
  await expect(refused.nth(0).locator('td').first()).toHaveText('4');
  await expect(refused.nth(1).locator('td').first()).toHaveText('9');
  await expect(refused.nth(0)).toContainText('Geen Nederlandse postcode');
  await expect(refused.nth(1)).toContainText('Geen geboortejaar');
  await expect(tile(page, 'Nieuw')).toHaveText('18');
  await expectAccessibleAtBothSizes(page, testInfo);
  await page.getByRole('link', { name: /^Alle regels/ }).click();
  await ready(page, testInfo);
  await expect(page.getByRole('cell', { name: `Zoë0 Test${tag}` })).toBeVisible();
  await page.getByRole('button', { name: 'Goede regels opslaan' }).click();
  await ready(page, testInfo);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Import');
  await expect(page.getByText(/^opgeslagen door/)).toBeVisible();

  // The same file again: nothing new, and the page says it was stored before.
  await upload(page, testInfo, file);
  await expect(page.getByText('Dit bestand is al eens opgeslagen')).toBeVisible();
  await expect(tile(page, 'Nieuw')).toHaveText('0');
  await expect(tile(page, 'Ongewijzigd')).toHaveText('18');
  await page.getByRole('button', { name: 'Goede regels opslaan' }).click();
  await ready(page, testInfo);
  await expect(page.getByText(/^opgeslagen door/)).toBeVisible();
  await goto(page, testInfo, `/balie/intake/klanten?q=${encodeURIComponent(`Test${tag}`)}`);
  await expect(page.getByText('18 gevonden')).toBeVisible();
  await expectAccessibleAtBothSizes(page, testInfo);

  // A campaign for this district: its 18 people.
  await goto(page, testInfo, '/balie/intake/campagnes/nieuw');
  await expectAccessibleAtBothSizes(page, testInfo);
  await page.getByLabel('Naam', { exact: true }).fill(`Iedereen in beeld ${tag}`);
  await page.getByLabel('Begint op').fill(dutchToday());
  await page.getByLabel('Eindigt op').fill(dutchToday(60));
  await page.getByLabel('Doel: aantal gesprekken').fill('10');
  await page.getByLabel('Wijk', { exact: true }).fill(`Wijk ${tag}`);
  await page.getByLabel('Bart van de Balie').check();
  await page.getByRole('button', { name: 'Campagne opslaan' }).click();
  await expect(page).toHaveURL(/\/balie\/intake\/campagnes\/\d+$/);
  await ready(page, testInfo);
  const campaignUrl = page.url();
  await expect(tile(page, 'Mensen')).toHaveText('18');

  // A wave of six: e-mail with a calendar file where there is an address, else a letter.
  await page.getByLabel('Eerste dag').fill(mondayAhead());
  await page.getByLabel('Aantal werkdagen').fill('5');
  await page.getByLabel('Plaats van de gesprekken').fill('Stadskantoor, Markt 1, Lochem');
  await page.getByLabel('Aantal mensen').fill('6');
  await page.getByRole('button', { name: 'Uitnodigingen maken' }).click();
  await ready(page, testInfo);
  await expect(page.getByRole('heading', { name: /^Uitnodigingen \(6\)$/ })).toBeVisible();
  await expectAccessibleAtBothSizes(page, testInfo);
  const invitationMail = () => mailsTo(`e2e.${tag.toLowerCase()}.0@example.nl`).find((m) => /Content-Type: text\/calendar/i.test(m));
  await expect.poll(invitationMail, { timeout: 20_000 }).toBeTruthy();
  expect(qp(invitationMail()!)).toContain('Stadskantoor, Markt 1, Lochem');

  // The letter for someone without e-mail: one A4 page, without the portal's frame.
  await page.getByRole('link', { name: `Zoë1 Test${tag}` }).click();
  await ready(page, testInfo);
  await page.getByRole('link', { name: 'Brief om te printen' }).click();
  await expect(page).toHaveURL(/\/brief$/);
  await ready(page, testInfo);
  await expect(page.getByText('Kunt u niet?')).toBeVisible();
  await expectAccessibleAtBothSizes(page, testInfo);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length, 'the letter fits one A4').toBe(1);

  // The whole wave's letters at once: the three without an e-mail address, one A4 each.
  await goto(page, testInfo, campaignUrl);
  await page.getByRole('link', { name: 'Brieven printen' }).click();
  await expect(page).toHaveURL(/\/brieven\?golf=1$/);
  await ready(page, testInfo);
  await expect(page.locator('article.letter')).toHaveCount(3);
  await expectAccessibleAtBothSizes(page, testInfo);
  await page.emulateMedia({ media: 'print' });
  const letters = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  expect(letters.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length, 'one A4 a letter').toBe(3);

  // Outcomes. A conversation is recorded held or missed from its day: two appointments are
  // moved to today first (another time per project: one consultant serves both).
  const openInvitation = async (name: string) => {
    await goto(page, testInfo, campaignUrl);
    await page.getByRole('link', { name }).first().click();
    await expect(page).toHaveURL(/\/uitnodigingen\/\d+$/);
    await ready(page, testInfo);
  };
  const moveTo = async (day: string, time: string) => {
    await page.getByLabel('Dag', { exact: true }).fill(day);
    await page.getByLabel('Tijd', { exact: true }).fill(time);
    await page.getByRole('button', { name: 'Afspraak maken' }).click();
    await ready(page, testInfo);
    await expect(page.getByText(/^gepland$/)).toBeVisible();
  };
  const record = async (outcome: string, reason?: string) => {
    await page.getByLabel(outcome, { exact: true }).check();
    if (reason) await page.getByLabel('Reden van vrijstelling').selectOption({ label: reason });
    await page.getByRole('button', { name: 'Uitkomst vastleggen' }).click();
    await ready(page, testInfo);
  };
  await openInvitation(`Zoë0 Test${tag}`);
  await moveTo(dutchToday(), js ? '07:00' : '07:30');
  await record('gesprek gevoerd');
  await expect(page.getByRole('status')).toContainText('gesprek gevoerd — vastgelegd door');
  await expectAccessibleAtBothSizes(page, testInfo);

  // The intake: what she wants and can do, what weighs on her, her step on the ladder. A
  // mistake is named next to its field and nothing is kept; then she is in the pool.
  await page.getByRole('link', { name: 'Intake vastleggen' }).click();
  await expect(page).toHaveURL(/\/intake$/);
  await ready(page, testInfo);
  await expectAccessibleAtBothSizes(page, testInfo);
  await page.getByLabel('Opleidingsniveau', { exact: true }).selectOption('mbo2');
  await page.getByLabel("Diploma's en cursussen").fill('MBO 2 Logistiek (2016)');
  await page.getByLabel('Werkervaring', { exact: true }).fill('Orderpicker, drie jaar');
  await page.getByLabel('Taalniveau Nederlands').selectOption('A2');
  await page.getByLabel('Een taalcursus Nederlands is nodig').check();
  await page.getByLabel('Uren per week beschikbaar').fill('24');
  await page.getByLabel('fiets', { exact: true }).check();
  await page.getByLabel('Talenten', { exact: true }).fill('Zorgvuldig, houdt overzicht');
  await page.getByLabel('Ambities', { exact: true }).fill('Teamleider in een magazijn');
  await page.getByLabel('Schulden', { exact: true }).check();
  await page.getByLabel('Toelichting op de belemmeringen').fill('Schuldhulp loopt');
  await page.getByLabel('Trede nu', { exact: true }).selectOption('3');
  await page.getByLabel('Groeiperspectief', { exact: true }).selectOption('5');
  await page.getByLabel('Waarvoor gaf de kandidaat toestemming').selectOption('profile');
  await page.getByRole('button', { name: 'Intake opslaan' }).click();
  await ready(page, testInfo);
  await expect(page.locator('#field-sectors_wanted')).toContainText('Kies minstens één sector');
  await page.getByLabel('Logistiek', { exact: true }).check();
  await page.getByRole('button', { name: 'Intake opslaan' }).click();
  await expect(page).toHaveURL(/\/balie\/kandidaten\/\d+$/);
  await ready(page, testInfo);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Zoë0 Test${tag}`);
  await expect(page.getByRole('cell', { name: '3 – deelname aan georganiseerde activiteiten' })).toBeVisible();
  await expect(page.getByText('Schuldhulp loopt')).toBeVisible();
  await expect(page.getByText(/^Volgende meting uiterlijk/)).toBeVisible();
  await expectAccessibleAtBothSizes(page, testInfo);
  await page.getByRole('link', { name: 'Passende vacatures' }).click();
  await ready(page, testInfo);
  await expect(page.getByRole('link', { name: 'Voordragen' }).first()).toBeVisible();

  await openInvitation(`Zoë3 Test${tag}`);
  await moveTo(dutchToday(), js ? '07:10' : '07:40');
  await record('niet verschenen');
  await page.getByLabel('Hoe', { exact: true }).selectOption({ label: 'gebeld' });
  await page.getByRole('button', { name: 'Poging vastleggen' }).click();
  await ready(page, testInfo);
  await expect(page.getByRole('heading', { name: /1 pogingen/ })).toBeVisible();
  await expectAccessibleAtBothSizes(page, testInfo);

  await openInvitation(`Zoë4 Test${tag}`);
  await record('vrijgesteld', 'mantelzorg');
  await expect(page.getByText('Reden: mantelzorg.')).toBeVisible();

  await openInvitation(`Zoë5 Test${tag}`);
  await moveTo(dutchToday(21), '14:00');

  // Coverage: 18 people — 1 seen, 1 no-show, 1 exempted, 3 invited (one moved), 12 not yet.
  await goto(page, testInfo, campaignUrl);
  const total = page.locator('table').filter({ hasText: 'Per gemeente' }).locator('tbody tr').last();
  await expect(total.locator('th')).toHaveText('Totaal');
  await expect(total.locator('td')).toHaveText(['12', '3', '1', '1', '1', '18']);
  await expect(page.getByText(/^1 van 10 gesprekken gevoerd/)).toBeVisible();
  const csv = await page.request.get(`${new URL(campaignUrl).pathname}/csv/gemeente`);
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain('Totaal;12;3;1;1;1;18');
  await expectAccessibleAtBothSizes(page, testInfo);

  // Someone not yet invited who already works is exempted before any invitation: the
  // members' list by state, their page, a reason asked for first.
  await page.getByRole('link', { name: 'Alle deelnemers, één voor één' }).click();
  await expect(page).toHaveURL(/\/deelnemers$/);
  await ready(page, testInfo);
  await expectAccessibleAtBothSizes(page, testInfo);
  await page.getByLabel('Stand in de campagne').selectOption({ label: 'nog niet uitgenodigd' });
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await ready(page, testInfo);
  await expect(page.getByText('Gevonden: 12')).toBeVisible();
  await page.getByRole('link', { name: `Zoë10 Test${tag}` }).click();
  await expect(page).toHaveURL(/\/deelnemers\/\d+$/);
  await ready(page, testInfo);
  await page.getByRole('button', { name: 'Vrijstellen' }).click();
  await ready(page, testInfo);
  await expect(page.locator('#field-reason-error')).toContainText('Kies een van de mogelijkheden');
  await expectAccessibleAtBothSizes(page, testInfo);
  await page.getByLabel('Reden van vrijstelling').selectOption({ label: 'werkt al' });
  await page.getByLabel('Toelichting').fill('Werkt sinds kort 20 uur bij de bakker');
  await page.getByRole('button', { name: 'Vrijstellen' }).click();
  await ready(page, testInfo);
  await expect(page.getByText(/^Vrijgesteld door/)).toBeVisible();
  await expect(page.getByText('vrijgesteld (werkt al)')).toBeVisible();
  await expectAccessibleAtBothSizes(page, testInfo);
  await goto(page, testInfo, campaignUrl);
  await expect(total.locator('td')).toHaveText(['11', '3', '1', '1', '2', '18']);

  // It runs longer than planned: the desk extends it and raises the target; then, done,
  // closes it — which asks for a tick first.
  await page.getByRole('link', { name: 'Campagne wijzigen' }).click();
  await expect(page).toHaveURL(/\/wijzigen$/);
  await ready(page, testInfo);
  await expectAccessibleAtBothSizes(page, testInfo);
  await page.getByLabel('Eindigt op').fill(dutchToday(90));
  await page.getByLabel('Doel: aantal gesprekken').fill('12');
  await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(page).toHaveURL(/\/balie\/intake\/campagnes\/\d+$/);
  await ready(page, testInfo);
  await expect(page.getByText(/^1 van 12 gesprekken gevoerd/)).toBeVisible();
  await page.getByRole('button', { name: 'Campagne afsluiten' }).click();
  await ready(page, testInfo);
  await expect(page.locator('#field-confirm-error')).toContainText('Vink aan');
  await expectAccessibleAtBothSizes(page, testInfo);
  await page.getByLabel('Ja, deze campagne is klaar').check();
  await page.getByRole('button', { name: 'Campagne afsluiten' }).click();
  await ready(page, testInfo);
  await expect(page.getByText(/^Afgesloten door/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Uitnodigingen maken' })).toHaveCount(0);
});
