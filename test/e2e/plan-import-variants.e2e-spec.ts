import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { AgencyService } from '@dhr/partnerships';
import { inPartnership, systemActor } from '@dhr/platform-auth';
import { AgencyId, PartnershipId } from '@dhr/platform-domain';
import { givenPartnership, signIn, startTestApi, TestApi, TestPartnership } from '../support';

type Problem = { field: string; message: string };
type Row = {
  rowNumber: number;
  kind: string;
  reference: string | null;
  section: string | null;
  recommendation: string;
  description: string;
  leadAgencyId: string | null;
  leadOfficerName: string | null;
  targetDate: string | null;
  targetToBeAgreed: boolean;
  milestones: string[];
  rag: string | null;
  updatedOn: string | null;
  continues: number | null;
  errors: Problem[];
  warnings: Problem[];
};

const FIXTURES = join(__dirname, '../fixtures/action-plans');
const DELIVERY_PLAN = readFileSync(join(FIXTURES, 'variant-delivery-plan.xlsx'));
const SCRUTINY_REVIEW = readFileSync(join(FIXTURES, 'variant-scrutiny-review.csv'));
const STATUS_WORDS = readFileSync(join(FIXTURES, 'variant-status-words.csv'));
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Action plans laid out as partnerships other than the seeds' lay them out, previewed and imported through the
 * API as a coordinator would: an Excel delivery plan (two-row header, priorities in merged cells, Excel dates, RAG
 * shown only as fill colours), seed 001's scrutiny-review layout (cabinet decision, officer responsible, "Action
 * by (Date)"), and a DHR plan written with status words and dates in many forms.
 */
describe('Action plan import: layouts of other partnerships', () => {
  let api: TestApi;
  let a: TestPartnership;
  let coordinator: string;
  const agency: Record<string, AgencyId> = {};
  const db = () => api.app.get(DataSource);

  const post = (path: string, content: Buffer, filename: string, fields: Record<string, string> = {}) => {
    let request = api.http.post(`/api/v1/action-plan/imports${path}`).set('authorization', coordinator);
    for (const [name, value] of Object.entries(fields)) request = request.field(name, value);
    return request.attach('file', content, {
      filename,
      contentType: filename.endsWith('.xlsx') ? XLSX : 'text/csv',
    });
  };
  const byRow = (rows: Row[]) => (n: number) => rows.find((row) => row.rowNumber === n)!;
  const fields = (problems: Problem[]) => problems.map((problem) => problem.field);
  /** The source's actions by reference (fingerprinted ones by their description's start). */
  const actions = async (sourceKey: string) =>
    (await db().query(
      `SELECT a.id, a.reference, a.plan_section, a.description, a.lead_agency_id, a.lead_officer_name,
              a.target_date::text AS target_date, a.target_to_be_agreed, a.reported_rag,
              a.last_update_on::text AS last_update_on, a.status, r.text AS recommendation
         FROM action a
         JOIN action_recommendation ar ON ar.action_id = a.id AND ar.partnership_id = a.partnership_id
         JOIN recommendation r ON r.id = ar.recommendation_id
         JOIN recommendation_source s ON s.id = r.source_id
        WHERE a.partnership_id = $1 AND s.key = $2
        ORDER BY a.reference`,
      [a.id, sourceKey],
    )) as Record<string, string | boolean | null>[];
  const milestones = async (actionId: unknown) =>
    (await db().query(
      `SELECT description, due_on::text AS due_on, done FROM action_milestone
        WHERE partnership_id = $1 AND action_id = $2 ORDER BY position`,
      [a.id, actionId],
    )) as { description: string; due_on: string | null; done: boolean }[];
  const updates = async (actionId: unknown) =>
    (await db().query(
      `SELECT reported_on::text AS reported_on, rag, narrative FROM progress_update
        WHERE partnership_id = $1 AND action_id = $2 ORDER BY reported_on`,
      [a.id, actionId],
    )) as { reported_on: string; rag: string; narrative: string }[];

  beforeAll(async () => {
    api = await startTestApi();
    a = await givenPartnership(api, 'PlanVariants');
    const actor = inPartnership(systemActor(a.id as PartnershipId, 'test-plan-import-variants'));
    const agencies = api.app.get(AgencyService);
    for (const [shortName, name] of [
      ['CCG', 'Wyvern Clinical Commissioning Group'],
      ['WCC', 'Wyvern County Council'],
      ['WHT', 'Wyvern Hospitals NHS Trust'],
      ['WP', 'Wyvern Police'],
      ['WWA', 'Wyvern Women’s Aid'],
      ['WH', 'Wyvern Housing'],
      ['CSP', 'Wyvern Community Safety Partnership'],
      ['NPS', 'National Probation Service'],
      ['RMBC', 'Rotherham Metropolitan Borough Council'],
    ] as const) {
      agency[shortName] = (await agencies.create(actor, { name, shortName, type: 'other' })).id;
    }
    coordinator = (await signIn(api.http, a.coordinator.email)).authorization;
    for (const [key, name] of [
      ['WYV-DP', 'Wyvern domestic abuse delivery plan 2015/16'],
      ['SCR-DA', 'Scrutiny review of domestic abuse: cabinet response'],
      ['DHR-B', 'Domestic homicide review "Adult B"'],
      ['BAD', 'A plan with a status that is no rating'],
    ]) {
      await api.http
        .post('/api/v1/recommendation-sources')
        .set('authorization', coordinator)
        .send({ key, name, kind: 'other' })
        .expect(201);
    }
  });

  afterAll(async () => {
    await api?.close();
  });

  it('imports an Excel delivery plan: cover sheet, two-row header, priorities, Excel dates, RAG by colour', async () => {
    const preview = await post('/preview', DELIVERY_PLAN, 'delivery-plan.xlsx').expect(200);
    expect(preview.body.suggestedMapping).toEqual({
      reference: 1,
      planText: 2,
      leadAgency: 4,
      leadOfficer: 5,
      targetDate: 6,
      milestones: 7,
      progress: 8,
      rag: 9,
    });
    expect(preview.body.summary).toMatchObject({ actions: 7, continuations: 1, sections: 3, errors: 0 });
    const rows: Row[] = preview.body.rows;
    const at = byRow(rows);
    expect(rows.map((row) => row.kind)).toEqual([
      ...Array(6).fill('header'), // titles, the key to the colours, the two header rows
      ...'section action action continuation section action action action section action action'.split(' '),
    ]);
    const P1 = 'Priority 1: Early intervention and prevention';
    const P2 = 'P2 – Protecting victims and their children';
    const P3 = 'Priority 3: Pursuing perpetrators';
    const GP = 'Dr A Patel, Named GP for Safeguarding';
    // [row, reference, section, lead agency, lead officer, target, RAG, date of update]
    const expected: [number, string, string, string, string, string, string | null, string | null][] = [
      [8, '1.1', P1, 'CCG', GP, '2015-06-30', 'light_green', '2015-03-31'],
      [9, '1.2', P1, 'WCC', 'Head of Education Safeguarding', '2015-06-30', 'amber', '2015-03-31'],
      [12, '2.1', P2, 'WHT', 'Head of Safeguarding', '2015-03-31', 'red', '2015-03-31'],
      [13, '2.2', P2, 'WP', 'DI Jane Cole', '2015-09-30', 'green', '2015-03-31'],
      [14, '2.3', P2, 'WWA', 'IDVA Service Manager', '2015-09-30', 'amber', null],
      [16, '3.1', P3, 'NPS', 'Senior Probation Officer', '2015-12-31', 'red', '2015-03-31'],
      [17, '3.2', P3, 'NPS', 'Head of Public Protection', '2016-03-31', null, null],
    ];
    for (const [n, reference, section, lead, officer, targetDate, rag, updatedOn] of expected) {
      expect(at(n)).toMatchObject({
        kind: 'action',
        reference,
        section,
        leadAgencyId: agency[lead],
        leadOfficerName: officer,
        targetDate,
        targetToBeAgreed: false,
        rag,
        updatedOn,
        errors: [],
      });
    }
    expect(at(8).milestones).toEqual([
      'Training package agreed by April 2015',
      'Sessions delivered to all 38 practices by June 2015',
    ]);
    expect(at(9).description).toBe(
      'Pilot healthy relationships sessions in four secondary schools\nand evaluate them with pupils and staff',
    );
    expect(at(10)).toMatchObject({ kind: 'continuation', continues: 9 });
    // how the colours, the day number and the quarter were read is said, row by row
    expect(fields(at(8).warnings)).toEqual(['rows.8.rag', 'rows.8.updatedOn']);
    expect(at(8).warnings[0]!.message).toContain('#92D050');
    expect(fields(at(9).warnings)).toEqual(['rows.9.targetDate', 'rows.9.rag', 'rows.9.updatedOn']);
    expect(at(9).warnings[2]!.message).toContain('Position as at 31 March 2015');
    expect(at(13).warnings[0]!.message).toContain('quarter 2 of the financial year 2015/16');
    expect(fields(at(17).warnings)).toEqual([]);

    const first = await post('', DELIVERY_PLAN, 'delivery-plan.xlsx', { sourceKey: 'WYV-DP' }).expect(201);
    expect(first.body.counts).toEqual({
      actionsCreated: 7,
      actionsUpdated: 0,
      actionsUnchanged: 0,
      recommendationsCreated: 7,
      progressUpdatesAdded: 5,
    });
    const saved = await actions('WYV-DP');
    expect(
      saved.map((action) => [
        action['reference'],
        action['plan_section'],
        action['lead_agency_id'],
        action['target_date'],
        action['reported_rag'],
        action['last_update_on'],
      ]),
    ).toEqual(
      expected.map(([, ref, section, lead, , target, rag, updatedOn]) => [
        ref,
        section,
        agency[lead],
        target,
        updatedOn ? rag : null,
        updatedOn,
      ]),
    );
    const pilot = saved.find((action) => action['reference'] === '1.2')!;
    expect((await milestones(pilot['id'])).map((m) => m.description)).toEqual([
      'Schools identified',
      'Sessions delivered',
      'Evaluation report',
      'Evaluation shared with the LSCB',
    ]);
    const enquiry = saved.find((action) => action['reference'] === '2.1')!;
    expect(await updates(enquiry['id'])).toEqual([
      {
        reported_on: '2015-03-31',
        rag: 'red',
        narrative: 'Routine enquiry is in place in maternity; A&E starts in April',
      },
    ]);

    const again = await post('', DELIVERY_PLAN, 'delivery-plan.xlsx', { sourceKey: 'WYV-DP' }).expect(201);
    expect(again.body.counts).toEqual({
      actionsCreated: 0,
      actionsUpdated: 0,
      actionsUnchanged: 7,
      recommendationsCreated: 0,
      progressUpdatesAdded: 0,
    });
  });

  it('imports seed 001’s scrutiny-review layout, once the coordinator names a default lead agency', async () => {
    const withoutLead = await post('/preview', SCRUTINY_REVIEW, 'scrutiny-review.csv').expect(200);
    expect(withoutLead.body.suggestedMapping).toEqual({
      recommendation: 1,
      decision: 2,
      progress: 3,
      leadOfficer: 4,
      targetDate: 5,
    });
    const actionRows = [5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15];
    expect(withoutLead.body.rows.flatMap((row: Row) => fields(row.errors))).toEqual(
      actionRows.map((n) => `rows.${n}.leadAgency`),
    );

    const options = { defaultLeadAgencyId: agency['RMBC']! };
    const preview = await post('/preview', SCRUTINY_REVIEW, 'scrutiny-review.csv', options).expect(200);
    expect(preview.body.summary).toMatchObject({ actions: 11, errors: 0 });
    const at = byRow(preview.body.rows);
    expect([1, 2, 3, 4].map((n) => at(n).kind)).toEqual(['header', 'blank', 'header', 'header']);
    // [row, reference, officer, target date, to be agreed, the warnings' fields]; every response is progress
    // without a RAG rating or a date, so it is kept as an unrated update as of the day of import, with warnings
    const expected: [number, string | null, string | null, string | null, boolean, string[]][] = [
      [5, '1', 'Sam Newton', null, true, ['targetDate', 'rag', 'updatedOn', 'leadAgency']], // Completed November 2014
      [6, '2', 'Kate Green', '2015-10-31', false, ['rag', 'updatedOn', 'leadAgency']],
      [7, '4', 'Samantha Perrins', null, true, ['targetDate', 'rag', 'updatedOn', 'decision', 'leadAgency']], // Deferred
      [
        8,
        '5',
        'CI Ian Womersley/Sgt Shane Fox',
        null,
        true,
        ['targetDate', 'rag', 'updatedOn', 'leadAgency'],
      ],
      [9, '12', 'Chrissy Wright', null, true, ['targetDate', 'rag', 'updatedOn', 'leadAgency']],
      [10, null, null, null, true, ['targetDate', 'rag', 'updatedOn', 'leadAgency']], // "b) ...", a part of 12
      [
        11,
        '16',
        'Ruth Fletcher-Brown/Cherryl Henry-Leach',
        '2015-08-31',
        false,
        ['rag', 'updatedOn', 'leadAgency'],
      ],
      [12, '17', 'Steve Parry', null, true, ['targetDate', 'rag', 'updatedOn', 'leadAgency']], // Ongoing
      [
        13,
        null,
        'Bev Pepperdine/Kelly White/Cherryl Henry-Leach',
        null,
        true,
        ['targetDate', 'rag', 'updatedOn', 'leadAgency'],
      ],
      [14, '19', 'Jan Bean/Warren Carratt', null, true, ['targetDate', 'rag', 'updatedOn', 'leadAgency']], // Discharged
      [15, '20', 'Chrissy Wright', '2016-03-31', false, ['rag', 'updatedOn', 'decision', 'leadAgency']], // Rejected
    ];
    for (const [n, reference, officer, targetDate, targetToBeAgreed, warnings] of expected) {
      expect(at(n)).toMatchObject({
        kind: 'action',
        reference,
        leadAgencyId: agency['RMBC'],
        leadOfficerName: officer,
        targetDate,
        targetToBeAgreed,
      });
      expect(fields(at(n).warnings)).toEqual(warnings.map((field) => `rows.${n}.${field}`));
    }
    expect(at(5).recommendation).toMatch(/^In order to facilitate longer term planning/u);
    expect(at(5).warnings[0]!.message).toContain('Marked completed (30 November 2014)');
    expect(at(15).warnings.map((warning: { message: string }) => warning.message)).toContainEqual(
      expect.stringContaining('rejected'),
    );

    const imported = await post('', SCRUTINY_REVIEW, 'scrutiny-review.csv', {
      ...options,
      sourceKey: 'SCR-DA',
    }).expect(201);
    expect(imported.body.counts).toMatchObject({
      actionsCreated: 11,
      recommendationsCreated: 11,
      progressUpdatesAdded: 11,
    });
    // each response kept as an update without a rating, as of the day of import; the RAG is not made up
    const responses = await db().query(
      `SELECT pu.rag, to_char(pu.reported_on, 'YYYY-MM-DD') AS reported_on, a.reported_rag, a.last_update_on
         FROM progress_update pu JOIN action a ON a.id = pu.action_id
         JOIN action_recommendation ar ON ar.action_id = a.id
         JOIN recommendation r ON r.id = ar.recommendation_id
         JOIN recommendation_source s ON s.id = r.source_id
        WHERE s.key = 'SCR-DA' AND s.partnership_id = $1`,
      [a.id],
    );
    expect(responses).toHaveLength(11);
    for (const response of responses) {
      expect(response).toEqual({
        rag: null,
        reported_on: new Date().toISOString().slice(0, 10),
        reported_rag: null,
        last_update_on: null,
      });
    }
    const again = await post('', SCRUTINY_REVIEW, 'scrutiny-review.csv', {
      ...options,
      sourceKey: 'SCR-DA',
    }).expect(201);
    expect(again.body.counts).toMatchObject({ actionsCreated: 0, progressUpdatesAdded: 0 });
    const saved = await actions('SCR-DA');
    expect(saved).toHaveLength(11);
    const first = saved.find((action) => action['reference'] === '1')!;
    expect(first).toMatchObject({
      status: 'open', // "Completed" in the sheet: completion needs the coordinator's sign-off
      lead_agency_id: agency['RMBC'],
      lead_officer_name: 'Sam Newton',
      target_date: null,
      target_to_be_agreed: true,
    });
    expect(first['recommendation']).toBe(first['description']);
    expect(first['description']).toMatch(/^In order to facilitate/u);
    expect(saved.find((action) => action['reference'] === '20')).toMatchObject({ target_date: '2016-03-31' });
  });

  it('imports a DHR plan written with status words, a blank column and dates in many forms', async () => {
    const preview = await post('/preview', STATUS_WORDS, 'adult-b.csv').expect(200);
    expect(preview.body.suggestedMapping).toEqual({
      reference: 1,
      recommendation: 2,
      planText: 3,
      leadAgency: 5,
      leadOfficer: 6,
      milestones: 7,
      targetDate: 8,
      rag: 9,
      progress: 10,
      updatedOn: 11,
    });
    expect(preview.body.summary).toMatchObject({ actions: 6, sections: 2, errors: 0 });
    const at = byRow(preview.body.rows);
    expect(at(5)).toMatchObject({ kind: 'section', section: 'P1 – Early identification' });
    expect(at(9)).toMatchObject({ kind: 'section', section: 'P2 – Support for victims' });
    // [row, reference, lead agency, target date, RAG, date of update, the warnings' fields]
    const expected: [number, string, string, string | null, string, string | null, string[]][] = [
      [6, '1', 'CCG', '2015-03-31', 'green', '2015-03-31', ['rag']], // Completed
      [7, '2', 'WP', '2015-09-30', 'light_green', '2015-03-31', ['targetDate', 'rag']], // Q2 2015/16, On track
      [8, '3', 'WH', '2015-03-31', 'amber', '2015-03-31', ['rag']], // End of March 2015, Delayed
      [10, '4', 'WWA', null, 'amber', null, ['targetDate', 'rag']], // Ongoing, Not started
      [11, '5', 'CSP', null, 'green', '2015-03-31', ['targetDate', 'rag']], // N/A, Closed
      [12, '6', 'WP', '2014-12-31', 'red', '2015-03-31', ['rag']], // 31.12.14, Overdue
    ];
    for (const [n, reference, lead, targetDate, rag, updatedOn, warnings] of expected) {
      expect(at(n)).toMatchObject({
        kind: 'action',
        reference,
        section: n < 9 ? 'P1 – Early identification' : 'P2 – Support for victims',
        leadAgencyId: agency[lead],
        targetDate,
        targetToBeAgreed: targetDate === null,
        rag,
        updatedOn,
        errors: [],
      });
      expect(fields(at(n).warnings)).toEqual(warnings.map((field) => `rows.${n}.${field}`));
    }
    expect(at(7).updatedOn).toBe('2015-03-31'); // "42094", a day number
    expect(at(8).milestones).toEqual(['Questions agreed', 'System changed', 'Staff briefed']);
    expect(at(6).milestones).toEqual([
      'Guidance issued',
      '20 records audited in each practice',
      'Findings reported to the CSP',
    ]);

    const imported = await post('', STATUS_WORDS, 'adult-b.csv', { sourceKey: 'DHR-B' }).expect(201);
    expect(imported.body.counts).toMatchObject({ actionsCreated: 6, progressUpdatesAdded: 5 });
    const saved = await actions('DHR-B');
    expect(saved.map((action) => [action['reference'], action['reported_rag'], action['status']])).toEqual([
      ['1', 'green', 'open'],
      ['2', 'light_green', 'open'],
      ['3', 'amber', 'open'],
      ['4', null, 'open'],
      ['5', 'green', 'open'],
      ['6', 'red', 'open'],
    ]);
    const housing = saved.find((action) => action['reference'] === '3')!;
    expect(await milestones(housing['id'])).toHaveLength(3);
    expect(await updates(housing['id'])).toEqual([
      {
        reported_on: '2015-03-31',
        rag: 'amber',
        narrative: 'The system change is waiting for an IT release',
      },
    ]);
  });

  it('refuses a status that is no rating, naming the cell, and writes nothing', async () => {
    const sheet = Buffer.from(
      [
        'No.,Actions required,Organisation,Deadline,Status',
        '1,Train staff,Wyvern Police,Q1 2015/16,On track',
        '2,Audit files,Wyvern Police,Q2 2015,Waiting for funding',
      ].join('\r\n'),
    );
    const response = await post('', sheet, 'bad.csv', { sourceKey: 'BAD' }).expect(400);
    expect(response.body.errors).toEqual([
      { field: 'rows.3.targetDate', message: expect.stringContaining('calendar or a financial quarter') },
      { field: 'rows.3.rag', message: expect.stringContaining('"Waiting for funding" is not a RAG rating') },
    ]);
    expect(await actions('BAD')).toEqual([]);
  });
});
