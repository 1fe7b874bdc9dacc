/// <reference lib="dom" />
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
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

/**
 * The coordinator of a commissioned review with agreed terms of reference, in a real browser against the real
 * api: adds a lesson (mistakes first) linked to a question, the police IMR and a theme; adds a national panel
 * recommendation (its recipient missing first); copies the accepted IMR's recommendations; and adds a theme
 * (a duplicate name first). Every page is checked with axe (WCAG 2.2 AA).
 */
describe('a review’s lessons and recommendations, and the themes, in the browser', () => {
  let session: BrowserSession;
  let page: Page;
  let reviewId: string;
  let reference: string;
  const imrRequestId = randomUUID();

  beforeAll(async () => {
    session = await openBrowserSession('Learning');
    page = session.page;
    const { partnership } = session;
    const { authorization } = await signIn(session.api.http, partnership.coordinator.email);
    const created = await session.api.http
      .post('/api/v1/reviews')
      .set('authorization', authorization)
      .send({
        reviewType: 'dhr',
        notifiedOn: '2026-09-01',
        notifiedBy: 'Detective Inspector, Learning Police',
        relationship: 'intimate_partner',
        suspectedSuicide: false,
        subjects: [
          { pseudonym: 'MA 1', role: 'victim' },
          { pseudonym: 'MA 2', role: 'perpetrator' },
        ],
      })
      .expect(201);
    reviewId = created.body.id;
    reference = created.body.reference;
    await session.api.http
      .post(`/api/v1/reviews/${reviewId}/decision`)
      .set('authorization', authorization)
      .set('if-match', `"${created.body.version as number}"`)
      .send({
        outcome: 'commission',
        decidedOn: '2026-09-10',
        decisionMaker: 'Chair, Learning Community Safety Partnership',
        rationale: 'The death meets the criteria for a domestic homicide review.',
      })
      .expect(200);
    await session.api.http
      .post('/api/v1/themes')
      .set('authorization', authorization)
      .send({ name: 'Risk assessment' })
      .expect(201);
    const db = session.api.app.get(DataSource);
    await db.query(
      `INSERT INTO terms_of_reference (id, partnership_id, review_id, version_number, status, purpose, period_from,
         period_to, agency_ids, questions, agreed_on, version)
       VALUES (gen_random_uuid(), $1, $2, 1, 'agreed', 'Learn the lessons', '{"precision":"year","year":2020}',
         '{"precision":"year","year":2026}', ARRAY[$3, $4]::uuid[], $5::jsonb, '2026-10-01', 1)`,
      [
        partnership.id,
        reviewId,
        partnership.agencies.police,
        partnership.agencies.health,
        JSON.stringify([
          { number: 1, text: 'Were the risks recognised?' },
          { number: 2, text: 'Was information shared?' },
        ]),
      ],
    );
    await db.query(
      `INSERT INTO imr_request (id, partnership_id, review_id, version, agency_id, kind, status, due_on, author_user_id)
       VALUES ($1, $2, $3, 1, $4, 'imr', 'accepted', '2026-11-01', $5)`,
      [imrRequestId, partnership.id, reviewId, partnership.agencies.police, partnership.policeAuthor.id],
    );
    await db.query(
      `INSERT INTO imr_recommendation (id, partnership_id, review_id, version, request_id, position, recommendation,
         lead, action, key_milestone, target_date)
       VALUES (gen_random_uuid(), $1, $2, 1, $3, 0, 'Train officers in the DASH risk assessment.',
         'Head of Public Protection', 'Run the training.', NULL, '2027-03-31')`,
      [partnership.id, reviewId, imrRequestId],
    );
  });

  afterAll(async () => {
    await session?.close();
  });

  const h1 = (name: string | RegExp) => heading(page, name);
  const summary = () => page.locator('.govuk-error-summary');
  const banner = () => page.locator('.govuk-notification-banner--success');
  const axe = () => expectNoAccessibilityViolations(page);

  it('adds a lesson, explaining the missing statement and narrative first', async () => {
    await page.goto(`${session.baseUrl}/reviews/${reviewId}`);
    await signInThroughPage(page, session.partnership.coordinator.email);
    await h1(reference).waitFor();
    await page.getByRole('link', { name: 'Lessons and recommendations' }).click();
    await h1('Lessons').waitFor();
    await page.getByText('No lessons have been recorded yet.').waitFor();
    await axe();

    await page.getByRole('button', { name: 'Add a lesson' }).click();
    await h1('Add a lesson').waitFor();
    await axe();
    await page.getByRole('button', { name: 'Add lesson' }).click();
    await summary().waitFor();
    const errors = await summary().innerText();
    expect(errors).toContain('Lesson statement must not be empty');
    expect(errors).toContain('Narrative must not be empty');
    expect(await page.title()).toBe('Error: Add a lesson – DHR case management');
    await axe();

    await page.getByLabel('Lesson statement').fill('Risk assessments must be repeated when risk changes.');
    await page.getByLabel('Narrative').fill('The DASH assessment was done once, in 2024, and never again.');
    await page.getByLabel('1. Were the risks recognised?').check();
    await page.getByLabel(/Learning Police .* \(Individual Management Review\)/).check();
    await page.getByLabel('Risk assessment').check();
    await page.getByRole('button', { name: 'Add lesson' }).click();
    await banner().getByText('Lesson 1 has been added.').waitFor();
    await h1('Lessons').waitFor();
    await page.getByRole('heading', { name: 'Lesson 1' }).waitFor();
    const lesson = await page.locator('section', { has: page.getByText('Lesson 1') }).innerText();
    expect(lesson).toContain('Risk assessments must be repeated when risk changes.');
    expect(lesson).toContain('Question 1');
    expect(lesson).toMatch(/Learning Police .* \(Individual Management Review\)/);
    expect(lesson).toContain('Risk assessment');
    await axe();

    await page.getByRole('link', { name: 'Change lesson 1' }).click();
    await h1('Change lesson 1').waitFor();
    expect(await page.getByLabel('1. Were the risks recognised?').isChecked()).toBe(true);
    await axe();
    await page.getByLabel('2. Was information shared?').check();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await banner().getByText('Lesson 1 has been changed.').waitFor();
    expect(await page.locator('section', { has: page.getByText('Lesson 1') }).innerText()).toContain(
      'Question 1, Question 2',
    );
  });

  it('adds a national panel recommendation, asking for its recipient first, and copies the IMR’s', async () => {
    await page.getByRole('link', { name: 'Recommendations of this review' }).click();
    await h1('Recommendations').waitFor();
    await axe();

    await page.getByRole('button', { name: 'Add a recommendation' }).click();
    await h1('Add a recommendation').waitFor();
    await axe();
    await page.getByLabel('Reference').fill('P1');
    await page.getByLabel('Panel', { exact: true }).check();
    await page
      .getByLabel('Recommendation', { exact: true })
      .fill('Ask the Home Office to update DASH guidance.');
    await page.getByLabel('National', { exact: true }).check();
    await page.locator('#leadAgencyId').selectOption(session.partnership.agencies.police);
    await page.getByLabel('The target date is to be agreed').check();
    await page.getByRole('button', { name: 'Add recommendation' }).click();
    await summary().waitFor();
    expect(await summary().innerText()).toContain('Enter who receives a national recommendation');
    await axe();

    await page.getByLabel('National recipient').fill('Home Office');
    await fillDate(page, 'nationalNotifiedOn', { day: '20', month: '11', year: '2026' });
    await page.getByRole('button', { name: 'Add recommendation' }).click();
    await banner().getByText('Recommendation P1 has been added.').waitFor();
    const row = await page.getByRole('row', { name: /P1/ }).innerText();
    expect(row).toContain('Ask the Home Office to update DASH guidance.');
    expect(row).toMatch(/Learning Police/);
    expect(row).toContain('To Home Office, told on 20 November 2026');
    expect(row).toContain('To be agreed');
    await axe();

    await page.getByRole('button', { name: 'Copy recommendations from accepted IMRs' }).click();
    await page.getByText('1 recommendation copied').waitFor();
    const copied = page.getByRole('table', { name: 'Single-agency recommendations' });
    expect(await copied.innerText()).toContain('Train officers in the DASH risk assessment.');
    expect(await copied.innerText()).toContain('31 March 2027');
    await axe();
    await page.getByRole('button', { name: 'Copy recommendations from accepted IMRs' }).click();
    await page.getByText('Nothing new to copy').waitFor();

    await page.getByRole('link', { name: 'Add an action for it (recommendation P1)' }).click();
    await h1('Add an action').waitFor();
    await page.getByText('Answers recommendation P1: Ask the Home Office to update DASH guidance.').waitFor();
    await axe();
  });

  it('adds a theme, explaining that the name is taken first', async () => {
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Themes' }).click();
    await h1('Themes').waitFor();
    await axe();

    await page.getByLabel('Name').fill('risk assessment');
    await page.getByRole('button', { name: 'Add theme' }).click();
    await summary().waitFor();
    expect(await page.locator('#name-error').innerText()).toContain('Choose a name no other theme has');
    await axe();

    await page.getByLabel('Name').fill('Information sharing');
    await page.getByRole('button', { name: 'Add theme' }).click();
    await banner().getByText('Information sharing has been added.').waitFor();
    expect(await page.getByRole('row', { name: /Information sharing/ }).innerText()).toContain('Active');
    await axe();

    await page.getByRole('link', { name: 'Change Information sharing' }).click();
    await h1('Change Information sharing').waitFor();
    await axe();
    await page.getByRole('button', { name: 'Deactivate theme' }).click();
    await banner().getByText('Information sharing has been deactivated.').waitFor();
    expect(await page.getByRole('row', { name: /Information sharing/ }).innerText()).toContain('Inactive');
  });
});
