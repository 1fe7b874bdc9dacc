/// <reference lib="dom" />
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { signIn } from '../support';
import {
  BrowserSession,
  expectNoAccessibilityViolations,
  heading,
  openBrowserSession,
  signInThroughPage,
} from '../support/browser';

type Body = Record<string, unknown>;

/**
 * The coordinator, in a real browser against the real api, on a hand-built plan of five actions in different
 * states: the learning dashboard shows the counts worked out by hand; search finds a lesson and leads to its
 * review's lessons; the themes' frequency is listed; the action plan downloads as CSV with the page's filters.
 * Every page is checked with axe (WCAG 2.2 AA).
 */
describe('the learning dashboard, search and the plan download, in the browser', () => {
  let session: BrowserSession;
  let page: Page;
  const reviews: { id: string; reference: string }[] = [];

  beforeAll(async () => {
    session = await openBrowserSession('Dashboard');
    page = session.page;
    const { partnership } = session;
    const { authorization } = await signIn(session.api.http, partnership.coordinator.email);
    const post = async (path: string, body: Body, version?: number) => {
      const request = session.api.http.post(`/api/v1${path}`).set('authorization', authorization);
      if (version !== undefined) request.set('if-match', `"${version}"`);
      return (await request.send(body).expect((r) => expect([200, 201]).toContain(r.status))).body;
    };
    for (let i = 0; i < 2; i++) {
      const review = await post('/reviews', {
        reviewType: 'dhr',
        notifiedOn: '2026-03-02',
        notifiedBy: 'Police',
        relationship: 'intimate_partner',
        suspectedSuicide: false,
        subjects: [
          { pseudonym: 'MA 1', role: 'victim' },
          { pseudonym: 'MA 2', role: 'perpetrator' },
        ],
      });
      await post(
        `/reviews/${review.id}/decision`,
        { outcome: 'commission', decidedOn: '2026-03-20', decisionMaker: 'CSP chair', rationale: 'Met.' },
        review.version,
      );
      reviews.push(review);
    }
    const themes: Record<string, string> = {};
    for (const name of ['Risk assessment', 'Information sharing']) {
      themes[name] = (await post('/themes', { name })).id;
    }
    await post(`/reviews/${reviews[0]!.id}/lessons`, {
      narrative: 'The abuse continued unabated and peaked in 2011.',
      statement: 'Professionals should establish what the victim wants.',
      questionNumbers: [],
      imrRequestIds: [],
      themeIds: [themes['Risk assessment']],
    });
    const recommend = async (review: number, reference: string, text: string, theme: string) =>
      (
        await post(`/reviews/${reviews[review]!.id}/recommendations`, {
          reference,
          level: 'panel',
          text,
          scope: 'local',
          leadAgencyId: partnership.agencies.police,
          targetDate: '2027-03-31',
          themeIds: [themes[theme]],
        })
      ).id as string;
    const r1 = await recommend(0, '1', 'Commission a service for repeat victims.', 'Risk assessment');
    const r2 = await recommend(0, '2', 'Share information at the daily meeting.', 'Information sharing');
    const r3 = await recommend(1, '1', 'Complete the DASH checklist at every call out.', 'Risk assessment');

    // [ref, agency, status, target, reported, completed, closed, recommendations] and the rating by hand
    const { police, health } = partnership.agencies;
    const plan: [string, string, string, string | null, string | null, string | null, boolean, string[]][] = [
      ['P1', police, 'open', '2026-01-31', 'amber', null, false, [r1]], // red: overdue
      ['P2', police, 'open', '2099-12-31', 'amber', null, false, [r1]], // amber: as reported
      ['H1', health, 'closed', '2026-01-31', 'green', '2026-01-20', true, [r2]], // green: signed off
      ['H2', health, 'completion_submitted', '2026-01-31', 'amber', '2026-01-30', false, [r3]], // light green
      ['H3', health, 'open', null, null, null, false, []], // amber: not yet rated
    ];
    const db = session.api.app.get(DataSource);
    for (const [ref, agency, status, target, reported, completed, closed, recs] of plan) {
      const id = randomUUID();
      await db.query(
        `INSERT INTO action (id, partnership_id, version, reference, description, lead_agency_id, target_date,
           target_to_be_agreed, status, reported_rag, completed_on, closed_at)
         VALUES ($1, $2, 1, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [
          id,
          partnership.id,
          ref,
          `Action ${ref}`,
          agency,
          target,
          target === null,
          status,
          reported,
          completed,
          closed ? new Date() : null,
        ],
      );
      for (const rec of recs) {
        await db.query(
          `INSERT INTO action_recommendation (action_id, recommendation_id, partnership_id) VALUES ($1, $2, $3)`,
          [id, rec, partnership.id],
        );
      }
    }
  });

  afterAll(async () => {
    await session?.close();
  });

  const h1 = (name: string | RegExp) => heading(page, name);
  const axe = () => expectNoAccessibilityViolations(page);
  const cells = async (name: RegExp) =>
    (await page.getByRole('row', { name }).getByRole('cell').allInnerTexts()).map((text) => text.trim());

  it('shows the coordinator the plan counted by RAG, agency, theme and review', async () => {
    await page.goto(`${session.baseUrl}/`);
    await signInThroughPage(page, session.partnership.coordinator.email);
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Learning' }).click();
    await h1('Learning').waitFor();
    await page.getByText('5 actions.', { exact: false }).waitFor();
    for (const [rag, count] of Object.entries({ red: 1, amber: 2, light_green: 1, green: 1 })) {
      expect(await page.locator(`[data-rag="${rag}"]`).innerText()).toMatch(new RegExp(`^${count}\\s`));
    }
    expect(await page.getByRole('img', { name: /^Actions by RAG rating/ }).count()).toBe(1);
    const hidden = page.getByRole('table', { name: 'Actions by RAG rating' });
    expect((await hidden.getByRole('cell').allInnerTexts()).map(Number)).toEqual([1, 2, 1, 1]);
    expect(await page.getByTestId('overdue').innerText()).toContain('1 action is overdue');

    expect(await cells(/Dashboard Police/)).toEqual(['2', '1', '1', '0', '0', '']);
    expect(await cells(/Dashboard Health Trust/)).toEqual(['3', '0', '1', '1', '1', '']);
    expect(await cells(/Risk assessment/)).toEqual(['3', '1', '1', '1', '0', '']);
    expect(await cells(/Information sharing/)).toEqual(['1', '0', '0', '0', '1', '']);

    const completion = page.getByRole('region', { name: 'Completion by review' });
    const first = completion.locator('.govuk-summary-list__row', { hasText: reviews[0]!.reference });
    expect(await first.innerText()).toContain('1 of 3 actions closed');
    const second = completion.locator('.govuk-summary-list__row', { hasText: reviews[1]!.reference });
    expect(await second.innerText()).toContain('0 of 1 action closed');
    await page.getByRole('img', { name: /^Change per quarter/ }).waitFor();
    await axe();
  });

  it('finds a lesson by a word, leads to its review’s lessons, and lists how often themes come up', async () => {
    await page.getByRole('link', { name: 'search lessons and recommendations' }).click();
    await h1('Search lessons and recommendations').waitFor();
    const themes = page.getByRole('list', { name: 'How often themes come up' });
    await themes.getByText('Risk assessment — came up in 2 reviews').waitFor();
    await themes.getByText('Information sharing — came up in 1 review').waitFor();
    await axe();

    await page.getByRole('button', { name: 'Search' }).click();
    await page.locator('.govuk-error-summary').getByText('Enter words to search for').waitFor();
    expect(await page.title()).toMatch(/^Error: /);
    await axe();

    await page.getByLabel('Search lessons and recommendations').fill('establish');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('heading', { name: '1 result for ‘establish’' }).waitFor();
    expect(await page.getByRole('article').innerText()).toContain(
      'Professionals should establish what the victim wants.',
    );
    await axe();
    await page.getByRole('link', { name: `Lesson 1, ${reviews[0]!.reference}` }).click();
    await h1('Lessons').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/reviews/${reviews[0]!.id}/lessons`);
  });

  it('downloads the filtered action plan as CSV from the action plan page', async () => {
    await page.goto(`${session.baseUrl}/actions?agencyId=${session.partnership.agencies.police}`);
    await h1('Action plan').waitFor();
    await page.getByRole('row', { name: /P1/ }).waitFor();
    await axe();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the plan as CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^action-plan-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv).toContain('Action P1');
    expect(csv).toContain('Action P2');
    expect(csv).not.toContain('Action H1');
  });
});
