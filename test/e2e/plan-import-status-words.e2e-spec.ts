import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fieldsOf, givenPlanVariants, PlanVariants, rowOf, startTestApi, TestApi } from '../support';

const STATUS_WORDS = readFileSync(join(__dirname, '../fixtures/action-plans/variant-status-words.csv'));

/**
 * An action plan laid out as a partnership other than the seeds' lays it out, previewed and imported through the
 * API as a coordinator would: a DHR plan written with status words ("On track", "Delayed", "Closed"...), a blank
 * column and dates in many forms; and a status that is no rating refused, naming the cell, with nothing
 * written.
 */
describe('Action plan import: a plan written with status words', () => {
  let api: TestApi;
  let plan: PlanVariants;

  beforeAll(async () => {
    api = await startTestApi();
    plan = await givenPlanVariants(api, 'PlanVariants', [
      ['DHR-B', 'Domestic homicide review "Adult B"'],
      ['BAD', 'A plan with a status that is no rating'],
    ]);
  });

  afterAll(async () => {
    await api?.close();
  });

  it('imports a DHR plan written with status words, a blank column and dates in many forms', async () => {
    const preview = await plan.post('/preview', STATUS_WORDS, 'adult-b.csv').expect(200);
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
    const at = rowOf(preview.body.rows);
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
        leadAgencyId: plan.agency[lead],
        targetDate,
        targetToBeAgreed: targetDate === null,
        rag,
        updatedOn,
        errors: [],
      });
      expect(fieldsOf(at(n).warnings)).toEqual(warnings.map((field) => `rows.${n}.${field}`));
    }
    expect(at(7).updatedOn).toBe('2015-03-31'); // "42094", a day number
    expect(at(8).milestones).toEqual(['Questions agreed', 'System changed', 'Staff briefed']);
    expect(at(6).milestones).toEqual([
      'Guidance issued',
      '20 records audited in each practice',
      'Findings reported to the CSP',
    ]);

    const imported = await plan.post('', STATUS_WORDS, 'adult-b.csv', { sourceKey: 'DHR-B' }).expect(201);
    expect(imported.body.counts).toMatchObject({ actionsCreated: 6, progressUpdatesAdded: 5 });
    const saved = await plan.actions('DHR-B');
    expect(saved.map((action) => [action['reference'], action['reported_rag'], action['status']])).toEqual([
      ['1', 'green', 'open'],
      ['2', 'light_green', 'open'],
      ['3', 'amber', 'open'],
      ['4', null, 'open'],
      ['5', 'green', 'open'],
      ['6', 'red', 'open'],
    ]);
    const housing = saved.find((action) => action['reference'] === '3')!;
    expect(await plan.milestones(housing['id'])).toHaveLength(3);
    expect(await plan.updates(housing['id'])).toEqual([
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
    const response = await plan.post('', sheet, 'bad.csv', { sourceKey: 'BAD' }).expect(400);
    expect(response.body.errors).toEqual([
      { field: 'rows.3.targetDate', message: expect.stringContaining('calendar or a financial quarter') },
      { field: 'rows.3.rag', message: expect.stringContaining('"Waiting for funding" is not a RAG rating') },
    ]);
    expect(await plan.actions('BAD')).toEqual([]);
  });
});
