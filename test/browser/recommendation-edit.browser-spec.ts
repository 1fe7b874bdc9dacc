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

type Body = Record<string, unknown>;

/**
 * The coordinator, in a real browser against the real api: changes a review's recommendation (its scope to
 * national, asked for the recipient first; its lead agency, target and themes), meets a change someone else made
 * meanwhile and reads it again; then links to an action that already answers one of the review's and one of a
 * scrutiny review's a second of each (every source's recommendations are offered), the first two staying linked.
 * Each form has its own address. Every page is checked with axe (WCAG 2.2 AA).
 */
describe('changing a recommendation, and the recommendations an action answers, in the browser', () => {
  let session: BrowserSession;
  let page: Page;
  let authorization: string;
  let reviewId: string;
  let reference: string;
  const ids: Record<string, string> = {};
  const themes: Record<string, string> = {};

  const call = (method: 'get' | 'post' | 'patch', path: string, body?: Body, version?: number) => {
    const request = session.api.http[method](`/api/v1${path}`).set('authorization', authorization);
    if (version !== undefined) request.set('if-match', `"${version}"`);
    return body === undefined ? request : request.send(body);
  };

  beforeAll(async () => {
    session = await openBrowserSession('Recommendations');
    page = session.page;
    const { partnership } = session;
    authorization = (await signIn(session.api.http, partnership.coordinator.email)).authorization;
    const created = await call('post', '/reviews', {
      reviewType: 'dhr',
      notifiedOn: '2026-09-01',
      notifiedBy: 'Detective Inspector',
      relationship: 'intimate_partner',
      suspectedSuicide: false,
      subjects: [
        { pseudonym: 'MA 1', role: 'victim' },
        { pseudonym: 'MA 2', role: 'perpetrator' },
      ],
    }).expect(201);
    reviewId = created.body.id;
    reference = created.body.reference;
    await call(
      'post',
      `/reviews/${reviewId}/decision`,
      {
        outcome: 'commission',
        decidedOn: '2026-09-10',
        decisionMaker: 'Chair of the partnership',
        rationale: 'The death meets the criteria for a domestic homicide review.',
      },
      created.body.version,
    ).expect(200);
    for (const name of ['Risk assessment', 'Information sharing']) {
      themes[name] = (await call('post', '/themes', { name }).expect(201)).body.id;
    }
    for (const [key, text, agency] of [
      ['P1', 'Review the DASH training of call handlers.', 'police'],
      ['P2', 'Share MARAC minutes with GP practices.', 'health'],
    ] as const) {
      const recommendation = await call('post', `/reviews/${reviewId}/recommendations`, {
        reference: key,
        level: 'panel',
        text,
        scope: 'local',
        leadAgencyId: partnership.agencies[agency],
        targetDate: '2027-03-31',
        themeIds: [themes['Risk assessment']],
      }).expect(201);
      ids[key] = recommendation.body.id;
    }
    const source = await call('post', '/recommendation-sources', {
      key: 'S',
      name: 'Scrutiny review of domestic abuse services',
      kind: 'scrutiny_review',
    }).expect(201);
    for (const [key, text] of [
      ['S1', 'Publish a directory of services.'],
      ['S2', 'Train front-line staff to ask about abuse.'],
    ]) {
      ids[key] = (
        await call('post', '/recommendations', {
          sourceId: source.body.id,
          reference: key,
          level: 'panel',
          text,
          scope: 'local',
          leadAgencyId: partnership.agencies.health,
          targetDate: '2027-01-31',
        }).expect(201)
      ).body.id;
    }
    ids['action'] = (
      await call('post', '/actions', {
        reference: '1.1',
        description: 'Run DASH refresher training for every call handler.',
        leadAgencyId: partnership.agencies.police,
        targetDate: '2027-06-30',
        recommendationIds: [ids['P1'], ids['S1']],
        milestones: [{ description: 'Training plan agreed', dueOn: '2027-01-31', done: true }],
      }).expect(201)
    ).body.id;
  });

  afterAll(async () => {
    await session?.close();
  });

  const h1 = (name: string | RegExp) => heading(page, name);
  const summary = () => page.locator('.govuk-error-summary');
  const banner = () => page.locator('.govuk-notification-banner--success');
  const axe = () => expectNoAccessibilityViolations(page);
  const row = (key: string) => page.getByRole('row', { name: new RegExp(key) });

  it('changes a recommendation’s text, scope, lead agency, target and themes', async () => {
    await page.goto(`${session.baseUrl}/reviews/${reviewId}/recommendations`);
    await signInThroughPage(page, session.partnership.coordinator.email);
    await h1('Recommendations').waitFor();
    await axe();

    await page.getByRole('link', { name: 'Change recommendation P1' }).click();
    await h1('Change recommendation P1').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/reviews/${reviewId}/recommendations/${ids['P1']}/edit`);
    expect(await page.getByLabel('Recommendation', { exact: true }).inputValue()).toBe(
      'Review the DASH training of call handlers.',
    );
    expect(await page.getByLabel('Local', { exact: true }).isChecked()).toBe(true);
    expect(await page.locator('#leadAgencyId').inputValue()).toBe(session.partnership.agencies.police);
    expect(await page.locator('#targetDate-year').inputValue()).toBe('2027');
    expect(await page.getByLabel('Risk assessment').isChecked()).toBe(true);
    await axe();

    await page.getByLabel('National', { exact: true }).check();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await summary().waitFor();
    expect(await summary().innerText()).toContain('Enter who receives a national recommendation');
    expect(await page.title()).toBe('Error: Change recommendation P1 – DHR case management');
    await axe();

    await page
      .getByLabel('Recommendation', { exact: true })
      .fill('Ask the Home Office to review DASH training nationally.');
    await page.getByLabel('National recipient').fill('Home Office');
    await fillDate(page, 'nationalNotifiedOn', { day: '1', month: '12', year: '2026' });
    await page.locator('#leadAgencyId').selectOption(session.partnership.agencies.health);
    await fillDate(page, 'targetDate', { day: '', month: '', year: '' });
    await page.getByLabel('The target date is to be agreed').check();
    await page.getByLabel('Risk assessment').uncheck();
    await page.getByLabel('Information sharing').check();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await banner().getByText('Recommendation P1 has been changed.').waitFor();
    await h1('Recommendations').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/reviews/${reviewId}/recommendations`);
    const changed = await row('P1').innerText();
    expect(changed).toContain('Ask the Home Office to review DASH training nationally.');
    expect(changed).toMatch(/Recommendations Health Trust/);
    expect(changed).toContain('To Home Office, told on 1 December 2026');
    expect(changed).toContain('To be agreed');
    expect(changed).toContain('Information sharing');
    expect(changed).not.toContain('Risk assessment');
    await axe();

    const saved = await call('get', `/recommendations/${ids['P1']}`).expect(200);
    expect(saved.body).toMatchObject({
      scope: 'national',
      nationalRecipient: 'Home Office',
      nationalNotifiedOn: '2026-12-01',
      leadAgencyId: session.partnership.agencies.health,
      targetDate: null,
      targetToBeAgreed: true,
      themeIds: [themes['Information sharing']],
      version: 2,
    });
  });

  it('says when someone else changed the recommendation meanwhile, and reads it again', async () => {
    await page.getByRole('link', { name: 'Change recommendation P2' }).click();
    await h1('Change recommendation P2').waitFor();
    await call(
      'patch',
      `/recommendations/${ids['P2']}`,
      { text: 'Share MARAC minutes with every GP.' },
      1,
    ).expect(200);
    await page.getByLabel('Regional', { exact: true }).check();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await summary().waitFor();
    expect(await summary().innerText()).toContain('has been changed by someone else since you loaded it');
    await axe();

    await summary().getByRole('link', { name: 'Reload the recommendation' }).click();
    await summary().waitFor({ state: 'detached' });
    // the form is filled afresh once the recommendation has been read again
    await page.waitForFunction(
      () =>
        document.querySelector<HTMLTextAreaElement>('#text')?.value === 'Share MARAC minutes with every GP.',
    );
    expect(await page.getByLabel('Local', { exact: true }).isChecked()).toBe(true);
    await page.getByLabel('Regional', { exact: true }).check();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await banner().getByText('Recommendation P2 has been changed.').waitFor();
    expect(await row('P2').innerText()).toContain('Regional');
    expect(await row('P2').innerText()).toContain('Share MARAC minutes with every GP.');
  });

  it('opens the change form at its own address, and goes back to the recommendations from it', async () => {
    await page.goto(`${session.baseUrl}/reviews/${reviewId}/recommendations/${ids['P2']}/edit`);
    await h1('Change recommendation P2').waitFor();
    await page.getByRole('link', { name: 'Back to the recommendations' }).click();
    await h1('Recommendations').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/reviews/${reviewId}/recommendations`);
    // the old address with ?change= is only the list now
    await page.goto(`${session.baseUrl}/reviews/${reviewId}/recommendations?change=${ids['P2']}`);
    await h1('Recommendations').waitFor();
  });

  it('links a second recommendation of a review and of a scrutiny review to an action, keeping the first', async () => {
    await page.goto(`${session.baseUrl}/actions/${ids['action']}`);
    await h1('Action 1.1').waitFor();
    await page.getByRole('link', { name: 'Change the recommendations it answers' }).click();
    await h1('Recommendations this action answers').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/actions/${ids['action']}/recommendations`);
    const reviewGroup = page.getByRole('group', { name: `Review ${reference}` });
    const otherGroup = page.getByRole('group', {
      name: 'Scrutiny review of domestic abuse services (S)',
    });
    expect(await reviewGroup.getByLabel(/^P1: /).isChecked()).toBe(true);
    expect(await reviewGroup.getByLabel(/^P2: /).isChecked()).toBe(false);
    expect(await otherGroup.getByLabel(/^S1: /).isChecked()).toBe(true);
    // a scrutiny review's recommendation the action does not answer yet is offered too
    expect(await otherGroup.getByLabel(/^S2: /).isChecked()).toBe(false);
    await axe();

    await page.getByRole('link', { name: 'Back to action 1.1' }).click();
    await h1('Action 1.1').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/actions/${ids['action']}`);
    await page.goto(`${session.baseUrl}/actions/${ids['action']}/recommendations`);
    await h1('Recommendations this action answers').waitFor();

    await reviewGroup.getByLabel(/^P2: /).check();
    await otherGroup.getByLabel(/^S2: /).check();
    await page.getByRole('button', { name: 'Save recommendations' }).click();
    await banner().getByText('The recommendations action 1.1 answers have been saved.').waitFor();
    await h1('Action 1.1').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/actions/${ids['action']}`);
    const answers = await page
      .locator('.govuk-summary-list__row', { hasText: 'Recommendations it answers' })
      .innerText();
    expect(answers).toContain('P1: Ask the Home Office to review DASH training nationally.');
    expect(answers).toContain('P2: Share MARAC minutes with every GP.');
    expect(answers).toContain('S1: Publish a directory of services.');
    expect(answers).toContain('S2: Train front-line staff to ask about abuse.');
    await axe();

    const action = await call('get', `/actions/${ids['action']}`).expect(200);
    expect(action.body.recommendations.map((r: Body) => r['reference']).sort()).toEqual([
      'P1',
      'P2',
      'S1',
      'S2',
    ]);
    // the rest of the action is as it was
    expect(action.body).toMatchObject({
      reference: '1.1',
      description: 'Run DASH refresher training for every call handler.',
      targetDate: '2027-06-30',
      version: 2,
      milestones: [expect.objectContaining({ description: 'Training plan agreed', done: true })],
    });
    const plan = await call('get', `/actions?reviewId=${reviewId}`).expect(200);
    expect(plan.body.items.map((a: Body) => a['id'])).toEqual([ids['action']]);
  });
});
