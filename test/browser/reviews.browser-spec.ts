/// <reference lib="dom" />
import { Page } from 'playwright-core';
import { TestPartnership, TEST_PASSWORD } from '../support';
import {
  BrowserSession,
  expectNoAccessibilityViolations as expectNoViolations,
  openBrowserSession,
} from '../support/browser';

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
  let partnership: TestPartnership;
  let session: BrowserSession;
  let page: Page;
  let baseUrl: string;
  let reference: string;

  beforeAll(async () => {
    session = await openBrowserSession('Reviews');
    ({ partnership, page, baseUrl } = session);
  });

  afterAll(() => session?.close());

  const expectNoAccessibilityViolations = () => expectNoViolations(page);

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

  it('sets the partnership’s time limits, explaining a number out of range first', async () => {
    await page.goto(`${baseUrl}/reviews`);
    await heading('Reviews').waitFor();
    await page.getByRole('link', { name: 'Time limits for decisions and completion' }).click();
    await heading('Review time limits').waitFor();
    expect(await page.getByLabel('Months to complete').inputValue()).toBe('6');
    await expectNoAccessibilityViolations();

    await page.getByLabel('Months to complete').fill('0');
    await page.getByRole('button', { name: 'Save time limits' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    expect(await summary.innerText()).toContain('Months to complete must not be less than 1');
    await expectNoAccessibilityViolations();

    await page.getByLabel('Months to complete').fill('12');
    await page.getByRole('button', { name: 'Save time limits' }).click();
    await page.locator('.govuk-notification-banner--success').waitFor();
    expect(await page.getByLabel('Months to complete').inputValue()).toBe('12');
  });
});
