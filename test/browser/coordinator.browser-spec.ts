/// <reference lib="dom" />
import AxeBuilder from '@axe-core/playwright';
import { existsSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { Browser, chromium, Page } from 'playwright-core';
import { givenPartnership, startTestApi, TestApi, TestPartnership, TEST_PASSWORD } from '../support';

const CHROMIUM = '/usr/bin/chromium';
const WEB_APP = 'dist/apps/web/index.html';

/**
 * A coordinator, in a real browser against the real api: signs in, keeps the session over a reload, makes
 * mistakes inviting a user and sees them explained, invites the user, finds them in the list. Every page is
 * checked with axe against WCAG 2.2 AA.
 */
describe('a coordinator in the browser', () => {
  let api: TestApi;
  let partnership: TestPartnership;
  let browser: Browser;
  let page: Page;
  let baseUrl: string;

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
    partnership = await givenPartnership(api, 'Browser');
    await api.app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${(api.app.getHttpServer().address() as AddressInfo).port}`;
    // playwright gives each launch a fresh, temporary profile (--user-data-dir) of its own
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
