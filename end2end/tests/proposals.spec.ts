import { test, expect, Page, TestInfo } from '@playwright/test';
import { PASSWORD, goto, login, expectAccessible, ready, qp, mailsTo } from './helpers';
import { postLearningPlace, publish } from './journeys';

// Journey 3: the desk registers candidates with consent, asks for matches for a published
// opening and proposes two; the employer gets the e-mail, opens the proposals (no obstacle or
// contact data in the page source), invites one to an interview (the e-mail carries a valid
// .ics) and hires them: a placement exists.

/** The text/calendar part of a MIME message, decoded. */
function calendarOf(raw: string): string | undefined {
  const at = raw.search(/Content-Type: text\/calendar/i);
  if (at < 0) return undefined;
  const rest = raw.slice(at);
  const split = rest.search(/\r?\n\r?\n/);
  const headers = rest.slice(0, split);
  const body = rest.slice(split).replace(/^\r?\n\r?\n/, '');
  const content = body.slice(0, body.search(/\r?\n--/));
  const encoding = /Content-Transfer-Encoding:\s*(\S+)/i.exec(headers)?.[1].toLowerCase();
  if (encoding === 'base64') return Buffer.from(content.replace(/\s+/g, ''), 'base64').toString('utf8');
  // In a text part, every line break stands for CRLF (RFC 2045 canonical form); the sink
  // stored lines joined with LF.
  let canonical = content.replace(/\r?\n/g, '\r\n');
  if (!canonical.endsWith('\r\n')) canonical += '\r\n';
  if (encoding === 'quoted-printable') return qp(canonical);
  return canonical;
}

/** An RFC 5545 check: CRLF lines of at most 75 octets, balanced components, the parts agendas need. */
function expectValidIcs(ics: string, date: string, place: string) {
  expect(ics.endsWith('\r\n')).toBe(true);
  const physical = ics.slice(0, -2).split('\r\n');
  for (const line of physical) {
    expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
    expect(line.includes('\n'), line).toBe(false);
  }
  const lines = ics.replace(/\r\n[ \t]/g, '').slice(0, -2).split('\r\n');
  const stack: string[] = [];
  for (const line of lines) {
    expect(line, 'every line is NAME[;PARAM]:VALUE').toMatch(/^[A-Z-]+(;[^:]*)?:/);
    if (line.startsWith('BEGIN:')) stack.push(line.slice(6));
    if (line.startsWith('END:')) expect(stack.pop()).toBe(line.slice(4));
  }
  expect(stack).toEqual([]);
  expect(lines[0]).toBe('BEGIN:VCALENDAR');
  for (const needed of ['VERSION:2.0', 'METHOD:REQUEST', 'BEGIN:VEVENT', 'BEGIN:VTIMEZONE']) {
    expect(lines).toContain(needed);
  }
  expect(lines.some((l) => l.startsWith('PRODID:'))).toBe(true);
  expect(lines.some((l) => /^UID:proposal-\d+@/.test(l))).toBe(true);
  expect(lines.some((l) => /^DTSTAMP:\d{8}T\d{6}Z$/.test(l))).toBe(true);
  expect(lines).toContain(`DTSTART;TZID=Europe/Amsterdam:${date.replace(/-/g, '')}T103000`);
  expect(lines).toContain(`DTEND;TZID=Europe/Amsterdam:${date.replace(/-/g, '')}T113000`);
  expect(lines).toContain(`LOCATION:${place.replace(/,/g, '\\,')}`);
}

function inDays(n: number): string {
  const d = new Date(Date.now() + n * 86_400_000);
  return d.toISOString().slice(0, 10);
}

async function registerCandidate(desk: Page, testInfo: TestInfo, client: string, first: string, town: string) {
  await goto(desk, testInfo, '/balie/kandidaten/nieuw');
  await desk.getByLabel('Klantnummer').fill(client);
  await desk.getByLabel('Voornaam').fill(first);
  await desk.getByLabel('Achternaam').fill('Geheimnaam');
  await desk.getByLabel('E-mailadres (niet verplicht)').fill(`${client.toLowerCase()}@prive.example`);
  await desk.getByLabel('Telefoonnummer (niet verplicht)').fill('06 9876 5432');
  await desk.getByLabel('Gemeente').fill(town);
  await desk.getByLabel('Postcode').fill('4021 XY');
  await desk.getByLabel('Geboortejaar').fill('1999');
  await desk.getByLabel('Opleidingsniveau').selectOption('mbo2');
  await desk.getByLabel('Taalniveau Nederlands').selectOption('B1');
  await desk.getByLabel('Uren per week beschikbaar').fill('32');
  await desk.getByLabel('Groen').check();
  await desk.getByLabel('Beroepen die de kandidaat zoekt').fill('hovenier');
  await desk.getByLabel('Jongeren').check();
  await desk.getByLabel('Schulden').check();
  await desk.getByLabel('Toelichting op de belemmeringen').fill('Schuldsanering loopt tot 2027');
  await desk.getByLabel('Waarvoor gaf de kandidaat toestemming').selectOption('profile');
  await desk.getByRole('button', { name: 'Kandidaat opslaan' }).click();
  await expect(desk).toHaveURL(/\/balie\/kandidaten\/\d+$/);
  await ready(desk, testInfo);
  await expect(desk.getByRole('heading', { level: 1 })).toHaveText(`${first} Geheimnaam`);
  await expect(desk.getByText('Toestemming geldt')).toBeVisible();
  await expect(desk.getByText('Schuldsanering loopt tot 2027')).toBeVisible();
}

test('the desk proposes two candidates; the employer invites one and hires them', async ({ browser }, testInfo) => {
  test.setTimeout(180_000);
  const js = testInfo.project.name === 'js';
  const suffix = js ? 'js' : 'nojs';
  const town = js ? 'Est' : 'Ommeren';
  const title = `Leerling hovenier ${suffix}`;

  // The employer posts a learning place; the desk publishes it.
  const employerContext = await browser.newContext({ javaScriptEnabled: js });
  const employer = await employerContext.newPage();
  await login(employer, testInfo, 'werkgever@opstap.example', PASSWORD);
  await expect(employer).toHaveURL(/\/werkgever$/);
  const opening = await postLearningPlace(employer, testInfo, title);

  const deskContext = await browser.newContext({ javaScriptEnabled: js });
  const desk = await deskContext.newPage();
  await login(desk, testInfo, 'balie@opstap.example', PASSWORD);
  await expect(desk).toHaveURL(/\/balie$/);
  await publish(desk, testInfo, opening);

  // The desk registers two candidates with consent (the form first refuses a bad postcode
  // and keeps what was typed).
  await goto(desk, testInfo, '/balie/kandidaten');
  await expectAccessible(desk, testInfo);
  await goto(desk, testInfo, '/balie/kandidaten/nieuw');
  await expectAccessible(desk, testInfo);
  await desk.getByLabel('Klantnummer').fill(`E2E${suffix}1`);
  await desk.getByLabel('Postcode').fill('40');
  await desk.getByRole('button', { name: 'Kandidaat opslaan' }).click();
  await expect(desk.locator('#field-postcode-error')).toBeVisible();
  await expect(desk.locator('#field-first_name-error')).toContainText('Vul dit veld in');
  await expect(desk.getByLabel('Klantnummer')).toHaveValue(`E2E${suffix}1`);
  await expectAccessible(desk, testInfo);
  await registerCandidate(desk, testInfo, `E2E${suffix}1`, 'Yara', town);
  await expectAccessible(desk, testInfo);
  await registerCandidate(desk, testInfo, `E2E${suffix}2`, 'Bo', town);
  const bo = new URL(desk.url()).pathname;

  // Bo's profile is changed through the edit form; the openings that fit him are listed.
  await desk.getByRole('link', { name: 'Wijzigen' }).click();
  await expect(desk).toHaveURL(/\/bewerken$/);
  await ready(desk, testInfo);
  await expect(desk.getByLabel('Voornaam')).toHaveValue('Bo');
  await expect(desk.getByLabel('Schulden')).toBeChecked();
  await expectAccessible(desk, testInfo);
  await desk.getByLabel('Uren per week beschikbaar').fill('28');
  await desk.getByRole('button', { name: 'Kandidaat opslaan' }).click();
  await expect(desk).toHaveURL(new RegExp(`${bo}$`));
  await ready(desk, testInfo);
  await expect(desk.locator('.facts dt:has-text("Uren per week beschikbaar") + dd')).toHaveText('28');
  await desk.getByRole('link', { name: 'Passende vacatures' }).click();
  await expect(desk).toHaveURL(/\/vacatures$/);
  await ready(desk, testInfo);
  await expect(desk.locator('table.matches tbody tr').first()).toBeVisible();
  await expectAccessible(desk, testInfo);

  // Matches for the opening, narrowed to the candidates' town; both are chosen.
  await goto(desk, testInfo, `/balie/vacatures/${opening}`);
  await desk.getByRole('link', { name: 'Passende kandidaten zoeken' }).click();
  await expect(desk).toHaveURL(new RegExp(`/balie/vacatures/${opening}/kandidaten`));
  await ready(desk, testInfo);
  await desk.locator('#filter-municipality').selectOption(town);
  await desk.getByRole('button', { name: 'Filteren' }).click();
  await expect(desk).toHaveURL(/municipality=/);
  await ready(desk, testInfo);
  await expect(desk.locator('table.matches tbody tr')).toHaveCount(2);
  await expect(desk.locator('table.matches')).toContainText('Wil werken in groen');
  await expect(desk.locator('table.matches')).toContainText('De plek staat open voor jongeren');
  await expectAccessible(desk, testInfo);
  await desk.getByLabel('Kies Yara Geheimnaam').check();
  await desk.getByLabel('Kies Bo Geheimnaam').check();
  await desk.getByRole('button', { name: 'Gekozen kandidaten voordragen' }).click();
  await expect(desk).toHaveURL(/\/voordragen\?k=/);
  await ready(desk, testInfo);
  await expect(desk.locator('textarea')).toHaveCount(2);
  await expectAccessible(desk, testInfo);
  await desk.getByLabel('Motivatie voor de werkgever – Yara Geheimnaam').fill('Yara werkte twee zomers bij een hovenier en wil het vak leren.');
  await desk.getByLabel('Motivatie voor de werkgever – Bo Geheimnaam').fill('Bo is sterk en betrouwbaar, en wil graag buiten werken.');
  await desk.getByRole('button', { name: 'Voordragen en de werkgever mailen' }).click();
  await expect(desk).toHaveURL(new RegExp(`/balie/vacatures/${opening}$`));
  await ready(desk, testInfo);
  await expect(desk.locator('#voordrachten')).toContainText('Yara G.');
  await expect(desk.locator('#voordrachten')).toContainText('Bo G.');

  // Consent can be withdrawn and given again; both stay in the history.
  await goto(desk, testInfo, bo);
  await desk.getByRole('button', { name: 'Toestemming intrekken' }).click();
  await ready(desk, testInfo);
  await expect(desk.getByText('Er is geen toestemming om het profiel te delen')).toBeVisible();
  await desk.getByLabel('Waarvoor gaf de kandidaat toestemming').selectOption('profile_phone');
  await desk.getByRole('button', { name: 'Toestemming vastleggen' }).click();
  await ready(desk, testInfo);
  await expect(desk.getByText('Toestemming geldt')).toBeVisible();
  await expect(desk.locator('table', { hasText: 'Geschiedenis van de toestemming' }).locator('tbody tr')).toHaveCount(2);
  await expectAccessible(desk, testInfo);

  // The employer's e-mail arrives at the SMTP sink.
  const proposalMail = () =>
    mailsTo('werkgever@opstap.example').map(qp).find((m) => m.includes(title) && m.includes('Yara G.'));
  await expect.poll(proposalMail, { timeout: 20_000 }).toBeTruthy();
  expect(proposalMail()).toContain('Bo G.');
  expect(proposalMail()).not.toContain('Geheimnaam');

  // The employer opens the proposals: the minimal profile only.
  await goto(employer, testInfo, `/werkgever/vacatures/${opening}`);
  await expectAccessible(employer, testInfo);
  await employer.getByRole('link', { name: 'Yara G.' }).click();
  await expect(employer).toHaveURL(/\/werkgever\/voordrachten\/\d+$/);
  await ready(employer, testInfo);
  await expect(employer.getByRole('heading', { level: 1 })).toContainText('Yara G.');
  await expect(employer.getByText('wil het vak leren')).toBeVisible();
  await expect(employer.locator('.facts')).toContainText('Bekeken');
  const source = await employer.content();
  for (const secret of ['Geheimnaam', 'Schuld', 'prive.example', '06 9876 5432', `E2E${suffix}`, 'Belemmering']) {
    expect(source, `the employer's page must not hold ${secret}`).not.toContain(secret);
  }
  expect(source, 'nor the birth year').not.toMatch(/\b1999\b/);
  await expectAccessible(employer, testInfo);

  // An interview: the invitation carries a valid .ics.
  const date = inDays(5);
  const place = 'Kwekerij, Dorpsstraat 3, Buren';
  await employer.getByLabel('Datum', { exact: true }).fill(date);
  await employer.getByLabel('Tijd', { exact: true }).fill('10:30');
  await employer.getByLabel('Plaats', { exact: true }).fill(place);
  await employer.getByRole('button', { name: 'Uitnodigen voor een gesprek' }).click();
  await ready(employer, testInfo);
  await expect(employer.locator('.facts')).toContainText('Gesprek');
  await expect(employer.locator('.facts')).toContainText(place);
  await expectAccessible(employer, testInfo);
  const invitation = () =>
    mailsTo('werkgever@opstap.example').find((m) => /text\/calendar/i.test(m) && qp(m).includes('Yara G.') && qp(m).includes(title));
  await expect.poll(invitation, { timeout: 20_000 }).toBeTruthy();
  const ics = calendarOf(invitation()!);
  expect(ics).toBeTruthy();
  expectValidIcs(ics!, date, place);
  // The desk got the invitation too.
  await expect
    .poll(() => mailsTo('balie@opstap.example').some((m) => /text\/calendar/i.test(m) && qp(m).includes(title)), { timeout: 20_000 })
    .toBe(true);

  // The hire creates the placement.
  await employer.getByLabel('Eerste werkdag').fill(inDays(14));
  await employer.getByLabel('Soort contract').selectOption('internship');
  await employer.getByRole('button', { name: 'Aannemen' }).click();
  await ready(employer, testInfo);
  await expect(employer.locator('.facts')).toContainText('Aangenomen');
  await expect(employer.locator('.facts')).toContainText('Aan het werk vanaf');
  await expectAccessible(employer, testInfo);

  // The desk sees the hire on the work list and the proposal's history.
  await goto(desk, testInfo, '/balie/werklijst');
  await expect(desk.locator('#hired-title')).toBeVisible();
  await expect(desk.locator('section', { has: desk.locator('#hired-title') })).toContainText(title);
  await expectAccessible(desk, testInfo);
  await desk.locator('section', { has: desk.locator('#hired-title') }).getByRole('link', { name: 'Yara G.' }).first().click();
  await ready(desk, testInfo);
  await expect(desk.locator('table').last()).toContainText('Aangenomen');
  await expectAccessible(desk, testInfo);
  await desk.getByRole('link', { name: 'Naar de kandidaat' }).click();
  await ready(desk, testInfo);
  await expect(desk.locator('.facts')).toContainText('Geplaatst');

  await employerContext.close();
  await deskContext.close();
});

test('the public page explains how matching works', async ({ page }, testInfo) => {
  await goto(page, testInfo, '/zo-werkt-matchen');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zo werkt matchen');
  await expect(page.locator('table')).toContainText('+25');
  await expect(page.getByText('Leeftijd, geboortejaar')).toBeVisible();
  await expectAccessible(page, testInfo);
});
