import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import {
  fieldsOf,
  PlanImportRow as Row,
  givenPlanVariants,
  PlanVariants,
  rowOf,
  startTestApi,
  TestApi,
  TestPartnership,
} from '../support';

const SCRUTINY_REVIEW = readFileSync(join(__dirname, '../fixtures/action-plans/variant-scrutiny-review.csv'));

/**
 * An action plan laid out as a partnership other than the seeds' lays it out, previewed and imported through the
 * API as a coordinator would: seed 001's scrutiny-review layout (cabinet decision, officer responsible, "Action
 * by (Date)"), which names no lead agency, so the coordinator names a default one; each response kept as an
 * update without a rating.
 */
describe('Action plan import: a scrutiny review’s cabinet response', () => {
  let api: TestApi;
  let a: TestPartnership;
  let plan: PlanVariants;
  const db = () => api.app.get(DataSource);

  beforeAll(async () => {
    api = await startTestApi();
    plan = await givenPlanVariants(api, 'PlanVariants', [
      ['SCR-DA', 'Scrutiny review of domestic abuse: cabinet response'],
    ]);
    a = plan.partnership;
  });

  afterAll(async () => {
    await api?.close();
  });

  it('imports seed 001’s scrutiny-review layout, once the coordinator names a default lead agency', async () => {
    const withoutLead = await plan.post('/preview', SCRUTINY_REVIEW, 'scrutiny-review.csv').expect(200);
    expect(withoutLead.body.suggestedMapping).toEqual({
      recommendation: 1,
      decision: 2,
      progress: 3,
      leadOfficer: 4,
      targetDate: 5,
    });
    const actionRows = [5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15];
    expect(withoutLead.body.rows.flatMap((row: Row) => fieldsOf(row.errors))).toEqual(
      actionRows.map((n) => `rows.${n}.leadAgency`),
    );

    const options = { defaultLeadAgencyId: plan.agency['RMBC']! };
    const preview = await plan.post('/preview', SCRUTINY_REVIEW, 'scrutiny-review.csv', options).expect(200);
    expect(preview.body.summary).toMatchObject({ actions: 11, errors: 0 });
    const at = rowOf(preview.body.rows);
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
        leadAgencyId: plan.agency['RMBC'],
        leadOfficerName: officer,
        targetDate,
        targetToBeAgreed,
      });
      expect(fieldsOf(at(n).warnings)).toEqual(warnings.map((field) => `rows.${n}.${field}`));
    }
    expect(at(5).recommendation).toMatch(/^In order to facilitate longer term planning/u);
    expect(at(5).warnings[0]!.message).toContain('Marked completed (30 November 2014)');
    expect(at(15).warnings.map((warning: { message: string }) => warning.message)).toContainEqual(
      expect.stringContaining('rejected'),
    );

    const imported = await plan
      .post('', SCRUTINY_REVIEW, 'scrutiny-review.csv', {
        ...options,
        sourceKey: 'SCR-DA',
      })
      .expect(201);
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
    const again = await plan
      .post('', SCRUTINY_REVIEW, 'scrutiny-review.csv', {
        ...options,
        sourceKey: 'SCR-DA',
      })
      .expect(201);
    expect(again.body.counts).toMatchObject({ actionsCreated: 0, progressUpdatesAdded: 0 });
    const saved = await plan.actions('SCR-DA');
    expect(saved).toHaveLength(11);
    const first = saved.find((action) => action['reference'] === '1')!;
    expect(first).toMatchObject({
      status: 'open', // "Completed" in the sheet: completion needs the coordinator's sign-off
      lead_agency_id: plan.agency['RMBC'],
      lead_officer_name: 'Sam Newton',
      target_date: null,
      target_to_be_agreed: true,
    });
    expect(first['recommendation']).toBe(first['description']);
    expect(first['description']).toMatch(/^In order to facilitate/u);
    expect(saved.find((action) => action['reference'] === '20')).toMatchObject({ target_date: '2016-03-31' });
  });
});
