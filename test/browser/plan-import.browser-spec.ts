/// <reference lib="dom" />
import { join } from 'node:path';
import { Test, TestingModule } from '@nestjs/testing';
import type { Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { ImportActionPlanProcessor } from '@dhr/learning';
import { AgencyService } from '@dhr/partnerships';
import { inPartnership, systemActor } from '@dhr/platform-auth';
import { PartnershipId } from '@dhr/platform-domain';
import { signIn } from '../support';
import {
  BrowserSession,
  expectNoAccessibilityViolations,
  heading,
  openBrowserSession,
  signInThroughPage,
} from '../support/browser';
// the worker's own composition, without consuming queues: the test runs the import job when it chooses
// eslint-disable-next-line @nx/enforce-module-boundaries
import { WorkerModule } from '../../apps/worker/src/worker.module';

const SEED_003 = join(__dirname, '../fixtures/action-plans/seed-003-appendix-b.csv');

// seed 003's lead agencies (and seed 000's), as the e2e test of the import names them
const AGENCIES: [string, string][] = [
  ['SRP', 'Safer Rotherham Partnership'],
  ['VCS', 'Voluntary and Community Sector'],
  ['SYP', 'South Yorkshire Police'],
  ['LSCB', 'Rotherham Local Safeguarding Children Board'],
  ['RMBC', 'Rotherham Metropolitan Borough Council'],
  ['Health', 'NHS Rotherham Clinical Commissioning Group'],
  ['Probation', 'South Yorkshire Probation Trust'],
  ['SARC', 'Sexual Assault Referral Centre'],
  ['TRFT', 'The Rotherham NHS Foundation Trust'],
  ['RDaSH', 'Rotherham Doncaster and South Humber NHS Foundation Trust'],
  ['H&NS', 'Housing and Neighbourhood Services'],
  ['IDVA', 'Independent Domestic Violence Advocacy'],
  ['Lifeline', 'Lifeline Rotherham'],
  ['YAS', 'Yorkshire Ambulance Service'],
  ['AH&S', 'Action Housing & Support'],
  ['Headway', 'Headway Rotherham'],
  ['NPS', 'National Probation Service'],
  ['St Anne’s', 'St Anne’s Medical Centre'],
  ['Stag', 'Stag Surgery'],
  ['C&O', 'Choices and Options'],
];

/**
 * The coordinator imports seed 003's Appendix B through the import wizard in a real browser against the real
 * api: the preview shows its 102 actions, the import its counts; a sheet naming an unknown agency shows its
 * errors in the error summary and offers no import; a large plan imports in the background while the page
 * shows how far it has got. Every step is checked with axe (WCAG 2.2 AA).
 */
describe('importing an action plan from a spreadsheet, in the browser', () => {
  let session: BrowserSession;
  let page: Page;

  beforeAll(async () => {
    session = await openBrowserSession('PlanImportWeb');
    page = session.page;
    const { partnership } = session;
    const actor = inPartnership(systemActor(partnership.id as PartnershipId, 'test-plan-import-web'));
    const agencies = session.api.app.get(AgencyService);
    for (const [shortName, name] of AGENCIES) {
      await agencies.create(actor, { name, shortName, type: 'other' });
    }
    const { authorization } = await signIn(session.api.http, partnership.coordinator.email);
    for (const [key, name] of [
      ['DHR-MA1', 'Overview report of the review of MA1, Appendix B'],
      ['X', 'A sheet with errors'],
    ]) {
      await session.api.http
        .post('/api/v1/recommendation-sources')
        .set('authorization', authorization)
        .send({ key, name, kind: 'other' })
        .expect(201);
    }
  });

  afterAll(async () => {
    await session?.close();
  });

  const h1 = (name: string | RegExp) => heading(page, name);
  const summary = () => page.locator('.govuk-error-summary');
  const axe = () => expectNoAccessibilityViolations(page);
  const summaryValue = (id: string, key: string) =>
    page
      .locator(`#${id} .govuk-summary-list__row`)
      .filter({ has: page.locator('dt', { hasText: new RegExp(`^${key}$`, 'u') }) })
      .locator('dd');

  it('previews seed 003 Appendix B, 102 actions, and imports it', async () => {
    await page.goto(`${session.baseUrl}/actions`);
    await signInThroughPage(page, session.partnership.coordinator.email);
    await h1('Action plan').waitFor();
    await page.getByRole('link', { name: 'Import a spreadsheet' }).click();
    await h1('Import a spreadsheet').waitFor();
    await axe();

    // nothing chosen: both problems named
    await page.getByRole('button', { name: 'Preview' }).click();
    await summary().waitFor();
    const errors = await summary().innerText();
    expect(errors).toContain('Choose a spreadsheet to upload');
    expect(errors).toContain('Choose where the recommendations come from');
    await axe();

    await page.locator('#file').setInputFiles(SEED_003);
    await page.getByLabel('Where the recommendations come from').selectOption('source:DHR-MA1');
    await page.getByRole('button', { name: 'Preview' }).click();
    await h1('Check the spreadsheet').waitFor();
    expect(await summaryValue('preview-summary', 'Actions').innerText()).toBe('102');
    expect(await summaryValue('preview-summary', 'Errors').innerText()).toBe('0');
    expect(await summary().count()).toBe(0);
    expect(await page.locator('#mapping-planText').inputValue()).not.toBe('');
    await page.locator('#preview-rows').getByText('The Rotherham NHS Foundation Trust').first().waitFor();
    await axe();

    await page.getByRole('button', { name: 'Import 102 actions' }).click();
    await h1('Action plan imported').waitFor();
    expect(await summaryValue('import-counts', 'Actions created').innerText()).toBe('102');
    expect(await summaryValue('import-counts', 'Recommendations created').innerText()).toBe('102');
    expect(await summaryValue('import-counts', 'Actions updated').innerText()).toBe('0');
    await axe();

    await page.getByRole('link', { name: 'Go to the action plan' }).click();
    await h1('Action plan').waitFor();
    await page.locator('table.govuk-table tbody tr').first().waitFor();
  });

  it('shows a sheet’s errors in the error summary, and offers no import', async () => {
    await page.goto(`${session.baseUrl}/actions/import`);
    await h1('Import a spreadsheet').waitFor();
    const sheet = [
      'ACTION REF,HOW WE WILL DO IT (THE PLAN),LEAD AGENCY,LEAD OFFICER,TARGET DATE,RAG',
      '9.1,Train staff,Borsetshire Constabulary,DI Smith,Mar-14,A',
      '9.2,Brief the panel,SYP,DI Jones,Sep-14,G',
    ].join('\r\n');
    await page.locator('#file').setInputFiles({
      name: 'bad.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(sheet),
    });
    await page.getByLabel('Where the recommendations come from').selectOption('source:X');
    await page.getByRole('button', { name: 'Preview' }).click();
    await h1('Check the spreadsheet').waitFor();
    await summary().waitFor();
    const errors = await summary().innerText();
    expect(errors).toContain('The spreadsheet has 1 error');
    expect(errors).toContain('Row 2:');
    expect(errors).toContain('Borsetshire Constabulary');
    expect(await summaryValue('preview-summary', 'Actions').innerText()).toBe('2');
    expect(await summaryValue('preview-summary', 'Errors').innerText()).toBe('1');
    expect(await page.getByRole('button', { name: /^Import / }).count()).toBe(0);
    expect(await page.locator('#row-2 .govuk-error-message').innerText()).toContain('Borsetshire');
    expect(await page.title()).toMatch(/^Error: /u);
    await axe();

    // the coordinator adjusts the columns and previews again: the adjusted mapping is kept
    await page.getByLabel('Lead agency', { exact: true }).selectOption('');
    await page.getByRole('button', { name: 'Preview again with these columns' }).click();
    await page.getByText('Suggested: column C').waitFor();
    expect(await page.locator('#mapping-leadAgency').inputValue()).toBe('');
    expect(await page.getByRole('button', { name: /^Import / }).count()).toBe(0);
    await axe();
  });

  it('imports a large plan in the background, showing its progress until it is done', async () => {
    const rows = Array.from(
      { length: 260 },
      (_, i) =>
        `${i + 1},"Audit referral pathway ${i + 1}",${i % 2 ? 'SYP' : 'TRFT'},Officer ${i + 1},Mar-27`,
    );
    await page.goto(`${session.baseUrl}/actions/import`);
    await h1('Import a spreadsheet').waitFor();
    await page.locator('#file').setInputFiles({
      name: 'large.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(['Ref,Action,Lead agency,Lead officer,Target date', ...rows].join('\r\n')),
    });
    await page.getByLabel('Where the recommendations come from').selectOption('source:X');
    await page.getByRole('button', { name: 'Preview' }).click();
    await h1('Check the spreadsheet').waitFor();
    expect(await page.locator('#mapping-leadAgency option:checked').innerText()).toBe(
      'Column C: Lead agency',
    );
    await page.getByRole('button', { name: 'Import 260 actions in the background' }).click();
    await h1('Importing the action plan').waitFor();
    expect(await page.locator('#import-status').innerText()).toMatch(/^Waiting to start/u);
    await axe();

    const db = session.api.app.get(DataSource);
    const [job] = await db.query(`SELECT id FROM plan_import_job WHERE partnership_id = $1`, [
      session.partnership.id,
    ]);
    const worker: TestingModule = await Test.createTestingModule({
      imports: [WorkerModule.forRoot(session.api.config, false)],
    }).compile();
    await worker.init();
    try {
      await worker
        .get(ImportActionPlanProcessor)
        .process({ partnershipId: session.partnership.id, jobId: job.id }, { jobId: job.id, attempt: 1 });
    } finally {
      await worker.close();
    }
    await h1('Action plan imported').waitFor();
    expect(await summaryValue('import-counts', 'Actions created').innerText()).toBe('260');
    await axe();
  });

  it('lets the coordinator say which agency a name the partnership does not know stands for', async () => {
    await page.goto(`${session.baseUrl}/actions/import`);
    await h1('Import a spreadsheet').waitFor();
    const sheet = [
      'Ref,Action,Lead agency,Lead officer,Target date',
      '7.1,Train call handlers,WP,DI Smith,Mar-27',
      '7.2,Brief response officers,wp,DI Jones,Apr-27',
    ].join('\r\n');
    await page
      .locator('#file')
      .setInputFiles({ name: 'wyvern.csv', mimeType: 'text/csv', buffer: Buffer.from(sheet) });
    await page.getByLabel('Where the recommendations come from').selectOption('source:X');
    await page.getByRole('button', { name: 'Preview' }).click();
    await h1('Check the spreadsheet').waitFor();
    expect(await summaryValue('preview-summary', 'Errors').innerText()).toBe('2');
    await page.getByLabel('WP', { exact: true }).selectOption({ label: 'South Yorkshire Police' });
    await axe();
    await page.getByRole('button', { name: 'Preview again with these agencies' }).click();
    await page.getByRole('button', { name: 'Import 2 actions' }).waitFor();
    expect(await summaryValue('preview-summary', 'Errors').innerText()).toBe('0');
    expect(await page.getByLabel('WP', { exact: true }).locator('option:checked').innerText()).toBe(
      'South Yorkshire Police',
    );
    await page.getByRole('button', { name: 'Import 2 actions' }).click();
    await h1('Action plan imported').waitFor();
    expect(await summaryValue('import-counts', 'Actions created').innerText()).toBe('2');
    await axe();

    // the partnership remembers the name: the next import of the sheet knows it, and shows the choice
    await page.getByRole('link', { name: 'Import another spreadsheet' }).click();
    await h1('Import a spreadsheet').waitFor();
    await page
      .locator('#file')
      .setInputFiles({ name: 'wyvern.csv', mimeType: 'text/csv', buffer: Buffer.from(sheet) });
    await page.getByLabel('Where the recommendations come from').selectOption('source:X');
    await page.getByRole('button', { name: 'Preview' }).click();
    await h1('Check the spreadsheet').waitFor();
    expect(await summaryValue('preview-summary', 'Errors').innerText()).toBe('0');
    expect(await page.getByLabel('WP', { exact: true }).locator('option:checked').innerText()).toBe(
      'South Yorkshire Police',
    );

    // the coordinator sees the names remembered, and forgets one chosen wrongly
    await page.getByRole('link', { name: 'Choose a different spreadsheet' }).click();
    await page.getByRole('link', { name: 'Agency names remembered from earlier imports' }).click();
    await h1('Agency names in spreadsheets').waitFor();
    const row = page.locator('table.govuk-table tbody tr').filter({ hasText: 'WP' });
    await row.locator('td').first().getByText('South Yorkshire Police', { exact: true }).waitFor();
    await axe();
    await row.getByRole('button', { name: 'Forget “WP”' }).click();
    await page.getByText('"WP" has been forgotten').waitFor();
    await page.getByText('No names are remembered yet.').waitFor();
    await axe();
  });
});
