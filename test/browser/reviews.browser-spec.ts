/// <reference lib="dom" />
import AxeBuilder from '@axe-core/playwright';
import { existsSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { Browser, chromium, Page } from 'playwright-core';
import { givenPartnership, startTestApi, TestApi, TestPartnership, TEST_PASSWORD } from '../support';

const CHROMIUM = '/usr/bin/chromium';
const WEB_APP = 'dist/apps/web/index.html';

/** A day some days before today, as the date input's three boxes take it. */
function daysAgo(days: number): { day: string; month: string; year: string } {
  const date = new Date();
  date.setDate(date.getDate() - days);
  return {
    day: String(date.getDate()),
    month: String(date.getMonth() + 1),
    year: String(date.getFullYear()),
  };
}

/**
 * The coordinator of a fresh partnership, in a real browser against the real api: opens the dashboard,
 * records a notification (mistakes first, each explained), finds it on the dashboard, records the decision to
 * commission it, and sees the stage and the clocks move on. Every page is checked with axe (WCAG 2.2 AA).
 */
describe('a coordinator with reviews in the browser', () => {
  let api: TestApi;
  let partnership: TestPartnership;
  let browser: Browser;
  let page: Page;
  let baseUrl: string;
  let reference: string;

  beforeAll(async () => {
    if (!existsSync(WEB_APP)) {
      throw new Error(
        `${WEB_APP} is missing: build the web app first with \`npx nx build web\` (npm test does).`,
      );
    }
    if (!existsSync(CHROMIUM)) {
      throw new Error(`${CHROMIUM} is missing: install it with \`apt-get install -y chromium\`.`);
    }
    api = await startTestApi();
    partnership = await givenPartnership(api, 'Reviews');
    await api.app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${(api.app.getHttpServer().address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = await (await browser.newContext()).newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  async function expectNoAccessibilityViolations(): Promise<void> {
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    const violations = results.violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
    expect(violations).toEqual([]);
  }

  const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name, exact: true });

  async function fillDate(id: string, date: { day: string; month: string; year: string }) {
    await page.locator(`#${id}`).fill(date.day);
    await page.locator(`#${id}-month`).fill(date.month);
    await page.locator(`#${id}-year`).fill(date.year);
  }

  it('opens the dashboard, with no reviews yet', async () => {
    await page.goto(`${baseUrl}/reviews`);
    await heading('Sign in').waitFor();
    await page.getByLabel('Email address').fill(partnership.coordinator.email);
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await heading('Reviews').waitFor();
    await page.getByText('There are no reviews yet.').waitFor();
    expect(await page.title()).toBe('Reviews – DHR case management');
    // the service navigation offers the dashboard to those who may read reviews
    await page.locator('header').getByRole('link', { name: 'Reviews' }).waitFor();
    await expectNoAccessibilityViolations();
  });

  it('explains every mistake in a notification, then records it', async () => {
    await page.getByRole('button', { name: 'Record a notification' }).click();
    await heading('Record a notification').waitFor();
    await expectNoAccessibilityViolations();

    await page.getByRole('button', { name: 'Record notification' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    const problems = await summary.innerText();
    expect(problems).toContain('Select the type of review');
    expect(problems).toContain('Enter the date the partnership was notified');
    expect(problems).toContain('Who notified the partnership must not be empty');
    expect(problems).toContain('Select the relationship');
    expect(problems).toContain('Select whether the death is a suspected suicide');
    expect(problems).toContain('The person who died: pseudonym must not be empty');
    expect(problems).not.toContain('YYYY-MM-DD');
    expect(await page.title()).toBe('Error: Record a notification – DHR case management');
    // the subject's problem is beside its own box, and the summary's link goes there
    expect(await page.locator('#victimPseudonym-error').innerText()).toContain('pseudonym must not be empty');
    await summary.getByRole('link', { name: /The person who died: pseudonym/ }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('victimPseudonym');
    await expectNoAccessibilityViolations();

    await page.getByLabel('Domestic Homicide Review (DHR)').check();
    await fillDate('notifiedOn', daysAgo(10));
    await page.getByLabel('Who notified the partnership').fill('DCI A. Example, South Yorkshire Police');
    await page.getByLabel('Intimate partner', { exact: true }).check();
    await page.getByRole('radio', { name: 'No' }).check();
    await page.locator('#victimPseudonym').fill('MA 1');
    await page.locator('#victimAgeBand').selectOption('35-44');
    await page.locator('#perpetratorPseudonym').fill('MA 2');
    await page.getByRole('button', { name: 'Record notification' }).click();

    await page.locator('.govuk-notification-banner--success').waitFor();
    const banner = await page.locator('.govuk-notification-banner--success').innerText();
    const match = /(DHR-\d{4}-\d+) has been recorded/.exec(banner);
    expect(match).not.toBeNull();
    reference = match?.[1] ?? '';
    await heading(reference).waitFor();
  });

  it('shows the new review on the dashboard, with its decision clock running', async () => {
    await page.getByRole('link', { name: 'Back to reviews' }).click();
    await heading('Reviews').waitFor();
    await page.getByRole('heading', { level: 2, name: /Notified/ }).waitFor();
    const row = page.getByRole('row', { name: new RegExp(reference) });
    await row.waitFor();
    const cells = await row.innerText();
    expect(cells).toContain('On track');
    expect(cells).toMatch(/\d+ days left/);
    expect(cells).toContain('Not started');
    await expectNoAccessibilityViolations();
  });

  it('records the decision to commission the review, and the stage and clocks move on', async () => {
    await page.getByRole('link', { name: reference }).click();
    await heading(reference).waitFor();
    expect(await page.locator('.govuk-task-list').innerText()).toMatch(
      /Decision to commission or decline\s+Not yet started/,
    );
    await expectNoAccessibilityViolations();

    await page.getByRole('button', { name: 'Commission the review' }).click();
    await heading('Record the decision').waitFor();
    expect(await page.getByLabel('Commission a review').isChecked()).toBe(true);
    await expectNoAccessibilityViolations();
    await page.getByLabel('Decision-maker').fill('Chair, Reviews Community Safety Partnership');
    await page.getByLabel('Rationale').fill('The death meets the criteria in section 9 of the 2004 Act.');
    await page.getByRole('button', { name: 'Record decision' }).click();

    await heading(reference).waitFor();
    await page.getByText('The decision has been recorded.').waitFor();
    expect(await page.locator('p', { hasText: 'Stage:' }).innerText()).toContain('Setting up');
    const clocks = await page.locator('.govuk-summary-list').first().innerText();
    expect(clocks).toMatch(/Decision.*\n?\s*Met/);
    expect(clocks).toMatch(/Completion[^\n]*\n?\s*On track/);
    expect(await page.locator('.govuk-task-list').innerText()).toMatch(
      /Decision to commission or decline\s+Completed/,
    );
    // what blocks starting the review is listed, in the api's words
    const next = await page.getByText('Appoint an independent chair.').innerText();
    expect(next).toBe('Appoint an independent chair.');
    await expectNoAccessibilityViolations();
  });
  it('records the Home Office told, appoints and declares the chair, and starts the review', async () => {
    await page.getByRole('link', { name: 'Home Office informed' }).click();
    await heading('Record when the Home Office was informed').waitFor();
    await page.getByRole('button', { name: 'Save date' }).click();
    await heading(reference).waitFor();

    await page.getByRole('link', { name: /Independent chair appointed/ }).click();
    await heading('Appoint the independent chair').waitFor();
    await expectNoAccessibilityViolations();
    await page.getByLabel('Independent chair').selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Appoint chair' }).click();
    await heading(reference).waitFor();
    expect(await page.locator('.govuk-task-list').innerText()).toMatch(
      /Independent chair appointed and independence declared\s+In progress/,
    );

    await page.getByRole('link', { name: /Independent chair appointed/ }).click();
    await heading('Declare the chair’s independence').waitFor();
    await page
      .getByLabel('Statement of independence')
      .fill('I have never been employed by any of the agencies involved with this review.');
    await page.getByRole('button', { name: 'Record declaration' }).click();
    await heading(reference).waitFor();

    await page.getByRole('button', { name: 'Start the review' }).click();
    await heading('Start the review').waitFor();
    await page.getByRole('button', { name: 'Start the review' }).click();
    await heading(reference).waitFor();
    expect(await page.locator('p', { hasText: 'Stage:' }).innerText()).toContain('Gathering evidence');
    await expectNoAccessibilityViolations();
  });
});
