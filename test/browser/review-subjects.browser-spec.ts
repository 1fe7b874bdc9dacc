/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { signIn } from '../support';
import {
  BrowserSession,
  expectNoAccessibilityViolations,
  fillDate,
  heading,
  openBrowserSession,
  signInThroughPage,
} from '../support/browser';

const REAL_NAME = 'Jane Example-Victim';

/**
 * The subjects of a review in a real browser against the real api: the coordinator sees pseudonyms, reads a
 * real identity only on asking (and the reading is audited), records an identity (a mistake first), and
 * changes a subject; a panel member linked to the review sees the pseudonyms and no way to the identities.
 * Every page is checked with axe (WCAG 2.2 AA).
 */
describe('a review’s subjects and their real identities in the browser', () => {
  let session: BrowserSession;
  let page: Page;
  let reviewId: string;
  let reference: string;
  let coordinator: string;
  let victimId: string;

  beforeAll(async () => {
    session = await openBrowserSession('Subjects');
    page = session.page;
    coordinator = (await signIn(session.api.http, session.partnership.coordinator.email)).authorization;
    const created = await session.api.http
      .post('/api/v1/reviews')
      .set('authorization', coordinator)
      .send({
        reviewType: 'dhr',
        notifiedOn: '2026-09-01',
        notifiedBy: 'Detective Inspector, Subjects Police',
        relationship: 'intimate_partner',
        suspectedSuicide: false,
        subjects: [
          {
            pseudonym: 'Adult A',
            role: 'victim',
            sex: 'Female',
            ageBand: '35-44',
            identity: { fullName: REAL_NAME, dateOfBirth: '1985-04-12', address: '1 Example Street' },
          },
          { pseudonym: 'Adult B', role: 'perpetrator', relationshipToVictim: 'Partner' },
        ],
      })
      .expect(201);
    reviewId = created.body.id;
    reference = created.body.reference;
    await session.api.http
      .post(`/api/v1/reviews/${reviewId}/decision`)
      .set('authorization', coordinator)
      .set('if-match', `"${created.body.version as number}"`)
      .send({
        outcome: 'commission',
        decidedOn: '2026-09-10',
        decisionMaker: 'Chair, Subjects Community Safety Partnership',
        rationale: 'The death meets the criteria for a domestic homicide review.',
      })
      .expect(200);
    const subjects = await session.api.http
      .get(`/api/v1/reviews/${reviewId}/subjects`)
      .set('authorization', coordinator)
      .expect(200);
    victimId = (subjects.body.items as { id: string; pseudonym: string }[]).find(
      (s) => s.pseudonym === 'Adult A',
    )!.id;
  });

  afterAll(async () => {
    await session?.close();
  });

  const h1 = (name: string | RegExp) => heading(page, name);
  const summary = () => page.locator('.govuk-error-summary');
  const banner = () => page.locator('.govuk-notification-banner--success');
  const card = (pseudonym: string) =>
    page.locator('.govuk-summary-card', { has: page.getByRole('heading', { name: pseudonym, exact: true }) });
  const main = () => page.locator('main').innerText();
  const axe = () => expectNoAccessibilityViolations(page);

  it('lists the subjects by pseudonym, never the real name until it is asked for', async () => {
    const identityReads: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/identity') && request.method() === 'GET')
        identityReads.push(request.url());
    });
    await page.goto(`${session.baseUrl}/reviews/${reviewId}`);
    await signInThroughPage(page, session.partnership.coordinator.email);
    await h1(reference).waitFor();
    await page.getByRole('link', { name: /^Subjects/ }).click();
    await h1('Subjects').waitFor();
    await card('Adult B').waitFor();
    expect(await card('Adult A').innerText()).toContain('Identity recorded');
    expect(await card('Adult B').innerText()).toContain('No identity recorded');
    expect(await card('Adult B').innerText()).toContain('Partner');
    expect(await main()).not.toContain(REAL_NAME);
    expect(identityReads).toEqual([]);
    // only a subject with an identity has one to show
    expect(
      await card('Adult B')
        .getByRole('button', { name: /Show real identity/ })
        .count(),
    ).toBe(0);
    await axe();

    await card('Adult A').getByRole('button', { name: 'Show real identity of Adult A' }).click();
    await card('Adult A').getByText(REAL_NAME).waitFor();
    const shown = await card('Adult A').innerText();
    expect(shown).toContain('You are viewing a real identity. This is recorded in the audit log.');
    expect(shown).toContain('12 April 1985');
    expect(identityReads).toHaveLength(1);
    await axe();

    const audit = await session.api.http
      .get(`/api/v1/audit?entityId=${victimId}`)
      .set('authorization', coordinator)
      .expect(200);
    const actions = (audit.body.items as { action: string; after: unknown }[]).map((e) => e.action);
    expect(actions).toContain('subject.identity-viewed');
    expect(JSON.stringify(audit.body)).not.toContain(REAL_NAME);

    await card('Adult A').getByRole('button', { name: 'Hide real identity of Adult A' }).click();
    await card('Adult A').getByRole('button', { name: 'Show real identity of Adult A' }).waitFor();
    expect(await main()).not.toContain(REAL_NAME);
  });

  it('forgets a shown identity when the user leaves the page', async () => {
    await card('Adult A').getByRole('button', { name: 'Show real identity of Adult A' }).click();
    await card('Adult A').getByText(REAL_NAME).waitFor();
    await page.getByRole('link', { name: 'Back to the review' }).click();
    await h1(reference).waitFor();
    await page.goBack();
    await h1('Subjects').waitFor();
    await card('Adult A').getByRole('button', { name: 'Show real identity of Adult A' }).waitFor();
    expect(await main()).not.toContain(REAL_NAME);
  });

  it('records the perpetrator’s identity, explaining a missing full name first', async () => {
    await card('Adult B').getByRole('link', { name: 'Record real identity Adult B' }).click();
    await h1('Record the real identity of Adult B').waitFor();
    await axe();
    await page.getByLabel('Other names (optional)').fill('Bobby');
    await page.getByRole('button', { name: 'Record real identity' }).click();
    await summary().waitFor();
    expect(await summary().innerText()).toContain('Enter the full name');
    expect(await page.title()).toBe('Error: Record the real identity of Adult B – DHR case management');
    await summary().getByRole('link', { name: 'Enter the full name' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('fullName');
    await axe();

    await page.getByLabel('Full name', { exact: true }).fill('Robert Example-Suspect');
    await fillDate(page, 'dateOfBirth', { day: '3', month: '2', year: '1982' });
    await page.getByRole('button', { name: 'Record real identity' }).click();
    await banner().getByText('The real identity of Adult B has been recorded.').waitFor();
    await h1('Subjects').waitFor();
    expect(await card('Adult B').innerText()).toContain('Identity recorded');
    expect(await main()).not.toContain('Robert Example-Suspect');
    await axe();
  });

  it('changes a subject’s ethnicity', async () => {
    await card('Adult B').getByRole('link', { name: 'Change Adult B' }).click();
    await h1('Change Adult B’s details').waitFor();
    expect(await page.getByLabel('Relationship to the victim (optional)').inputValue()).toBe('Partner');
    await axe();
    await page.getByLabel('Pseudonym').fill('');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await summary().waitFor();
    expect(await summary().innerText()).toContain('Enter a pseudonym');
    await axe();

    await page.getByLabel('Pseudonym').fill('Adult B');
    await page.getByLabel('Ethnicity (optional)').fill('White British');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await banner().getByText('Adult B’s details have been changed.').waitFor();
    expect(await card('Adult B').innerText()).toContain('White British');
    await axe();
  });

  it('adds a subject', async () => {
    await page.getByRole('button', { name: 'Add a subject' }).click();
    await h1('Add a subject').waitFor();
    await axe();
    await page.getByLabel('Pseudonym').fill('Child C');
    await page.getByLabel('Other person').check();
    await page.getByLabel('Relationship to the victim (optional)').fill('Son');
    await page.getByRole('button', { name: 'Add subject' }).click();
    await banner().getByText('Child C has been added.').waitFor();
    expect(await card('Child C').innerText()).toContain('No identity recorded');
  });

  it('shows a linked panel member the pseudonyms and no way to a real identity', async () => {
    await session.api.http
      .post(`/api/v1/reviews/${reviewId}/panel-members`)
      .set('authorization', coordinator)
      .send({
        name: 'Pat Panel',
        panelRole: 'member',
        agencyId: session.partnership.agencies.police,
        userId: session.partnership.panelMember.id,
        joinedOn: '2026-09-15',
      })
      .expect(201);

    await page.getByRole('link', { name: /^Sign out/ }).click();
    await signInThroughPage(page, session.partnership.panelMember.email);
    // signing out leaves no page to return to: the panel member starts from the home page
    await page.getByRole('link', { name: /^Sign out/ }).waitFor();
    await page.goto(`${session.baseUrl}/reviews/${reviewId}/subjects`);
    await h1('Subjects').waitFor();
    await card('Adult A').waitFor();
    expect(await card('Adult B').innerText()).toContain('Identity recorded');
    expect(await page.getByRole('button', { name: /Show real identity/ }).count()).toBe(0);
    expect(await page.getByRole('link', { name: /real identity|Change/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Add a subject' }).count()).toBe(0);
    expect(await main()).not.toContain(REAL_NAME);
    await axe();
  });
});
