/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import { Test, TestingModule } from '@nestjs/testing';
import { Page } from 'playwright-core';
import { CheckChronologyDuplicatesProcessor } from '@dhr/imr';
import { givenAgreedTerms, givenCommissionedReview, givenSentRequest, signIn } from '../support';
import {
  BrowserSession,
  expectNoAccessibilityViolations,
  heading,
  openBrowserSession,
  signInThroughPage,
} from '../support/browser';
// the worker's own composition, without consuming queues: the check is run by calling its processor
// eslint-disable-next-line @nx/enforce-module-boundaries
import { WorkerModule } from '../../apps/worker/src/worker.module';

type Body = Record<string, unknown>;

/**
 * The combined chronology in a real browser, as the chair: two agencies' entries merged by year in the
 * documented order, filtered by agency (in the address), downloaded as CSV, and checked for likely
 * duplicates: queued while no worker runs, then run by the worker's processor, and the pair it finds
 * recorded as the same event. Every state is checked with axe (WCAG 2.2 AA).
 */
describe('the combined chronology in the browser', () => {
  let session: BrowserSession;
  let page: Page;
  let worker: TestingModule | undefined;
  let reviewId: string;
  let reference: string;
  const as: Record<string, string> = {};
  const names = { police: '', health: '' };

  const send = (who: string, method: 'get' | 'post' | 'put', path: string, body?: Body, ifMatch?: number) => {
    const request = session.api.http[method](`/api/v1${path}`).set('authorization', as[who]!);
    if (ifMatch !== undefined) request.set('if-match', `"${ifMatch}"`);
    return body === undefined ? request : request.send(body);
  };

  beforeAll(async () => {
    session = await openBrowserSession('Combined');
    page = session.page;
    const { api, partnership: a } = session;
    for (const [who, email] of Object.entries({
      coordinator: a.coordinator.email,
      policeAuthor: a.policeAuthor.email,
      healthAuthor: a.healthAuthor.email,
    })) {
      as[who] = (await signIn(api.http, email)).authorization;
    }
    const agencies = await send('coordinator', 'get', '/agencies').expect(200);
    for (const agency of agencies.body.items as { id: string; name: string }[]) {
      if (agency.id === a.agencies.police) names.police = agency.name;
      if (agency.id === a.agencies.health) names.health = agency.name;
    }
    const review = await givenCommissionedReview(session.api, a, as['coordinator']!, [
      { pseudonym: 'MA 1', role: 'victim' },
      { pseudonym: 'MA 2', role: 'perpetrator' },
    ]);
    reviewId = review.id;
    reference = review.reference;
    await givenAgreedTerms(session.api, a, reviewId);
    const entries: Record<'policeAuthor' | 'healthAuthor', Body[]> = {
      policeAuthor: [
        { date: 'c. 1985', subjects: ['MA 2'], event: 'MA 2 cautioned for criminal damage.' },
        { date: '2013', subjects: ['MA 1', 'MA 2'], event: 'MA 1 reported harassment by MA 2.' },
        {
          date: '15/08/2013',
          sourceReference: 'Incident log 13/4471',
          subjects: ['MA 1', 'MA 2'],
          event: 'Officers attended a domestic incident at the home of MA 1; MA 2 arrested.',
          actionOutcome: 'MA 2 charged.',
          analysis: 'A DASH risk assessment was completed.',
        },
      ],
      healthAuthor: [
        { date: '1985', subjects: ['MA 2'], event: 'MA 2 seen by the GP about a hand injury.' },
        { date: 'spring 2007', subjects: ['MA 1'], event: 'MA 1 registered with the GP practice.' },
        {
          date: 'mid-August 2013',
          subjects: ['MA 1', 'MA 2'],
          event: 'Domestic incident at the home of MA 1 reported; officers attended and MA 2 arrested.',
        },
      ],
    };
    for (const [author, agencyId, userId] of [
      ['policeAuthor', a.agencies.police, a.policeAuthor.id],
      ['healthAuthor', a.agencies.health, a.healthAuthor.id],
    ] as const) {
      const request = await givenSentRequest(session.api, as['coordinator']!, reviewId, agencyId, userId);
      let version = request.version;
      for (const entry of entries[author]) {
        const added = await send(
          author,
          'post',
          `/imr-requests/${request.id}/chronology-entries`,
          entry,
          version,
        ).expect(201);
        version = added.body.version;
      }
    }
  });

  afterAll(async () => {
    await worker?.close();
    await session?.close();
  });

  const h1 = (name: string | RegExp) => heading(page, name);
  const years = () => page.locator('section[aria-labelledby^="year-"] > h2').allInnerTexts();
  const cardTitles = () =>
    page.locator('section[aria-labelledby^="year-"] .govuk-summary-card__title').allTextContents();
  /** each card's date as written: its title is "date, agency" */
  const dates = async () => (await cardTitles()).map((title) => title.split(',')[0]!.trim());
  const axe = () => expectNoAccessibilityViolations(page);
  const status = () => page.locator('#duplicates-heading ~ [role="status"]');

  it('shows every agency’s entries by year, in the documented order', async () => {
    await page.goto(`${session.baseUrl}/reviews/${reviewId}/imrs`);
    await signInThroughPage(page, session.partnership.chair.email);
    await h1('Agency requests (IMRs)').waitFor();
    await page.getByRole('link', { name: 'Combined chronology' }).click();
    await h1('Combined chronology').waitFor();
    await page.getByText('6 entries', { exact: true }).waitFor();

    expect(await years()).toEqual(['1985', '2007', '2013']);
    const titles = await cardTitles();
    // "1985" before "c. 1985" (exact first), a year before anything it could precede, "mid-August 2013"
    // (from 11 August) before "15 August 2013"
    expect(await dates()).toEqual([
      '1985',
      'c. 1985',
      'spring 2007',
      '2013',
      'mid-August 2013',
      '15 August 2013',
    ]);
    expect(titles.map((title) => title.includes(names.police))).toEqual([
      false,
      true,
      false,
      true,
      false,
      true,
    ]);
    expect(titles.map((title) => title.includes(names.health))).toEqual([
      true,
      false,
      true,
      false,
      true,
      false,
    ]);
    expect(titles[1]).toContain('Approximate');
    const incident = page.locator('.govuk-summary-card', { hasText: 'Incident log 13/4471' });
    const text = await incident.innerText();
    for (const expected of ['MA 1, MA 2', 'MA 2 charged.', 'A DASH risk assessment was completed.'])
      expect(text).toContain(expected);
    expect(
      await page.locator('.govuk-summary-card', { hasText: 'mid-August 2013' }).first().innerText(),
    ).toContain('Any day from 11 August 2013 to 20 August 2013');
    const jump = page.getByRole('navigation', { name: 'Jump to a year' });
    expect(await jump.getByRole('link').allInnerTexts()).toEqual(['1985', '2007', '2013']);
    await axe();
  });

  it('filters by agency in the address, and names a period that ends before it starts', async () => {
    await page.locator('#agencyId').selectOption({ label: names.police });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByText('3 entries match the filters').waitFor();
    expect(new URL(page.url()).searchParams.get('agencyId')).toBe(session.partnership.agencies.police);
    expect(await years()).toEqual(['1985', '2013']);
    const titles = await cardTitles();
    expect(titles.every((title) => title.includes(names.police))).toBe(true);
    expect(await dates()).toEqual(['c. 1985', '2013', '15 August 2013']);
    await axe();

    await page.locator('#from').fill('1');
    await page.locator('#from-month').fill('1');
    await page.locator('#from-year').fill('2014');
    await page.locator('#to').fill('31');
    await page.locator('#to-month').fill('12');
    await page.locator('#to-year').fill('2013');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.getByText('Period to must be the same as or after period from').waitFor();
    expect(await page.title()).toMatch(/^Error: /);
    await axe();
  });

  it('downloads the chronology as filtered, as CSV', async () => {
    await page.reload();
    await page.getByText('3 entries match the filters').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${reference}-combined-chronology.csv`);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain('Date,Agency,Source record,Subjects,Event,Action/outcome,Analysis');
    expect(csv).toContain('Incident log 13/4471');
    expect(csv).not.toContain('spring 2007');
  });

  it('starts a duplicate check, which waits for the background worker', async () => {
    await page.getByRole('link', { name: 'Clear filters' }).click();
    await page.getByText('6 entries', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Check for likely duplicates' }).click();
    await status().getByText('Waiting for the background worker to start the check.').waitFor();
    expect(await page.getByRole('button', { name: 'Check for likely duplicates' }).count()).toBe(0);
    await axe();
  });

  it('shows the pairs the worker finds, and records the chair’s decision that two are the same event', async () => {
    worker = await Test.createTestingModule({
      imports: [WorkerModule.forRoot(session.api.config, false)],
    }).compile();
    await worker.init();
    const latest = await send(
      'coordinator',
      'get',
      `/reviews/${reviewId}/chronology/duplicate-checks/latest`,
    ).expect(200);
    await worker
      .get(CheckChronologyDuplicatesProcessor)
      .process({ partnershipId: session.partnership.id, checkId: latest.body.id });

    // the page is still following the check: it sees it finish
    await status()
      .getByText(/The check is complete: 6 entries checked/)
      .waitFor();
    const pair = page
      .locator('.govuk-summary-card', { hasText: 'Officers attended a domestic incident' })
      .filter({
        hasText: 'Possible duplicate',
      });
    const said = await pair.innerText();
    for (const expected of [names.police, names.health, 'mid-August 2013', '15 August 2013', 'dates overlap'])
      expect(said).toContain(expected);
    expect(said).toContain('Not decided yet.');
    await axe();

    await pair.getByRole('button', { name: /^Same event/ }).click();
    await page
      .locator('.govuk-notification-banner--success')
      .getByText('The two entries have been recorded as the same event.')
      .waitFor();
    await pair.getByText('You recorded: same event.').waitFor();
    const police = page.locator('section[aria-labelledby^="year-"] .govuk-summary-card', {
      hasText: 'Incident log 13/4471',
    });
    await police.getByText(`Same event as the entry of ${names.health}, mid-August 2013`).waitFor();
    const health = page.locator('section[aria-labelledby^="year-"] .govuk-summary-card', {
      hasText: 'Domestic incident at the home of MA 1 reported',
    });
    await health.getByText(`Same event as the entry of ${names.police}, 15 August 2013`).waitFor();
    await axe();
  });
});
