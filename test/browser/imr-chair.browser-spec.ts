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
 * Evidence gathering in a real browser: a request refused while no terms of reference are agreed (with the way
 * to agree them), another agency asked (its mistakes named first), the health agency's IMR written, submitted
 * and signed off through the api, then read by the chair, returned with a comment on one question, amended
 * and resubmitted through the api, and accepted. Every page is checked with axe (WCAG 2.2 AA).
 */
describe('the chair’s scoping and review of IMRs in the browser', () => {
  let session: BrowserSession;
  let page: Page;
  let chairPage: Page;
  let reviewId: string;
  let reference: string;
  let requestId: string;
  let version: number;
  const as: Record<string, string> = {};
  const names = { police: '', health: '' };

  const send = (who: string, method: 'get' | 'post' | 'put', path: string, body?: Body, ifMatch?: number) => {
    const request = session.api.http[method](`/api/v1${path}`).set('authorization', as[who]!);
    if (ifMatch !== undefined) request.set('if-match', `"${ifMatch}"`);
    return body === undefined ? request : request.send(body);
  };
  /** An IMR change by the agency through the api; keeps the request's version. */
  const change = async (who: string, method: 'post' | 'put', path: string, body?: Body) => {
    const result = await send(who, method, `/imr-requests/${requestId}${path}`, body, version).expect((r) =>
      expect([200, 201]).toContain(r.status),
    );
    version = (result.body.request?.version ?? result.body.version) as number;
  };

  beforeAll(async () => {
    session = await openBrowserSession('ImrChair');
    page = session.page;
    const { api, partnership: a } = session;
    for (const [who, email] of Object.entries({
      coordinator: a.coordinator.email,
      author: a.healthAuthor.email,
      manager: a.leadOfficer.email,
    })) {
      as[who] = (await signIn(api.http, email)).authorization;
    }
    const agencies = await send('coordinator', 'get', '/agencies').expect(200);
    for (const agency of agencies.body.items as { id: string; name: string }[]) {
      if (agency.id === a.agencies.police) names.police = agency.name;
      if (agency.id === a.agencies.health) names.health = agency.name;
    }
    const created = await send('coordinator', 'post', '/reviews', {
      reviewType: 'dhr',
      notifiedOn: '2026-06-01',
      notifiedBy: 'DCI Example, Test Police',
      relationship: 'intimate_partner',
      suspectedSuicide: false,
      subjects: [
        { pseudonym: 'Adult A', role: 'victim' },
        { pseudonym: 'Adult B', role: 'perpetrator' },
      ],
    }).expect(201);
    reviewId = created.body.id;
    reference = created.body.reference;
    const decided = await send(
      'coordinator',
      'post',
      `/reviews/${reviewId}/decision`,
      {
        outcome: 'commission',
        decidedOn: '2026-06-10',
        decisionMaker: 'Chair, Test Community Safety Partnership',
        rationale: 'The death meets the criteria.',
      },
      created.body.version,
    ).expect(200);
    await send(
      'coordinator',
      'put',
      `/reviews/${reviewId}/chair`,
      { chairUserId: a.chair.id, appointedOn: '2026-06-15' },
      decided.body.version,
    ).expect(200);
    const scoped = await send('coordinator', 'post', `/reviews/${reviewId}/imr-requests`, {
      agencyId: a.agencies.health,
      kind: 'imr',
      dueOn: '2027-01-31',
      authorUserId: a.healthAuthor.id,
      seniorManagerUserId: a.leadOfficer.id,
    }).expect(201);
    requestId = scoped.body.id;
    version = scoped.body.version;
  });

  afterAll(async () => {
    await session?.close();
  });

  const h1 = (name: string | RegExp) => heading(page, name);
  const summary = (on = page) => on.locator('.govuk-error-summary');
  const banner = (on = page) => on.locator('.govuk-notification-banner--success');
  const row = (on: Page, agency: string) =>
    on.locator('tr', { has: on.getByRole('rowheader', { name: agency, exact: true }) });
  const axe = (on = page) => expectNoAccessibilityViolations(on);

  it('refuses to send a request before the terms of reference are agreed, linking to them', async () => {
    await page.goto(`${session.baseUrl}/reviews/${reviewId}`);
    await signInThroughPage(page, session.partnership.coordinator.email);
    await h1(reference).waitFor();
    await page.getByRole('link', { name: 'Evidence gathering (IMRs)' }).click();
    await h1('Agency requests (IMRs)').waitFor();
    expect(await row(page, names.health).innerText()).toContain('Not sent');
    expect(await row(page, names.health).innerText()).toContain('health-author');
    await axe();

    await page.getByRole('button', { name: `Send the request to ${names.health}` }).click();
    await summary().waitFor();
    expect(await summary().innerText()).toContain(
      'Requests are sent once the panel has agreed the terms of reference.',
    );
    const link = summary().getByRole('link', {
      name: 'Agree the terms of reference before sending requests',
    });
    expect(await link.getAttribute('href')).toBe(`/reviews/${reviewId}/terms-of-reference`);
    expect(await page.title()).toMatch(/^Error: /);
    await axe();
  });

  it('asks another agency, naming every mistake first', async () => {
    await page.getByRole('button', { name: 'Add agency' }).click();
    await summary().getByText('Select the agency').waitFor();
    const said = await summary().innerText();
    for (const message of ['Select the agency', 'Select what the agency is asked for', 'Enter the due date'])
      expect(said).toContain(message);
    expect(said).toContain('Select the IMR author');
    await axe();

    const { partnership: a } = session;
    await page.locator('#agencyId').selectOption(a.agencies.police);
    await page.getByLabel('Full IMR (Individual Management Review)').check();
    await fillDate(page, 'dueOn', { day: '1', month: '1', year: '2020' });
    await page.locator('#authorUserId').selectOption(a.policeAuthor.id);
    await page.getByRole('button', { name: 'Add agency' }).click();
    await summary().getByText('Due date must be today or later').waitFor();
    expect(await summary().innerText()).toContain('Choose the senior manager who will sign off the IMR');

    await page.getByLabel('Summary of involvement').check();
    await fillDate(page, 'dueOn', { day: '31', month: '1', year: '2027' });
    await page.getByRole('button', { name: 'Add agency' }).click();
    await banner().getByText(`${names.police} has been added`).waitFor();
    expect(await row(page, names.police).innerText()).toContain('Summary of involvement');
    expect(await row(page, names.police).innerText()).toContain('Not sent');
    expect(await summary().count()).toBe(0);
    await axe();
  });

  it('sends the request once the terms are agreed; the agency writes, submits and signs off the IMR', async () => {
    const { api, partnership: a } = session;
    await api.app.get(DataSource).query(
      `INSERT INTO terms_of_reference (id, partnership_id, review_id, version_number, status, purpose, period_from,
         period_to, agency_ids, questions, agreed_on, version)
       VALUES (gen_random_uuid(), $1, $2, 1, 'agreed', 'Learn the lessons', '{"precision":"season","year":2019,"season":"spring"}',
         '{"precision":"season","year":2026,"season":"spring"}', ARRAY[$3, $4]::uuid[], $5::jsonb, '2026-07-01', 1)`,
      [
        a.id,
        reviewId,
        a.agencies.police,
        a.agencies.health,
        JSON.stringify([
          { number: 1, text: 'Were the risks recognised?' },
          { number: 2, text: 'Was information shared?' },
        ]),
      ],
    );
    await page.reload();
    await h1('Agency requests (IMRs)').waitFor();
    await page.getByRole('button', { name: `Send the request to ${names.health}` }).click();
    await banner().getByText(`The request has been sent to ${names.health}.`).waitFor();
    await row(page, names.health).getByText('Requested').waitFor();

    version = (await send('coordinator', 'get', `/imr-requests/${requestId}`).expect(200)).body.request
      .version;
    await change('author', 'post', '/chronology-entries', {
      date: 'mid-August 2023',
      sourceReference: 'ED attendance 23/0815',
      subjects: ['Adult A'],
      event: 'Adult A attended the emergency department with a cut hand.',
      actionOutcome: 'Treated and discharged.',
    });
    await change('author', 'put', '/answers/1', { answer: 'Partly: the risk was not assessed.' });
    await change('author', 'put', '/answers/2', { answer: 'Information was shared late.' });
    await change('author', 'put', '/good-practice', { items: ['Safeguarding referral made the same day.'] });
    await change('author', 'put', '/lessons', { items: ['Routine enquiry was not made.'] });
    await change('author', 'put', '/recommendations', {
      items: [
        {
          recommendation: 'Ask about domestic abuse at every attendance with an injury.',
          lead: 'Named Nurse, Adult Safeguarding',
          action: 'Update the triage template.',
          keyMilestone: 'Template live',
          targetDate: '2027-03-31',
        },
      ],
    });
    await change('author', 'put', '/independence-statement', {
      statement: 'I had no part in the care given.',
    });
    await change('author', 'post', '/submission');
    await change('manager', 'post', '/sign-off');
  });

  it('shows the chair the IMR with them, and the coverage of the terms of reference', async () => {
    const browser = page.context().browser()!;
    chairPage = await (await browser.newContext()).newPage();
    await chairPage.goto(`${session.baseUrl}/reviews/${reviewId}/imrs`);
    await signInThroughPage(chairPage, session.partnership.chair.email);
    await heading(chairPage, 'Agency requests (IMRs)').waitFor();
    const health = await row(chairPage, names.health).innerText();
    expect(health).toContain('With the chair');
    // the chair may not read the partnership's people: the author is named by role
    expect(health).toContain('IMR author');
    expect(health).not.toContain('health-author');
    expect(await chairPage.locator('main').innerText()).toContain('ask the partnership coordinator');
    await axe(chairPage);

    await chairPage.getByRole('link', { name: 'Coverage of the terms of reference by agency' }).click();
    await heading(chairPage, 'Coverage of the terms of reference').waitFor();
    const healthRow = await row(chairPage, names.health).innerText();
    expect(healthRow.match(/answered/g)).toHaveLength(2);
    expect(healthRow).not.toContain('not answered');
    expect(await row(chairPage, names.police).innerText()).toContain('not answered');
    await axe(chairPage);
    await chairPage.getByRole('link', { name: 'Back to the agency requests' }).click();
  });

  it('returns the IMR for amendment with a comment on one question', async () => {
    await chairPage.getByRole('link', { name: `Review the submission of ${names.health}` }).click();
    await heading(chairPage, `Individual Management Review: ${names.health}`).waitFor();
    const main = await chairPage.locator('main').innerText();
    for (const text of [
      'Information was shared late.',
      'Adult A attended the emergency department with a cut hand.',
      'Safeguarding referral made the same day.',
      'Routine enquiry was not made.',
      'Named Nurse, Adult Safeguarding',
      'I had no part in the care given.',
      'Version 1, submitted',
    ])
      expect(main).toContain(text);
    await axe(chairPage);

    await chairPage.getByRole('button', { name: 'Return for amendment' }).click();
    await heading(chairPage, 'Return for amendment').waitFor();
    await chairPage.getByRole('button', { name: 'Return for amendment' }).click();
    await summary(chairPage).getByText('Enter a comment on at least one section of the IMR').waitFor();
    await axe(chairPage);

    await chairPage
      .getByLabel('Question 2 (optional)')
      .fill('Say when the information was shared, and with whom.');
    await chairPage.getByRole('button', { name: 'Return for amendment' }).click();
    await banner(chairPage)
      .getByText(`The IMR from ${names.health} has been returned for amendment.`)
      .waitFor();
    const returned = await chairPage.locator('main').innerText();
    expect(returned).toContain('Returned for amendment');
    expect(returned).toContain('Say when the information was shared, and with whom.');
    expect(await chairPage.getByRole('button', { name: 'Accept' }).count()).toBe(0);
    await axe(chairPage);

    const revisions = (await send('coordinator', 'get', `/imr-requests/${requestId}`).expect(200)).body
      .revisions;
    expect(revisions[0].comments).toEqual([
      { section: 'question-2', comment: 'Say when the information was shared, and with whom.' },
    ]);
  });

  it('accepts the amended IMR once resubmitted and signed off', async () => {
    version = (await send('coordinator', 'get', `/imr-requests/${requestId}`).expect(200)).body.request
      .version;
    await change('author', 'put', '/answers/2', { answer: 'Shared with the police on 20 August 2023.' });
    await change('author', 'post', '/submission');
    await change('manager', 'post', '/sign-off');

    await chairPage.reload();
    await heading(chairPage, `Individual Management Review: ${names.health}`).waitFor();
    expect(await chairPage.locator('main').innerText()).toContain(
      'Shared with the police on 20 August 2023.',
    );
    await chairPage.getByRole('button', { name: 'Accept' }).click();
    await banner(chairPage).getByText(`from ${names.health} has been accepted`).waitFor();
    const latest = chairPage.locator('.govuk-summary-card', { hasText: 'Version 2, submitted' });
    await latest.getByText('Accepted').waitFor();
    const accepted = await chairPage.locator('main').innerText();
    expect(accepted).toContain('Version 2, submitted');
    expect(accepted.match(/Accepted/g)?.length).toBeGreaterThanOrEqual(2);
    expect(await chairPage.getByRole('button', { name: 'Return for amendment' }).count()).toBe(0);
    await axe(chairPage);

    await chairPage.getByRole('link', { name: 'Back to the agency requests' }).click();
    await row(chairPage, names.health).getByText('Accepted').waitFor();
  });
});
