/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import {
  BrowserSession,
  expectNoAccessibilityViolations,
  fillDate,
  heading,
  openBrowserSession,
  signInThroughPage,
} from '../support/browser';

/**
 * The coordinator filters the audit log in a real browser: a date that does not exist is named in the error
 * summary and nothing is filtered; a real period and a record type go into the address and the list follows
 * them. Checked with axe (WCAG 2.2 AA).
 */
describe('the audit log filters, in the browser', () => {
  let session: BrowserSession;
  let page: Page;

  beforeAll(async () => {
    session = await openBrowserSession('AuditLogPage');
    page = session.page;
  });

  afterAll(async () => {
    await session?.close();
  });

  it('names a date that does not exist, then filters by a real period', async () => {
    await page.goto(`${session.baseUrl}/audit`);
    await signInThroughPage(page, session.partnership.coordinator.email);
    await heading(page, 'Audit log').waitFor();

    await fillDate(page, 'from', { day: '31', month: '2', year: '2026' });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    expect(await summary.innerText()).toContain('From must be a real date, like 27 3 2026');
    expect(page.url()).not.toContain('from=');
    await expectNoAccessibilityViolations(page);

    const today = new Date();
    await fillDate(page, 'from', {
      day: String(today.getDate()),
      month: String(today.getMonth() + 1),
      year: String(today.getFullYear()),
    });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/from=\d{4}-\d{2}-\d{2}/u);
    expect(await summary.count()).toBe(0);
    await page.locator('table.govuk-table tbody tr').first().waitFor();
    await expectNoAccessibilityViolations(page);
  });
});
