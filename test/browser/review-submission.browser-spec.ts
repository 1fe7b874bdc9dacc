/// <reference lib="dom" />
import { randomUUID } from 'node:crypto';
import { Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { signIn } from '../support';
import {
  BrowserSession,
  expectNoAccessibilityViolations,
  fillDate,
  heading,
  openBrowserSession,
  signInThroughPage,
} from '../support/browser';

type Body = Record<string, unknown>;

const DAY = 86_400_000;
/** A date `days` from today (negative: before), as the api takes it and as the date input's boxes take it. */
const isoIn = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
const boxesIn = (days: number) => {
  const [year = '', month = '', day = ''] = isoIn(days).split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
};
const pdf = (name: string) => ({
  name: `${name}.pdf`,
  mimeType: 'application/pdf',
  buffer: Buffer.concat([
    Buffer.from(`%PDF-1.7\n% ${name}\n`),
    Buffer.alloc(512, 0x20),
    Buffer.from('\n%%EOF\n'),
  ]),
});

/**
 * The late stages in a real browser: a review brought to sign-off through the api, then the coordinator
 * logs a family contact nobody answered, records criminal proceedings, prepares a submission (refused while
 * incomplete, with the reasons listed), attaches its four parts, records the anonymisation check, sends it,
 * records the cleared outcome and publishes. Every page is checked with axe (WCAG 2.2 AA).
 */
describe('the family, parallel processes and the Home Office submission in the browser', () => {
  let session: BrowserSession;
  let page: Page;
  let reviewId: string;
  let reference: string;

  beforeAll(async () => {
    session = await openBrowserSession('SubmissionPages');
    page = session.page;
    const { api, partnership: a } = session;
    const coordinator = (await signIn(api.http, a.coordinator.email)).authorization;
    const created = await api.http
      .post('/api/v1/reviews')
      .set('authorization', coordinator)
      .send({
        reviewType: 'dhr',
        notifiedOn: isoIn(-70),
        notifiedBy: 'DCI Example, Test Police',
        relationship: 'intimate_partner',
        suspectedSuicide: false,
        subjects: [
          { pseudonym: 'MA 1', role: 'victim' },
          { pseudonym: 'MA 2', role: 'perpetrator' },
        ],
      })
      .expect(201);
    reviewId = created.body.id as string;
    reference = created.body.reference as string;
    let version = created.body.version as number;
    const step = async (method: 'post' | 'put', path: string, body: Body) => {
      const response = await api.http[method](`/api/v1/reviews/${reviewId}/${path}`)
        .set('authorization', coordinator)
        .set('if-match', `"${version}"`)
        .send(body)
        .expect(200);
      version = response.body.version as number;
    };
    await step('post', 'decision', {
      outcome: 'commission',
      decidedOn: isoIn(-65),
      decisionMaker: 'Chair of the CSP',
      rationale: 'The criteria of section 9 are met.',
      homeOfficeInformedOn: isoIn(-64),
    });
    await step('put', 'chair', { chairUserId: a.chair.id, appointedOn: isoIn(-60) });
    await step('post', 'chair/independence', { statement: 'I have never worked for any agency involved.' });
    await step('post', 'transitions', { transition: 'start_work', on: isoIn(-55) });
    // the terms of reference have a page of their own; the row an agreed version leaves is enough here
    await api.app.get(DataSource).query(
      `INSERT INTO terms_of_reference (id, partnership_id, review_id, version_number, status, purpose, period_from,
         period_to, agency_ids, questions, agreed_on, version)
       VALUES ($1, $2, $3, 1, 'agreed', 'To establish what lessons are to be learned.', $4, $5, $6, $7, $8, 1)`,
      [
        randomUUID(),
        a.id,
        reviewId,
        JSON.stringify({ precision: 'year', year: 2020 }),
        JSON.stringify({ precision: 'year', year: 2026 }),
        [a.agencies.police],
        JSON.stringify([{ number: 1, text: 'What did each agency know?' }]),
        isoIn(-50),
      ],
    );
    await step('post', 'transitions', { transition: 'start_drafting', on: isoIn(-40) });
    await step('post', 'transitions', { transition: 'start_consultation', on: isoIn(-30) });
    await step('post', 'sign-off', { signedOffOn: isoIn(-20), signedOffBy: 'Chair of the CSP board' });
  });

  afterAll(() => session?.close());

  const axe = () => expectNoAccessibilityViolations(page);
  const banner = (text: string) =>
    page.locator('.govuk-notification-banner--success', { hasText: text }).waitFor();
  const summary = () => page.locator('.govuk-error-summary');

  it('opens the signed-off review, whose later stages link to their pages', async () => {
    await page.goto(`${session.baseUrl}/reviews/${reviewId}`);
    await signInThroughPage(page, session.partnership.coordinator.email);
    await heading(page, reference).waitFor();
    const tasks = await page.locator('.govuk-task-list').innerText();
    expect(tasks).toMatch(/CSP sign-off\s+Completed/);
    await page
      .locator('.govuk-task-list')
      .getByRole('link', { name: 'Submission to the Home Office' })
      .waitFor();
    await axe();
  });

  it('logs a contact with the family that nobody answered, and what the family has been told', async () => {
    await page.getByRole('link', { name: 'Family involvement' }).click();
    await heading(page, 'Family and friends').waitFor();
    await page.getByText('No contacts have been recorded yet.').waitFor();
    await axe();

    await page.getByRole('button', { name: 'Record a contact' }).click();
    await heading(page, 'Record a contact with the family').waitFor();
    await axe();
    await page.getByRole('button', { name: 'Record contact' }).click();
    await summary().waitFor();
    const problems = await summary().innerText();
    expect(problems).toContain('Person contacted must not be empty');
    expect(problems).toContain('Select how they were contacted');
    expect(problems).toContain('Select the outcome of the contact');
    await axe();

    await page.getByLabel('Person contacted').fill('Mother of MA 1');
    await page.getByLabel('Relationship to the person who died').fill('Mother');
    await page.getByLabel('Letter').check();
    await fillDate(page, 'contactedOn', boxesIn(-5));
    await page.getByLabel('Did not reply').check();
    await page.getByLabel('Notes (optional)').fill('Letter sent by the chair offering a meeting.');
    await page.getByRole('button', { name: 'Record contact' }).click();
    await heading(page, 'Family and friends').waitFor();
    await banner('The contact has been recorded.');
    const row = await page.getByRole('row', { name: /Mother of MA 1/ }).innerText();
    expect(row).toContain('Did not reply');
    expect(row).toContain('Letter');
    await axe();

    await page.getByRole('button', { name: 'Update family involvement' }).click();
    await heading(page, 'Update family involvement').waitFor();
    await axe();
    await fillDate(page, 'advocacyOfferedOn', boxesIn(-60));
    await fillDate(page, 'familyToldPublicationOn', boxesIn(-1));
    await page.getByRole('button', { name: 'Save family involvement' }).click();
    await banner('The family involvement has been updated.');
    expect(await page.locator('.govuk-summary-list').innerText()).toMatch(/Advocacy offered\s+\d+ \w+ \d{4}/);
  });

  it('records criminal proceedings, their next hearing and their conclusion', async () => {
    await page.getByRole('link', { name: `Back to ${reference}` }).click();
    await heading(page, reference).waitFor();
    await page.getByRole('link', { name: /Parallel processes/ }).click();
    await heading(page, 'Parallel processes').waitFor();
    await axe();

    await page.getByRole('button', { name: 'Add a parallel process' }).click();
    await heading(page, 'Add a parallel process').waitFor();
    await axe();
    await page.getByLabel('Criminal proceedings').check();
    await page.getByLabel('Reference (optional)').fill('Sheffield Crown Court T20267001');
    await fillDate(page, 'nextHearingOn', boxesIn(30));
    await page.getByRole('button', { name: 'Add process' }).click();
    await banner('The parallel process has been added.');
    const row = page.getByRole('row', { name: /Sheffield Crown Court/ });
    expect(await row.innerText()).toContain('Ongoing');
    await axe();

    await row.getByRole('link', { name: /Update next hearing/ }).click();
    await heading(page, 'Update the next hearing').waitFor();
    await axe();
    await fillDate(page, 'nextHearingOn', boxesIn(40));
    await page.getByRole('button', { name: 'Save next hearing' }).click();
    await banner('The next hearing has been updated.');

    await page
      .getByRole('row', { name: /Sheffield Crown Court/ })
      .getByRole('link', { name: /Record conclusion/ })
      .click();
    await heading(page, 'Record the conclusion').waitFor();
    await axe();
    await page.getByLabel('Outcome').fill('MA 2 convicted of murder; life imprisonment.');
    await page.getByRole('button', { name: 'Record conclusion' }).click();
    await banner('The conclusion has been recorded.');
    expect(await page.getByRole('row', { name: /Sheffield Crown Court/ }).innerText()).toContain('Concluded');
  });

  it('starts a submission and is told what it lacks when sending it incomplete', async () => {
    await page.getByRole('link', { name: `Back to ${reference}` }).click();
    await page
      .locator('.govuk-task-list')
      .getByRole('link', { name: 'Submission to the Home Office' })
      .click();
    await heading(page, 'Submissions to the Home Office').waitFor();
    await page.getByText('No version has been started yet.').waitFor();
    await axe();

    await page.getByRole('button', { name: 'Start a new version' }).click();
    await banner('Version 1 has been started.');
    await page.getByRole('heading', { level: 2, name: /Version 1/ }).waitFor();
    await axe();

    await page.getByRole('link', { name: /Send to the Home Office/ }).click();
    await heading(page, 'Send to the Home Office').waitFor();
    await axe();
    await page.getByRole('button', { name: 'Record as sent' }).click();
    await summary().waitFor();
    const problems = await summary().innerText();
    expect(problems).toContain('Complete the submission, which is missing');
    expect(problems).toContain('overview report');
    expect(problems).toContain('anonymisation check');
    expect(await page.title()).toBe('Error: Send to the Home Office – DHR case management');
    await axe();
  });

  it('attaches the four parts, records the anonymisation check and sends the version', async () => {
    await page.getByRole('link', { name: 'Back to submissions' }).click();
    await page.getByRole('link', { name: /Attach the documents/ }).click();
    await heading(page, 'Attach the documents').waitFor();
    await axe();
    for (const part of ['overviewReport', 'executiveSummary', 'actionPlan', 'signOffLetter']) {
      await page.locator(`#${part}File`).setInputFiles(pdf(part));
    }
    await page.getByRole('button', { name: 'Save documents' }).click();
    await banner('The documents have been saved.');
    const parts = await page.locator('.govuk-summary-list').innerText();
    expect(parts).toMatch(/Overview report\s+overviewReport\.pdf/);
    expect(parts).toMatch(/CSP sign-off letter\s+signOffLetter\.pdf/);
    expect(parts).toMatch(/Anonymisation check\s+Not recorded/);

    await page.getByRole('link', { name: /Record the anonymisation check/ }).click();
    await heading(page, 'Record the anonymisation check').waitFor();
    expect(await page.locator('.govuk-warning-text').innerText()).toContain('no real identity of a subject');
    await axe();
    await page.getByRole('button', { name: 'Confirm the anonymisation check' }).click();
    await banner('The anonymisation check has been recorded.');
    expect(await page.locator('.govuk-summary-list').innerText()).toMatch(
      /Anonymisation check\s+Recorded on/,
    );

    await page.getByRole('link', { name: /Send to the Home Office/ }).click();
    await heading(page, 'Send to the Home Office').waitFor();
    await page.getByRole('button', { name: 'Record as sent' }).click();
    await banner('The submission has been sent to the Home Office.');
    await page.getByText('Sent, awaiting outcome').waitFor();
    await axe();
  });

  it('records that the Home Office cleared the review, then publishes it', async () => {
    await page.getByRole('link', { name: /Record the Home Office QA outcome/ }).click();
    await heading(page, 'Record the Home Office QA outcome').waitFor();
    await axe();
    await page.getByLabel('Cleared for publication').check();
    await page.locator('#letterDocumentIdFile').setInputFiles(pdf('qa-letter'));
    await page.getByRole('button', { name: 'Record outcome' }).click();
    await banner('The Home Office QA outcome has been recorded.');
    expect(await page.locator('.govuk-summary-list').innerText()).toMatch(/QA letter\s+qa-letter\.pdf/);
    await axe();

    await page.getByRole('link', { name: `Back to ${reference}` }).click();
    await heading(page, reference).waitFor();
    expect(await page.locator('p', { hasText: 'Stage:' }).innerText()).toContain('Cleared');
    await page.locator('.govuk-task-list').getByRole('link', { name: 'Publication' }).click();
    await heading(page, 'Publish the review').waitFor();
    await axe();
    await page.getByLabel('Web address').fill('https://www.example.gov.uk/dhr');
    await page.getByRole('button', { name: 'Record publication' }).click();
    await heading(page, reference).waitFor();
    await banner('The publication has been recorded.');
    expect(await page.locator('p', { hasText: 'Stage:' }).innerText()).toContain('Published');
    await axe();
  });
});
