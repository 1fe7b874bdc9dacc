/// <reference lib="dom" />
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

/**
 * The IMR author's workspace in a real browser: a request scoped and sent to the health agency through the
 * api (terms of reference agreed, then revised with a question added after the request); the health author
 * finds it in their agency's list, answers the questions, is told what is still missing when submitting too
 * early, builds the chronology (a date the service cannot read first), writes good practice, a lesson, a
 * recommendation and the statement, and submits; the senior manager signs it off. Every page is checked with
 * axe (WCAG 2.2 AA).
 */
describe('the IMR author’s workspace in the browser', () => {
  let session: BrowserSession;
  let page: Page;
  let requestId: string;
  let reference: string;

  beforeAll(async () => {
    session = await openBrowserSession('ImrAuthorPages');
    page = session.page;
    const { api, partnership: a } = session;
    const coordinator = (await signIn(api.http, a.coordinator.email)).authorization;
    const send = (method: 'post' | 'put', path: string, body?: Body, version?: number) => {
      const request = api.http[method](`/api/v1${path}`).set('authorization', coordinator);
      if (version !== undefined) request.set('if-match', `"${version}"`);
      return request.send(body);
    };
    const review = await send('post', '/reviews', {
      reviewType: 'dhr',
      notifiedOn: '2026-03-02',
      notifiedBy: 'Police',
      relationship: 'intimate_partner',
      suspectedSuicide: false,
      subjects: [
        { pseudonym: 'MA 1', role: 'victim' },
        { pseudonym: 'MA 2', role: 'perpetrator' },
      ],
    }).expect(201);
    const reviewId = review.body.id as string;
    reference = review.body.reference as string;
    const decided = await send(
      'post',
      `/reviews/${reviewId}/decision`,
      {
        outcome: 'commission',
        decidedOn: '2026-03-20',
        decisionMaker: 'CSP chair',
        rationale: 'Criteria met.',
      },
      review.body.version,
    ).expect(200);
    await send(
      'put',
      `/reviews/${reviewId}/chair`,
      { chairUserId: a.chair.id, appointedOn: '2026-03-25' },
      decided.body.version,
    ).expect(200);
    const agreeTerms = (versionNumber: number, questions: string[]) =>
      api.app.get(DataSource).query(
        `INSERT INTO terms_of_reference (id, partnership_id, review_id, version_number, status, purpose,
           period_from, period_to, agency_ids, questions, agreed_on, version)
         VALUES (gen_random_uuid(), $1, $2, $3, 'agreed', 'Learn the lessons',
           '{"precision":"season","year":2007,"season":"spring"}',
           '{"precision":"season","year":2013,"season":"autumn"}', ARRAY[$4, $5]::uuid[], $6::jsonb, '2026-06-01', 1)`,
        [
          a.id,
          reviewId,
          versionNumber,
          a.agencies.police,
          a.agencies.health,
          JSON.stringify(questions.map((text, i) => ({ number: i + 1, text }))),
        ],
      );
    await agreeTerms(1, ['Were the risks recognised?', 'Was information shared?']);
    const scoped = await send('post', `/reviews/${reviewId}/imr-requests`, {
      agencyId: a.agencies.health,
      kind: 'imr',
      dueOn: '2099-01-31',
      authorUserId: a.healthAuthor.id,
      seniorManagerUserId: a.leadOfficer.id,
    }).expect(201);
    requestId = scoped.body.id as string;
    await send('post', `/imr-requests/${requestId}/sending`, undefined, scoped.body.version).expect(200);
    // the panel revises the terms after the request went out: the new question shows as added
    await agreeTerms(2, [
      'Were the risks recognised?',
      'Was information shared?',
      'Was the victim asked about abuse?',
    ]);
  });

  afterAll(() => session?.close());

  const axe = () => expectNoAccessibilityViolations(page);
  const banner = (text: string) =>
    page.locator('.govuk-notification-banner--success', { hasText: text }).waitFor();
  const summary = () => page.locator('.govuk-error-summary');
  const backToImr = async () => {
    await page.getByRole('link', { name: 'Back to the IMR' }).click();
    await heading(page, 'Individual Management Review').waitFor();
  };
  const task = (name: string) => page.locator('.govuk-task-list').getByRole('link', { name, exact: true });

  it('lists the requests of the author’s agency, due date and status', async () => {
    await page.goto(`${session.baseUrl}/imr`);
    await signInThroughPage(page, session.partnership.healthAuthor.email);
    await heading(page, 'Your agency’s IMRs').waitFor();
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'IMRs' }).waitFor();
    const row = await page.getByRole('row', { name: new RegExp(reference) }).innerText();
    expect(row).toContain('Individual Management Review');
    expect(row).toContain('31 January 2099');
    expect(row).toContain('Requested');
    expect(row).not.toContain('Overdue');
    await axe();
  });

  it('shows the IMR as a task list, the question added after the request marked', async () => {
    await page.getByRole('link', { name: new RegExp(reference) }).click();
    await heading(page, 'Individual Management Review').waitFor();
    const tasks = await page.locator('.govuk-task-list').innerText();
    expect(tasks).toMatch(/Question 1\s+Were the risks recognised\?\s+Not yet started/);
    expect(tasks).toMatch(/Question 3\s+Added after the request\s+Was the victim asked about abuse\?/);
    expect(tasks.match(/Added after the request/g)).toHaveLength(1);
    expect(tasks).toMatch(/Chronology\s+Not yet started/);
    await axe();
  });

  it('answers every question, then is told what is still missing when submitting early', async () => {
    for (const number of [1, 2, 3]) {
      await task(`Question ${number}`).click();
      await heading(page, `Question ${number}`).waitFor();
      if (number === 1) await axe();
      await page.getByLabel('Your answer').fill(`The health service’s answer to question ${number}.`);
      await page.getByRole('button', { name: 'Save answer' }).click();
      await heading(page, 'Individual Management Review').waitFor();
      await banner(`Your answer to question ${number} has been saved.`);
    }
    expect(await page.locator('.govuk-task-list').innerText()).toMatch(/Question 3[\s\S]*?Completed/);

    await page.getByRole('button', { name: 'Submit' }).click();
    await summary().waitFor();
    const problems = await summary().innerText();
    expect(problems).toContain('Add the agency’s chronology.');
    expect(problems).toContain('Give the author’s statement of independence.');
    expect(problems).not.toContain('Answer terms of reference question');
    await axe();
  });

  it('adds a chronology entry, told first what is wrong with a date it cannot read', async () => {
    await task('Chronology').click();
    await heading(page, 'Chronology').waitFor();
    await page.getByText('There are no entries yet.').waitFor();
    await axe();
    await page.getByRole('button', { name: 'Add an entry' }).click();
    await heading(page, 'Add a chronology entry').waitFor();
    await axe();
    await page.getByLabel('Date', { exact: true }).fill('the day after the party');
    await page.getByLabel('Subjects (optional)').fill('MA 1, MA 2');
    await page
      .getByLabel('Event', { exact: true })
      .fill('MA 1 attended the emergency department with bruising.');
    await page.getByRole('button', { name: 'Add entry' }).click();
    await summary().waitFor();
    expect(await summary().getByRole('link').count()).toBe(1);
    expect(await page.locator('#date-error').isVisible()).toBe(true);
    await axe();

    await page.getByLabel('Date', { exact: true }).fill('mid-August 2013');
    await page.getByLabel('Source record (optional)').fill('ED attendance 13/4471');
    await page.getByLabel('Analysis (optional)').fill('Routine enquiry about abuse was not made.');
    await page.getByRole('button', { name: 'Add entry' }).click();
    await heading(page, 'Chronology').waitFor();
    await banner('The entry has been added to the chronology.');
    const row = await page.getByRole('row', { name: /emergency department/ }).innerText();
    expect(row).toContain('August 2013');
    expect(row).toContain('MA 1, MA 2');
    expect(row).toContain('ED attendance 13/4471');
    await axe();
  });

  it('downloads the template, and uploads a spreadsheet: every bad row listed, then the corrected one added', async () => {
    await page.getByRole('button', { name: 'Upload a spreadsheet' }).click();
    await heading(page, 'Upload a chronology spreadsheet').waitFor();
    await axe();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download the template (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('chronology-template.csv');

    const sheet = (rows: string[]) => ({
      name: 'chronology.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        ['Date,Source record,Subjects,Event,Action / outcome,Analysis', ...rows].join('\n'),
      ),
    });
    await page
      .getByLabel('Upload a spreadsheet')
      .setInputFiles(sheet(['someday,GP 1,MA 1,Seen by the GP,,', 'spring 2007,GP 2,MA 1,,,']));
    await page.getByRole('button', { name: 'Upload', exact: true }).click();
    await summary().waitFor();
    const problems = await summary().innerText();
    expect(problems).toMatch(/Row 2, date: /);
    expect(problems).toMatch(/Row 3, event: The event is empty/);
    expect(problems).toContain('2 rows have problems');
    await axe();

    await page
      .getByLabel('Upload a spreadsheet')
      .setInputFiles(sheet(['06/02/2014,GP 1,MA 1,Seen by the GP for a head injury,,']));
    await page.getByRole('button', { name: 'Upload', exact: true }).click();
    await heading(page, 'Chronology').waitFor();
    await banner('The spreadsheet has been added to the chronology.');
    const rows = await page.locator('tbody tr').allInnerTexts();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('August 2013');
    expect(rows[1]).toContain('head injury');
  });

  it('writes good practice, a lesson, a recommendation and the statement, then submits', async () => {
    await backToImr();
    await task('Good practice').click();
    await heading(page, 'Good practice').waitFor();
    await axe();
    await page.getByLabel('Good practice').fill('The GP saw MA 1 the same day.\n\nRecords were clear.');
    await page.getByRole('button', { name: 'Save' }).click();
    await banner('Good practice has been saved.');

    await task('Lessons learned').click();
    await heading(page, 'Lessons learned').waitFor();
    await page.getByLabel('Lessons learned').fill('Ask about domestic abuse at every attendance.');
    await page.getByRole('button', { name: 'Save' }).click();
    await banner('Lessons learned have been saved.');

    await task('Recommendations').click();
    await heading(page, 'Recommendations').waitFor();
    await axe();
    await page
      .getByLabel('Recommendation', { exact: true })
      .fill('Routine enquiry in the emergency department.');
    await page.getByLabel('Lead').fill('Safeguarding Adults Lead');
    await page.getByLabel('Action', { exact: true }).fill('Train triage staff in routine enquiry.');
    await fillDate(page, 'rec-0-targetDate', { day: '31', month: '2', year: '2027' });
    await page.getByRole('button', { name: 'Save recommendations' }).click();
    await summary().waitFor();
    expect(await summary().innerText()).toContain('Recommendation 1: Target date must be a real date');
    await axe();
    await fillDate(page, 'rec-0-targetDate', { day: '31', month: '3', year: '2027' });
    await page.getByRole('button', { name: 'Save recommendations' }).click();
    await banner('Your recommendations have been saved.');

    await task('Statement of independence').click();
    await heading(page, 'Statement of independence').waitFor();
    await axe();
    await page
      .getByLabel('Statement of independence')
      .fill('I have had no involvement with the people or the services in this review.');
    await page.getByRole('button', { name: 'Save statement' }).click();
    await banner('Your statement of independence has been saved.');
    expect(await page.locator('.govuk-task-list').innerText()).not.toContain('Not yet started');

    await page.getByRole('button', { name: 'Submit' }).click();
    await banner('Your IMR has been submitted to your senior manager for sign-off.');
    // the banner comes with the answer; the page then reads the IMR again
    await page.locator('.govuk-summary-list', { hasText: 'Awaiting sign-off' }).waitFor();
    expect(await page.getByRole('button', { name: 'Submit' }).count()).toBe(0);
    await axe();
  });

  it('is signed off by the agency’s senior manager', async () => {
    await page.getByRole('link', { name: /^Sign out/ }).click();
    await signInThroughPage(page, session.partnership.leadOfficer.email);
    await page.getByRole('link', { name: /^Sign out/ }).waitFor();
    await page.goto(`${session.baseUrl}/imr/${requestId}`);
    await heading(page, 'Individual Management Review').waitFor();
    await page.getByRole('button', { name: 'Send back to the author' }).waitFor();
    await axe();
    // the senior manager reads the sections without changing them
    await task('Question 1').click();
    await heading(page, 'Question 1').waitFor();
    await page.getByText('The health service’s answer to question 1.').waitFor();
    expect(await page.getByRole('button', { name: 'Save answer' }).count()).toBe(0);
    await axe();
    await backToImr();

    await page.getByRole('button', { name: 'Sign off' }).click();
    await banner('You have signed off the IMR. It has been sent to the chair.');
    await page.locator('.govuk-summary-list', { hasText: 'With the chair' }).waitFor();
    expect(await page.getByRole('button', { name: 'Sign off' }).count()).toBe(0);
    await axe();
  });
});
