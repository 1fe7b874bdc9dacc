/// <reference lib="dom" />
import { Page } from 'playwright-core';
import { signIn } from '../support';
import {
  BrowserSession,
  expectNoAccessibilityViolations,
  heading,
  openBrowserSession,
  signInThroughPage,
} from '../support/browser';

/**
 * A lead officer's quarterly update in a real browser: the coordinator adds an action for the health agency
 * through the api (its lead officer named, its target in the future, one milestone); the lead officer finds it
 * under "Update due this quarter", gives an update (told first that the narrative is missing), rates it Amber
 * and ticks the milestone; is told that completion needs evidence, attaches a PDF and records completion; the
 * coordinator approves it and it shows Green. Every page is checked with axe (WCAG 2.2 AA).
 */
describe('a lead officer’s quarterly update', () => {
  let session: BrowserSession;
  let page: Page;

  beforeAll(async () => {
    session = await openBrowserSession('LeadOfficerPages');
    page = session.page;
    const { api, partnership: a } = session;
    const coordinator = (await signIn(api.http, a.coordinator.email)).authorization;
    await api.http
      .post('/api/v1/actions')
      .set('authorization', coordinator)
      .send({
        reference: '2.4',
        planSection: 'Protect',
        description: 'Train emergency department triage staff in routine enquiry about domestic abuse.',
        leadAgencyId: a.agencies.health,
        leadOfficerUserId: a.leadOfficer.id,
        leadOfficerName: 'Head of Safeguarding',
        targetDate: '2099-03-31',
        recommendationIds: [],
        milestones: [{ description: 'Training materials written', done: false }],
      })
      .expect(201);
  });

  afterAll(() => session?.close());

  const axe = () => expectNoAccessibilityViolations(page);
  const banner = (text: string) =>
    page.locator('.govuk-notification-banner--success', { hasText: text }).waitFor();
  const summary = () => page.locator('.govuk-error-summary');
  const signOut = () => page.getByRole('link', { name: /^Sign out/ }).click();

  it('shows the action under "Update due this quarter" in My actions', async () => {
    await page.goto(`${session.baseUrl}/my-actions`);
    await signInThroughPage(page, session.partnership.leadOfficer.email);
    await heading(page, 'My actions').waitFor();
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'My actions' }).waitFor();
    const due = page.locator('section', {
      has: page.getByRole('heading', { name: /Update due this quarter/ }),
    });
    expect(await due.innerText()).toContain('Train emergency department triage staff');
    expect(await due.innerText()).toContain('Amber');
    await axe();
  });

  it('gives a progress update: told first what is missing, then saved in the history', async () => {
    await page.getByRole('link', { name: /^2\.4/ }).click();
    await heading(page, 'Action 2.4').waitFor();
    await page.getByText('No progress updates yet.').waitFor();
    await axe();

    await page.getByRole('button', { name: 'Give a progress update' }).click();
    await heading(page, 'Give a progress update').waitFor();
    await axe();
    await page.getByRole('button', { name: 'Save update' }).click();
    await summary().waitFor();
    const problems = await summary().innerText();
    expect(problems).toContain('Select a RAG rating');
    expect(problems).toContain('Describe the progress since the last update');
    expect(await page.locator('#narrative-error').isVisible()).toBe(true);
    await axe();

    await page.getByLabel('Amber').check();
    await page
      .getByLabel('Progress since the last update')
      .fill('Materials drafted with the safeguarding team; sessions booked for January.');
    await page.getByLabel('Training materials written').check();
    await page.getByRole('button', { name: 'Save update' }).click();
    await heading(page, 'Action 2.4').waitFor();
    await banner('Your progress update has been saved.');
    const history = await page.getByRole('table').innerText();
    expect(history).toContain('Materials drafted with the safeguarding team');
    expect(history).toContain('Amber');
    const rating = await page.locator('.govuk-summary-list__row', { hasText: 'RAG rating' }).innerText();
    expect(rating).toContain('Amber');
    expect(await page.getByText('Done: Training materials written').count()).toBe(1);
    await axe();
  });

  it('records completion only with evidence', async () => {
    await page.getByRole('button', { name: 'Record completion' }).click();
    await heading(page, 'Record completion').waitFor();
    await axe();
    await page.getByLabel('Outcome').fill('All triage staff trained; routine enquiry audited monthly.');
    await page.getByRole('button', { name: 'Record completion' }).click();
    await summary().waitFor();
    const link = summary().getByRole('link', { name: /Attach at least one evidence document/ });
    expect(await link.getAttribute('href')).toBe('#file');
    await axe();

    await page.getByLabel('Attach evidence').setInputFiles({
      name: 'training-register.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.7\nTraining register\n%%EOF\n'),
    });
    await page.getByRole('button', { name: 'Attach file' }).click();
    await banner('training-register.pdf has been attached.');
    await page.getByRole('button', { name: 'Record completion' }).click();
    await heading(page, 'Action 2.4').waitFor();
    await banner('Completion has been recorded and sent to the coordinator for sign-off.');
    const rating = await page.locator('.govuk-summary-list__row', { hasText: 'RAG rating' }).innerText();
    expect(rating).toContain('Light green');
    expect(rating).toContain('Awaiting sign-off');
    await page.locator('.govuk-summary-list__row', { hasText: 'Completion awaiting sign-off' }).waitFor();
    expect(await page.getByRole('button', { name: 'Give a progress update' }).count()).toBe(0);
    await axe();
  });

  it('is approved by the coordinator, and shows Green', async () => {
    await signOut();
    await signInThroughPage(page, session.partnership.coordinator.email);
    await page.getByRole('link', { name: /^Sign out/ }).waitFor();
    await page.goto(`${session.baseUrl}/actions`);
    await heading(page, 'Action plan').waitFor();
    const row = await page.getByRole('row', { name: /2\.4/ }).innerText();
    expect(row).toContain('Head of Safeguarding');
    expect(row).toContain('31 March 2099');
    expect(row).toContain('Light green');
    await axe();

    await page.getByRole('link', { name: '2.4', exact: true }).click();
    await heading(page, 'Action 2.4').waitFor();
    await page.getByRole('button', { name: 'Download evidence: training-register.pdf' }).waitFor();
    await axe();
    await page.getByRole('button', { name: 'Approve completion' }).click();
    await banner('The completion has been approved.');
    await page.locator('.govuk-summary-list__row', { hasText: 'Closed' }).waitFor();
    const rating = await page.locator('.govuk-summary-list__row', { hasText: 'RAG rating' }).innerText();
    expect(rating).toMatch(/Green/);
    expect(rating).not.toContain('Light green');
    expect(await page.getByRole('button', { name: 'Approve completion' }).count()).toBe(0);
    await axe();
  });

  it('lets the coordinator add an action whose target date is to be agreed, and filter the plan', async () => {
    await page.getByRole('link', { name: 'Back to the action plan' }).click();
    await heading(page, 'Action plan').waitFor();
    await page.getByRole('button', { name: 'Add an action' }).click();
    await heading(page, 'Add an action').waitFor();
    await axe();
    await page.getByRole('button', { name: 'Add action' }).click();
    await summary().waitFor();
    const problems = await summary().innerText();
    expect(problems).toContain('Enter the reference');
    expect(problems).toContain('Enter what will be done');
    expect(problems).toContain('Choose the lead agency');
    expect(problems).toContain('Enter a target date, or select that it is to be agreed');
    await axe();
    await page.getByLabel('The target date is to be agreed').check();

    await page.getByLabel('Reference').fill('2.5');
    await page.getByLabel('What will be done').fill('Audit routine enquiry in primary care.');
    await page.getByLabel('Lead agency').selectOption(session.partnership.agencies.health);
    await page.getByLabel('Lead officer', { exact: true }).selectOption(session.partnership.leadOfficer.id);
    await page.getByLabel('Milestone 1', { exact: true }).fill('Audit tool agreed');
    await page.getByRole('button', { name: 'Add action' }).click();
    await heading(page, 'Action 2.5').waitFor();
    await banner('Action 2.5 has been added to the plan.');
    await axe();

    await page.getByRole('link', { name: 'Back to the action plan' }).click();
    await heading(page, 'Action plan').waitFor();
    expect(await page.getByRole('row', { name: /2\.5/ }).innerText()).toContain('To be agreed');
    await page.getByLabel('RAG rating').selectOption('green');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/rag=green/);
    await page.getByRole('row', { name: /2\.4/ }).waitFor();
    // the action whose target is to be agreed is amber (not yet rated): it leaves the green plan
    await page.getByRole('row', { name: /2\.5/ }).waitFor({ state: 'detached' });
    await axe();
  });
});
