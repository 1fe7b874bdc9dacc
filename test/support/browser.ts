/// <reference lib="dom" />
import AxeBuilder from '@axe-core/playwright';
import { existsSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { Browser, chromium, Page } from 'playwright-core';
import { givenPartnership, TEST_PASSWORD, TestPartnership } from './scenario';
import { startTestApi, TestApi } from './test-app';

const CHROMIUM = '/usr/bin/chromium';
const WEB_APP = 'dist/apps/web/index.html';

export interface BrowserSession {
  api: TestApi;
  partnership: TestPartnership;
  page: Page;
  baseUrl: string;
  close(): Promise<void>;
}

/**
 * The real api serving the built web app on a free port, a fresh partnership, and headless Debian Chromium
 * (playwright gives each launch a temporary profile of its own).
 */
export async function openBrowserSession(label: string): Promise<BrowserSession> {
  if (!existsSync(WEB_APP)) {
    throw new Error(
      `${WEB_APP} is missing: build the web app first with \`npx nx build web\` (npm test does).`,
    );
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install it with \`apt-get install -y chromium\`.`);
  }
  const api = await startTestApi();
  const partnership = await givenPartnership(api, label);
  await api.app.listen({ port: 0, host: '127.0.0.1' });
  const baseUrl = `http://127.0.0.1:${(api.app.getHttpServer().address() as AddressInfo).port}`;
  let browser: Browser | undefined;
  try {
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
    const page = await (await browser.newContext()).newPage();
    const opened = browser;
    return {
      api,
      partnership,
      page,
      baseUrl,
      close: async () => void (await opened.close(), await api.close()),
    };
  } catch (error) {
    await browser?.close();
    await api.close();
    throw error;
  }
}

/** Fails with every WCAG 2.2 AA violation axe finds on the page as it is now. */
export async function expectNoAccessibilityViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const violations = results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(violations).toEqual([]);
}

/** The page's main heading. */
export const heading = (page: Page, name: string | RegExp) =>
  page.getByRole('heading', { level: 1, name, exact: true });

/** Signs in through the sign-in page the app has sent the visitor to. */
export async function signInThroughPage(page: Page, email: string, password = TEST_PASSWORD): Promise<void> {
  await heading(page, 'Sign in').waitFor();
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Fills a GOV.UK date input whose day box has the given id. */
export async function fillDate(page: Page, id: string, date: { day: string; month: string; year: string }) {
  await page.locator(`#${id}`).fill(date.day);
  await page.locator(`#${id}-month`).fill(date.month);
  await page.locator(`#${id}-year`).fill(date.year);
}
