/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { signIn } from '../support';
import {
  BrowserSession,
  expectNoAccessibilityViolations,
  heading,
  openBrowserSession,
  signInThroughPage,
} from '../support/browser';

/**
 * The coordinator reads the partnership's action plan in a real browser: laid out under its sections
 * (Prevent, Protect, then actions with none) in natural reference order, then ordered by RAG with Red first, and
 * filtered by part of a lead officer's name. Checked with axe (WCAG 2.2 AA).
 */
describe('the action plan page, in the browser', () => {
  let session: BrowserSession;
  let page: Page;

  beforeAll(async () => {
    session = await openBrowserSession('ActionPlanPage');
    page = session.page;
    const { partnership } = session;
    const { authorization } = await signIn(session.api.http, partnership.coordinator.email);
    const plan: [string, string | null, string, string][] = [
      ['2.10', 'Protect', '2099-03-31', 'DI Smith'],
      ['2.2', 'Protect', '2025-01-31', 'Named Nurse'],
      ['1.1', 'Prevent', '2099-06-30', 'Head of Community Safety'],
      ['3.1', null, '2099-09-30', 'DI Jones'],
    ];
    for (const [reference, planSection, targetDate, leadOfficerName] of plan) {
      await session.api.http
        .post('/api/v1/actions')
        .set('authorization', authorization)
        .send({
          reference,
          planSection,
          description: `Action ${reference}: carry out the recommendation.`,
          leadAgencyId: partnership.agencies.health,
          leadOfficerName,
          targetDate,
          recommendationIds: [],
          milestones: [],
        })
        .expect(201);
    }
  });

  afterAll(async () => {
    await session?.close();
  });

  /** The texts of the table's row headers: section headings and action references, in order. */
  const rows = () =>
    page.locator('table.govuk-table tbody th').evaluateAll((cells) => cells.map((cell) => cell.textContent));

  it('lays the plan out by section, orders it by RAG, and filters it by lead officer', async () => {
    await page.goto(`${session.baseUrl}/actions`);
    await signInThroughPage(page, session.partnership.coordinator.email);
    await heading(page, 'Action plan').waitFor();
    await page.locator('table.govuk-table tbody tr').first().waitFor();
    expect(await rows()).toEqual(['Prevent', '1.1', 'Protect', '2.2', '2.10', 'Other actions', '3.1']);
    await expectNoAccessibilityViolations(page);

    await page.getByLabel('Order').selectOption('rag');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/sort=rag/u);
    await page.waitForFunction(
      () => document.querySelector('table.govuk-table tbody th')?.textContent === '2.2',
    );
    expect(await rows()).toEqual(['2.2', '1.1', '2.10', '3.1']);

    await page.getByLabel('Lead officer').fill('di ');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/leadOfficer=di/u);
    await page.waitForFunction(() => document.querySelectorAll('table.govuk-table tbody tr').length === 2);
    expect(await rows()).toEqual(['2.10', '3.1']);
    await expectNoAccessibilityViolations(page);
  });
});
