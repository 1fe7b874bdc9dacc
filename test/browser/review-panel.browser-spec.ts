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

/** Today as the pages write it: 27 November 2026. */
const TODAY = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/**
 * The coordinator of a commissioned review, in a real browser against the real api: adds a panel member,
 * records a meeting, drafts the terms of reference (mistakes first, each explained), agrees them at the
 * meeting, revises them with a third question, and reads both versions in the history. Every page is checked
 * with axe (WCAG 2.2 AA).
 */
describe('a review’s panel, meetings and terms of reference in the browser', () => {
  let session: BrowserSession;
  let page: Page;
  let reviewId: string;
  let reference: string;

  beforeAll(async () => {
    session = await openBrowserSession('Panel');
    page = session.page;
    const { authorization } = await signIn(session.api.http, session.partnership.coordinator.email);
    const created = await session.api.http
      .post('/api/v1/reviews')
      .set('authorization', authorization)
      .send({
        reviewType: 'dhr',
        notifiedOn: '2026-09-01',
        notifiedBy: 'Detective Inspector, Panel Police',
        relationship: 'intimate_partner',
        suspectedSuicide: false,
        subjects: [
          { pseudonym: 'MA 1', role: 'victim' },
          { pseudonym: 'MA 2', role: 'perpetrator' },
        ],
      })
      .expect(201);
    reviewId = created.body.id;
    reference = created.body.reference;
    await session.api.http
      .post(`/api/v1/reviews/${reviewId}/decision`)
      .set('authorization', authorization)
      .set('if-match', `"${created.body.version as number}"`)
      .send({
        outcome: 'commission',
        decidedOn: '2026-09-10',
        decisionMaker: 'Chair, Panel Community Safety Partnership',
        rationale: 'The death meets the criteria for a domestic homicide review.',
      })
      .expect(200);
  });

  afterAll(async () => {
    await session?.close();
  });

  const h1 = (name: string | RegExp) => heading(page, name);
  const summary = () => page.locator('.govuk-error-summary');
  const banner = () => page.locator('.govuk-notification-banner--success');
  const axe = () => expectNoAccessibilityViolations(page);

  it('adds a member to the panel, explaining a missing name first', async () => {
    await page.goto(`${session.baseUrl}/reviews/${reviewId}`);
    await signInThroughPage(page, session.partnership.coordinator.email);
    await h1(reference).waitFor();
    await page.getByRole('link', { name: 'Panel members' }).click();
    await h1('Panel').waitFor();
    await page.getByText('No one has been added to the panel yet.').waitFor();
    await axe();

    await page.getByRole('button', { name: 'Add a panel member' }).click();
    await h1('Add a panel member').waitFor();
    await axe();
    await page.getByRole('button', { name: 'Add panel member' }).click();
    await summary().waitFor();
    expect(await summary().innerText()).toContain('Name must not be empty');
    expect(await page.title()).toBe('Error: Add a panel member – DHR case management');
    await axe();

    await page.getByLabel('Name', { exact: true }).fill('Helen Smith');
    await page.locator('#agencyId').selectOption(session.partnership.agencies.police);
    await page.getByLabel('Job title (optional)').fill('Sergeant');
    await page.getByRole('button', { name: 'Add panel member' }).click();
    await banner().getByText('Helen Smith has been added to the panel.').waitFor();
    await h1('Panel').waitFor();
    const row = await page.getByRole('row', { name: /Helen Smith/ }).innerText();
    expect(row).toContain('Panel Police');
    expect(row).toContain('Sergeant');
    expect(row).toContain('Panel member');
    expect(row).toContain(TODAY);
    expect(row).toContain('Still on the panel');
    await axe();
  });

  it('records a panel meeting with its attendee and decisions', async () => {
    await page.getByRole('link', { name: 'Panel meetings' }).click();
    await h1('Panel meetings').waitFor();
    await page.getByText('No panel meetings have been recorded yet.').waitFor();
    await axe();

    await page.getByRole('button', { name: 'Record a meeting' }).click();
    await h1('Record a panel meeting').waitFor();
    await axe();
    await page.getByLabel('Helen Smith (Sergeant)').check();
    await page
      .getByLabel('Decisions (optional)')
      .fill('Terms of reference to be drafted by the chair\nChair to write to the family');
    await page.getByRole('button', { name: 'Record meeting' }).click();
    await banner().getByText(`The meeting of ${TODAY} has been recorded.`).waitFor();
    const row = await page.getByRole('row', { name: new RegExp(TODAY) }).innerText();
    expect(row).toContain('Helen Smith');
    expect(row).toContain('Chair to write to the family');
    await axe();
  });

  it('keeps the minutes of the meeting: explains a missing file, attaches one, and downloads it', async () => {
    await page.getByRole('link', { name: `Minutes and papers of the meeting of ${TODAY}` }).click();
    await h1(`Minutes of the meeting of ${TODAY}`).waitFor();
    await page.getByText('No minutes or papers attached yet.').waitFor();
    await axe();

    await page.getByRole('button', { name: 'Attach file' }).click();
    await summary().waitFor();
    expect(await summary().innerText()).toContain('Choose a file to attach');
    await axe();

    const minutes = Buffer.concat([
      Buffer.from('%PDF-1.7\n'),
      Buffer.alloc(1024, 0x20),
      Buffer.from('\n%%EOF\n'),
    ]);
    await page.getByLabel('Attach minutes or papers').setInputFiles({
      name: 'Minutes of the first panel meeting.pdf',
      mimeType: 'application/pdf',
      buffer: minutes,
    });
    await page.getByRole('button', { name: 'Attach file' }).click();
    await banner().getByText('Minutes of the first panel meeting.pdf has been attached.').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /Download .*Minutes of the first panel meeting\.pdf/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Minutes of the first panel meeting.pdf');
    await axe();
    await page.getByRole('link', { name: 'Back to panel meetings' }).click();
    await h1('Panel meetings').waitFor();
  });

  it('drafts the first terms of reference, explaining what is missing', async () => {
    await page.getByRole('link', { name: 'Back to the review' }).click();
    await h1(reference).waitFor();
    await page.getByRole('link', { name: 'Terms of reference agreed' }).click();
    await h1('Terms of reference').waitFor();
    await page.getByText('No version of the terms of reference has been agreed yet.').waitFor();
    await axe();

    await page.getByRole('button', { name: 'Draft the terms of reference' }).click();
    await h1('Draft the terms of reference').waitFor();
    await axe();
    // spring, but no year; the end not given at all
    await page.locator('#periodFrom-season').check();
    await page.locator('#periodFrom-s-season').selectOption('spring');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await summary().waitFor();
    const problems = await summary().innerText();
    expect(problems).toContain('Enter the year of the start of the period');
    expect(problems).toContain('Select how precisely you know the end of the period');
    await summary().getByRole('link', { name: 'Enter the year of the start of the period' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('periodFrom');
    await axe();

    await page.locator('#periodFrom-s-year').fill('2025');
    await page.locator('#periodTo-season').check();
    await page.locator('#periodTo-s-season').selectOption('autumn');
    await page.locator('#periodTo-s-year').fill('2026');
    await page.locator(`input[name=agencyIds][value="${session.partnership.agencies.police}"]`).check();
    await page
      .getByLabel('Case-specific questions')
      .fill(
        'Were the risk indicators for domestic abuse recognised?\n\nHow effective was information sharing?',
      );
    await page.getByRole('button', { name: 'Save draft' }).click();
    await banner().getByText('Version 1 has been saved as a draft.').waitFor();
    await h1('Terms of reference').waitFor();
    await page.getByRole('heading', { name: 'Version 1 is a draft' }).waitFor();
    await axe();
  });

  it('cannot agree a draft with no purpose; agrees it once the purpose is written', async () => {
    await page.getByRole('link', { name: 'Agree version 1 at a panel meeting' }).click();
    await h1('Agree version 1 of the terms of reference').waitFor();
    await axe();
    await page.getByRole('button', { name: 'Agree version 1' }).click();
    await summary().waitFor();
    expect(await summary().innerText()).toContain('Enter the purpose of the review');
    await axe();

    await page.getByRole('link', { name: 'Change the draft' }).click();
    await h1('Change the draft (version 1)').waitFor();
    expect(await page.locator('#periodFrom-s-year').inputValue()).toBe('2025');
    await axe();
    await page
      .getByLabel('Purpose of the review')
      .fill('Establish what lessons are to be learned from the domestic homicide.');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await banner().getByText('The draft of version 1 has been saved.').waitFor();

    await page.getByRole('link', { name: 'Agree version 1 at a panel meeting' }).click();
    await h1('Agree version 1 of the terms of reference').waitFor();
    await page.getByRole('button', { name: 'Agree version 1' }).click();
    await banner().getByText('Version 1 has been agreed.').waitFor();
    await page.getByRole('heading', { name: `Version 1, agreed on ${TODAY}` }).waitFor();
    const content = await page.locator('main').innerText();
    expect(content).toContain('spring 2025 to autumn 2026');
    expect(content).toContain('Panel Police');
    expect(content).toContain('Establish what lessons are to be learned');
    const questions = await page.locator('ol.govuk-list--number li').allInnerTexts();
    expect(questions).toEqual([
      'Were the risk indicators for domestic abuse recognised?',
      'How effective was information sharing?',
    ]);
    await axe();
  });

  it('revises the terms with a third question, agrees them, and shows both versions', async () => {
    await page.getByRole('button', { name: 'Start a revision' }).click();
    await h1('Revise the terms of reference (version 2)').waitFor();
    await axe();
    const questions = page.getByLabel('Case-specific questions');
    await questions.fill(`${await questions.inputValue()}\nWas the risk to family members recognised?`);
    await page.getByLabel('Revision note (optional)').fill('Question 3 added at the panel meeting');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await banner().getByText('Version 2 has been saved as a draft.').waitFor();

    await page.getByRole('link', { name: 'Agree version 2 at a panel meeting' }).click();
    await h1('Agree version 2 of the terms of reference').waitFor();
    await page.getByRole('button', { name: 'Agree version 2' }).click();
    await banner().getByText('Version 2 has been agreed.').waitFor();
    await page.getByRole('heading', { name: `Version 2, agreed on ${TODAY}` }).waitFor();
    expect(await page.locator('ol.govuk-list--number li').count()).toBe(3);

    const history = page.locator('table', { has: page.locator('caption', { hasText: 'Version history' }) });
    const rows = await history.locator('tbody tr').allInnerTexts();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/2\s+Agreed/);
    expect(rows[0]).toContain('Question 3 added at the panel meeting');
    expect(rows[1]).toMatch(/1\s+Agreed/);
    expect(rows[1]).toContain(`Panel meeting of ${TODAY}`);
    await axe();

    await history.getByRole('link', { name: 'View version 1' }).click();
    await h1('Terms of reference: version 1').waitFor();
    expect(await page.locator('ol.govuk-list--number li').count()).toBe(2);
    await axe();
  });

  it('records the date a member left the panel, explaining a date before they joined', async () => {
    await page.getByRole('link', { name: 'Back to the terms of reference' }).click();
    await page.getByRole('link', { name: 'Back to the review' }).click();
    await page.getByRole('link', { name: 'Panel members' }).click();
    await h1('Panel').waitFor();
    await page.getByRole('link', { name: 'Change Helen Smith' }).click();
    await h1('Change Helen Smith’s details').waitFor();
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe('Helen Smith');
    await axe();

    const yesterday = new Date(Date.now() - 24 * 60 * 60 * 1000);
    await fillDate(page, 'leftOn', {
      day: String(yesterday.getDate()),
      month: String(yesterday.getMonth() + 1),
      year: String(yesterday.getFullYear()),
    });
    await page.getByRole('button', { name: 'Save changes' }).click();
    await summary().waitFor();
    expect(await summary().innerText()).toContain('Date left must be on or after the date joined');
    await axe();

    const now = new Date();
    await fillDate(page, 'leftOn', {
      day: String(now.getDate()),
      month: String(now.getMonth() + 1),
      year: String(now.getFullYear()),
    });
    await page.getByRole('button', { name: 'Save changes' }).click();
    await banner().getByText('Helen Smith’s details have been changed.').waitFor();
    const row = await page.getByRole('row', { name: /Helen Smith/ }).innerText();
    expect(row).not.toContain('Still on the panel');
    await axe();
  });
});
