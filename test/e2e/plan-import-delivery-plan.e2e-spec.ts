import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  fieldsOf,
  givenPlanVariants,
  PlanImportRow as Row,
  PlanVariants,
  rowOf,
  startTestApi,
  TestApi,
} from '../support';

const DELIVERY_PLAN = readFileSync(join(__dirname, '../fixtures/action-plans/variant-delivery-plan.xlsx'));

/**
 * An action plan laid out as a partnership other than the seeds' lays it out, previewed and imported through the
 * API as a coordinator would: an Excel delivery plan with a cover sheet, a two-row header, priorities in merged
 * cells, Excel dates and RAG shown only as fill colours; imported once, however often it is imported.
 */
describe('Action plan import: an Excel delivery plan', () => {
  let api: TestApi;
  let plan: PlanVariants;

  beforeAll(async () => {
    api = await startTestApi();
    plan = await givenPlanVariants(api, 'PlanVariants', [
      ['WYV-DP', 'Wyvern domestic abuse delivery plan 2015/16'],
    ]);
  });

  afterAll(async () => {
    await api?.close();
  });

  it('imports an Excel delivery plan: cover sheet, two-row header, priorities, Excel dates, RAG by colour', async () => {
    const preview = await plan.post('/preview', DELIVERY_PLAN, 'delivery-plan.xlsx').expect(200);
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
    const at = rowOf(rows);
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
        leadAgencyId: plan.agency[lead],
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
    expect(fieldsOf(at(8).warnings)).toEqual(['rows.8.rag', 'rows.8.updatedOn']);
    expect(at(8).warnings[0]!.message).toContain('#92D050');
    expect(fieldsOf(at(9).warnings)).toEqual(['rows.9.targetDate', 'rows.9.rag', 'rows.9.updatedOn']);
    expect(at(9).warnings[2]!.message).toContain('Position as at 31 March 2015');
    expect(at(13).warnings[0]!.message).toContain('quarter 2 of the financial year 2015/16');
    expect(fieldsOf(at(17).warnings)).toEqual([]);

    const first = await plan
      .post('', DELIVERY_PLAN, 'delivery-plan.xlsx', { sourceKey: 'WYV-DP' })
      .expect(201);
    expect(first.body.counts).toEqual({
      actionsCreated: 7,
      actionsUpdated: 0,
      actionsUnchanged: 0,
      recommendationsCreated: 7,
      progressUpdatesAdded: 5,
    });
    const saved = await plan.actions('WYV-DP');
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
        plan.agency[lead],
        target,
        updatedOn ? rag : null,
        updatedOn,
      ]),
    );
    const pilot = saved.find((action) => action['reference'] === '1.2')!;
    expect((await plan.milestones(pilot['id'])).map((m) => m.description)).toEqual([
      'Schools identified',
      'Sessions delivered',
      'Evaluation report',
      'Evaluation shared with the LSCB',
    ]);
    const enquiry = saved.find((action) => action['reference'] === '2.1')!;
    expect(await plan.updates(enquiry['id'])).toEqual([
      {
        reported_on: '2015-03-31',
        rag: 'red',
        narrative: 'Routine enquiry is in place in maternity; A&E starts in April',
      },
    ]);

    const again = await plan
      .post('', DELIVERY_PLAN, 'delivery-plan.xlsx', { sourceKey: 'WYV-DP' })
      .expect(201);
    expect(again.body.counts).toEqual({
      actionsCreated: 0,
      actionsUpdated: 0,
      actionsUnchanged: 7,
      recommendationsCreated: 0,
      progressUpdatesAdded: 0,
    });
  });
});
