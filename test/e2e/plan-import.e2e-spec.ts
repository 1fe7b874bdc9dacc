import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { DataSource } from 'typeorm';
import { AgencyService } from '@dhr/partnerships';
import { inPartnership, systemActor } from '@dhr/platform-auth';
import { AgencyId, PartnershipId } from '@dhr/platform-domain';
import { givenPartnership, signIn, startTestApi, TestApi, TestPartnership } from '../support';

type Row = {
  rowNumber: number;
  kind: string;
  reference: string | null;
  section: string | null;
  leadAgencyId: string | null;
  leadOfficerName: string | null;
  targetDate: string | null;
  targetToBeAgreed: boolean;
  rag: string | null;
  errors: { field: string; message: string }[];
};

const FIXTURES = join(__dirname, '../fixtures/action-plans');
const SEED_000 = readFileSync(join(FIXTURES, 'seed-000-partnership-plan.csv'));
const SEED_003 = readFileSync(join(FIXTURES, 'seed-003-appendix-b.csv'));

/**
 * Import of action plans from spreadsheets: seed 000's partnership plan and seed 003's Appendix B preview and
 * import faithfully, re-importing changes nothing, a sheet with errors writes nothing, and only the
 * coordinator imports.
 */
describe('Action plan import', () => {
  let api: TestApi;
  let a: TestPartnership;
  const as: Record<string, string> = {};
  const agency: Record<string, AgencyId> = {};
  const db = () => api.app.get(DataSource);

  const post = (
    who: string,
    path: string,
    content: Buffer,
    filename: string,
    fields: Record<string, string> = {},
  ) => {
    let request = api.http.post(`/api/v1/action-plan/imports${path}`).set('authorization', as[who]!);
    for (const [name, value] of Object.entries(fields)) request = request.field(name, value);
    return request.attach('file', content, { filename, contentType: 'text/csv' });
  };
  const count = async (table: string) =>
    Number((await db().query(`SELECT count(*) AS n FROM ${table} WHERE partnership_id = $1`, [a.id]))[0].n);
  const counts = async () => ({
    actions: await count('action'),
    recommendations: await count('recommendation'),
    milestones: await count('action_milestone'),
    updates: await count('progress_update'),
    links: await count('action_recommendation'),
  });

  beforeAll(async () => {
    api = await startTestApi();
    a = await givenPartnership(api, 'PlanImport');
    const actor = inPartnership(systemActor(a.id as PartnershipId, 'test-plan-import'));
    const agencies = api.app.get(AgencyService);
    const add = async (shortName: string, name: string) => {
      agency[shortName] = (await agencies.create(actor, { name, shortName, type: 'other' })).id;
    };
    // seed 000's lead agencies, and seed 003's
    await add('SRP', 'Safer Rotherham Partnership');
    await add('VCS', 'Voluntary and Community Sector');
    await add('SYP', 'South Yorkshire Police');
    await add('LSCB', 'Rotherham Local Safeguarding Children Board');
    await add('RMBC', 'Rotherham Metropolitan Borough Council');
    await add('Health', 'NHS Rotherham Clinical Commissioning Group');
    await add('Probation', 'South Yorkshire Probation Trust');
    await add('SARC', 'Sexual Assault Referral Centre');
    await add('TRFT', 'The Rotherham NHS Foundation Trust');
    await add('RDaSH', 'Rotherham Doncaster and South Humber NHS Foundation Trust');
    await add('H&NS', 'Housing and Neighbourhood Services');
    await add('IDVA', 'Independent Domestic Violence Advocacy');
    await add('Lifeline', 'Lifeline Rotherham');
    await add('YAS', 'Yorkshire Ambulance Service');
    await add('AH&S', 'Action Housing & Support');
    await add('Headway', 'Headway Rotherham');
    await add('NPS', 'National Probation Service');
    await add('St Anne’s', 'St Anne’s Medical Centre');
    await add('Stag', 'Stag Surgery');
    await add('C&O', 'Choices and Options');
    for (const [who, email] of Object.entries({
      coordinator: a.coordinator.email,
      leadOfficer: a.leadOfficer.email,
    })) {
      as[who] = (await signIn(api.http, email)).authorization;
    }
    for (const [key, name] of [
      ['S', 'Scrutiny review of domestic abuse services'],
      ['DHR-MA1', 'Overview report of the review of MA1, Appendix B'],
      ['X', 'A sheet with errors'],
    ]) {
      await api.http
        .post('/api/v1/recommendation-sources')
        .set('authorization', as['coordinator']!)
        .send({ key, name, kind: 'other' })
        .expect(201);
    }
  });

  afterAll(async () => {
    await api?.close();
  });

  it('previews seed 000 without writing anything', async () => {
    const response = await post('coordinator', '/preview', SEED_000, 'seed-000.csv', {
      defaultLeadAgencyId: agency['RMBC']!,
    }).expect(200);
    expect(response.body.suggestedMapping).toMatchObject({
      reference: 1,
      planText: 2,
      leadAgency: 3,
      rag: 8,
    });
    expect(response.body.summary).toMatchObject({ actions: 41, sections: 4, errors: 0 });
    const rows: Row[] = response.body.rows;
    const at = (n: number) => rows.find((row) => row.rowNumber === n)!;
    expect([7, 21, 32, 44, 58].map((n) => at(n).kind)).toEqual(Array(5).fill('header'));
    expect([19, 30, 42, 56, 70].map((n) => at(n).kind)).toEqual(Array(5).fill('footer'));
    expect(at(16)).toMatchObject({
      reference: '1.8',
      targetDate: '2014-03-31',
      leadAgencyId: agency['RMBC'],
    });
    expect(await counts()).toEqual({ actions: 0, recommendations: 0, milestones: 0, updates: 0, links: 0 });
  });

  it('imports seed 000 faithfully, and re-importing changes nothing', async () => {
    const fields = { sourceKey: 'S', defaultLeadAgencyId: agency['RMBC']! };
    const first = await post('coordinator', '', SEED_000, 'seed-000.csv', fields).expect(201);
    expect(first.body.counts).toMatchObject({
      actionsCreated: 41,
      actionsUpdated: 0,
      recommendationsCreated: 41,
    });

    const action = async (reference: string) =>
      (
        await db().query(
          `SELECT reference, plan_section, lead_agency_id, lead_officer_name, target_date::text AS target_date,
             target_to_be_agreed, reported_rag, last_update_on::text AS last_update_on
           FROM action WHERE partnership_id = $1 AND reference = $2`,
          [a.id, reference],
        )
      )[0];
    expect(await action('1.8')).toMatchObject({
      plan_section: 'Prevent',
      lead_agency_id: agency['RMBC'],
      lead_officer_name: 'Chrissy Wright',
      target_date: '2014-03-31',
      target_to_be_agreed: false,
    });
    expect(await action('2.12')).toMatchObject({
      plan_section: 'Protect',
      reported_rag: 'amber', // Greek Alpha in the sheet
      last_update_on: '2014-05-31',
      target_date: '2014-04-30',
    });
    expect(await action('2.6')).toMatchObject({ lead_agency_id: agency['SYP'], target_to_be_agreed: true });
    expect(await action('3.2')).toMatchObject({ plan_section: 'Pursue', reported_rag: 'green' });
    expect(await action('1.14')).toMatchObject({ reported_rag: 'amber' }); // Cyrillic А
    const sections = await db().query(
      `SELECT DISTINCT plan_section FROM action WHERE partnership_id = $1 ORDER BY plan_section`,
      [a.id],
    );
    expect(sections.map((row: { plan_section: string }) => row.plan_section)).toEqual([
      'Prevent',
      'Prevent, Protect & Pursue',
      'Protect',
      'Pursue',
    ]);
    // the unreferenced rows (the Cyrillic "ТВА" row among them) are found by a fingerprint
    const tba = await db().query(
      `SELECT target_to_be_agreed, lead_agency_id FROM action WHERE partnership_id = $1 AND description LIKE 'We will build victim%'`,
      [a.id],
    );
    expect(tba).toEqual([{ target_to_be_agreed: true, lead_agency_id: agency['VCS'] }]);

    const before = await counts();
    expect(before.actions).toBe(41);
    expect(before.links).toBe(41);
    const again = await post('coordinator', '', SEED_000, 'seed-000.csv', fields).expect(201);
    expect(again.body.counts).toEqual({
      actionsCreated: 0,
      actionsUpdated: 0,
      actionsUnchanged: 41,
      recommendationsCreated: 0,
      progressUpdatesAdded: 0,
    });
    expect(await counts()).toEqual(before);
    const versions = await db().query(`SELECT max(version) AS v FROM action WHERE partnership_id = $1`, [
      a.id,
    ]);
    expect(Number(versions[0].v)).toBeLessThanOrEqual(2);
    const audits = await db().query(
      `SELECT count(*) AS n FROM audit_event WHERE partnership_id = $1 AND action = 'action-plan.imported'`,
      [a.id],
    );
    expect(Number(audits[0].n)).toBe(2);
  });

  it('imports seed 003 Appendix B: 102 numbered recommendations under their agencies', async () => {
    const preview = await post('coordinator', '/preview', SEED_003, 'appendix-b.csv').expect(200);
    expect(preview.body.summary).toMatchObject({ actions: 102, errors: 0 });
    const rows: Row[] = preview.body.rows;
    const byRef = (ref: string) => rows.find((row) => row.kind === 'action' && row.reference === ref)!;
    expect(byRef('1')).toMatchObject({
      leadAgencyId: agency['TRFT'],
      leadOfficerName: 'Assistant Chief Nurse',
    });
    expect(byRef('7')).toMatchObject({ leadAgencyId: agency['TRFT'], leadOfficerName: 'Matron for A&E' });
    expect(byRef('49')).toMatchObject({ leadAgencyId: agency['SYP'], targetToBeAgreed: true });
    expect(byRef('55')).toMatchObject({ leadAgencyId: agency['YAS'], targetDate: '2014-09-19' });
    expect(byRef('79')).toMatchObject({ leadAgencyId: agency['NPS'] });
    expect(byRef('102')).toMatchObject({ leadAgencyId: agency['SRP'], targetDate: '2015-03-31' });

    const before = await count('action');
    const imported = await post('coordinator', '', SEED_003, 'appendix-b.csv', {
      sourceKey: 'DHR-MA1',
    }).expect(201);
    expect(imported.body.counts).toMatchObject({ recommendationsCreated: 102 });
    // "1".."102" do not collide with seed 000's "1.8"...: 102 new actions
    expect(await count('action')).toBe(before + 102);
    const again = await post('coordinator', '', SEED_003, 'appendix-b.csv', { sourceKey: 'DHR-MA1' }).expect(
      201,
    );
    expect(again.body.counts).toMatchObject({ actionsCreated: 0, actionsUpdated: 0, actionsUnchanged: 102 });
  });

  it('refuses a sheet with errors, naming every one, and writes nothing', async () => {
    const sheet = Buffer.from(
      [
        'ACTION REF,HOW WE WILL DO IT (THE PLAN),LEAD AGENCY,LEAD OFFICER,TARGET DATE,RAG',
        '9.1,Train staff,Borsetshire Constabulary,DI Smith,Mar-14,A',
        '9.2,Audit the files,SYP,DI Jones,31/02/2014,Blue',
        '9.3,Brief the panel,SYP,DI Jones,Sep-14,G',
      ].join('\r\n'),
    );
    const before = await counts();
    const response = await post('coordinator', '', sheet, 'bad.csv', { sourceKey: 'X' }).expect(400);
    expect(response.body.errors).toEqual([
      { field: 'rows.2.leadAgency', message: expect.stringContaining('"Borsetshire Constabulary"') },
      { field: 'rows.3.targetDate', message: expect.stringContaining('31/02/2014') },
      { field: 'rows.3.rag', message: expect.stringContaining('"Blue"') },
    ]);
    expect(await counts()).toEqual(before);
  });

  it('reads an XLSX: a continuation row is merged into the action above, a dated cell is a day', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Plan');
    sheet.addRows([
      ['Action plan 2026'],
      ['Ref', 'Action', 'Lead agency', 'Lead officer', 'Target date', 'Milestones', 'RAG'],
      ['5. PREVENT - We will stop it happening'],
      [
        '5.1',
        'Train all call handlers',
        'SYP',
        'CI Womersley',
        new Date(Date.UTC(2026, 5, 30)),
        'Course booked',
        'R',
      ],
      [null, 'and their supervisors', null, null, null, 'Supervisors trained'],
      ['Page 1 of 1'],
      ['Ref', 'Action', 'Lead agency', 'Lead officer', 'Target date', 'Milestones', 'RAG'],
    ]);
    const content = Buffer.from(await workbook.xlsx.writeBuffer());
    const upload = (path: string) =>
      api.http
        .post(`/api/v1/action-plan/imports${path}`)
        .set('authorization', as['coordinator']!)
        .field('sourceKey', 'X')
        .attach('file', content, {
          filename: 'plan.xlsx',
          contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        });
    const preview = await upload('/preview').expect(200);
    expect(preview.body.rows.map((row: Row) => row.kind)).toEqual([
      'header',
      'header',
      'section',
      'action',
      'continuation',
      'footer',
      'header',
    ]);
    await upload('').expect(201);
    const [action] = await db().query(
      `SELECT id, description, plan_section, target_date::text AS target_date FROM action
       WHERE partnership_id = $1 AND reference = '5.1'`,
      [a.id],
    );
    expect(action).toMatchObject({
      description: 'Train all call handlers\nand their supervisors',
      plan_section: 'Prevent',
      target_date: '2026-06-30',
    });
    const milestones = await db().query(
      `SELECT description FROM action_milestone WHERE action_id = $1 ORDER BY position`,
      [action.id],
    );
    expect(milestones).toEqual([{ description: 'Course booked' }, { description: 'Supervisors trained' }]);
  });

  it('is the coordinator’s: a lead officer is refused', async () => {
    await post('leadOfficer', '/preview', SEED_000, 'seed-000.csv').expect(403);
    await post('leadOfficer', '', SEED_000, 'seed-000.csv', { sourceKey: 'S' }).expect(403);
  });
});
