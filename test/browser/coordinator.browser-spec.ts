/// <reference lib="dom" />
import { Page } from 'playwright-core';
import { TestPartnership, TEST_PASSWORD } from '../support';
import {
  BrowserSession,
  expectNoAccessibilityViolations as expectNoViolations,
  openBrowserSession,
} from '../support/browser';

/**
 * A coordinator, in a real browser against the real api: signs in, keeps the session over a reload, makes
 * mistakes inviting a user and sees them explained, invites the user, finds them in the list. Every page is
 * checked with axe against WCAG 2.2 AA.
 */
describe('a coordinator in the browser', () => {
  let partnership: TestPartnership;
  let session: BrowserSession;
  let page: Page;
  let baseUrl: string;

  beforeAll(async () => {
    session = await openBrowserSession('Browser');
    ({ partnership, page, baseUrl } = session);
  });

  afterAll(() => session?.close());

  const expectNoAccessibilityViolations = () => expectNoViolations(page);

  const heading = (name: string) => page.getByRole('heading', { level: 1, name, exact: true });

  it('signs in, and stays signed in over a reload', async () => {
    await page.goto(`${baseUrl}/users`);
    // not signed in yet: the users page sends the visitor to sign in, and back afterwards
    await heading('Sign in').waitFor();
    expect(await page.title()).toBe('Sign in – DHR case management');
    await expectNoAccessibilityViolations();

    await page.getByLabel('Email address').fill(partnership.coordinator.email);
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await heading('Users').waitFor();
    expect(await page.locator('header').innerText()).toContain(partnership.name);

    // the access token lived in memory only: the refresh cookie brings the session back
    await page.reload();
    await heading('Users').waitFor();
    await page.getByRole('link', { name: 'Sign out' }).waitFor();
  });

  it('lists the partnership’s users', async () => {
    for (const user of [partnership.coordinator, partnership.policeAuthor, partnership.leadOfficer]) {
      await page.getByRole('row').filter({ hasText: user.email }).waitFor();
    }
    expect(await page.title()).toBe('Users – DHR case management');
    await expectNoAccessibilityViolations();
  });

  it('explains every mistake in a new user, then invites them', async () => {
    await page.getByRole('button', { name: 'Invite a user' }).click();
    await heading('Invite a user').waitFor();
    await expectNoAccessibilityViolations();

    await page.getByLabel('Email address').fill('not an email');
    await page.getByRole('checkbox', { name: 'IMR author' }).check();
    await page.getByRole('button', { name: 'Invite user' }).click();

    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    const problems = await summary.innerText();
    expect(problems).toContain('There is a problem');
    expect(problems).toContain('Email address must be an email address');
    expect(problems).toContain('Full name must not be empty');
    // the summary takes focus so that a screen reader reads it out, and the title says there is an error
    expect(await page.evaluate(() => document.activeElement?.classList.contains('govuk-error-summary'))).toBe(
      true,
    );
    expect(await page.title()).toBe('Error: Invite a user – DHR case management');
    // each error is beside its field too, and the summary's link takes the user there
    expect(await page.locator('#displayName-error').innerText()).toContain('Full name must not be empty');
    await summary.getByRole('link', { name: /Full name/ }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('displayName');
    await expectNoAccessibilityViolations();

    const email = `brenda.browser.${Date.now()}@test.example`;
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Full name').fill('Brenda Browser');
    await page.getByLabel('Agency').selectOption({ label: await policeAgencyName() });
    await page.getByRole('button', { name: 'Invite user' }).click();

    await heading('Users').waitFor();
    const banner = page.locator('.govuk-notification-banner--success');
    await banner.waitFor();
    expect(await banner.innerText()).toContain(`We have emailed ${email} a link to set their password`);
    const row = page.getByRole('row', { name: /Brenda Browser/ });
    await row.waitFor();
    const cells = await row.innerText();
    expect(cells).toContain(email);
    expect(cells).toContain('IMR author');
    expect(cells).toContain('Invited');
  });

  async function policeAgencyName(): Promise<string> {
    const options = await page.getByLabel('Agency').locator('option').allTextContents();
    const police = options.find((option) => option.includes('Police'));
    if (!police) throw new Error(`There is no police agency among ${options.join(', ')}`);
    return police;
  }
});
