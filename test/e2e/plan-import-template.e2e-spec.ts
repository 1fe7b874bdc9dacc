import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { AgencyService } from '@dhr/partnerships';
import { inPartnership, systemActor } from '@dhr/platform-auth';
import { PartnershipId } from '@dhr/platform-domain';
import { givenPartnership, signIn, startTestApi, TestApi, TestPartnership } from '../support';

const TEMPLATE = readFileSync(join(__dirname, '../fixtures/action-plans/home-office-template.csv'));

/**
 * The action plan as the Home Office's DHR template lays it out (recommendation, scope, action, lead agency, key
 * milestones, target date, date of completion and outcome) imports field by field: a recommendation written
 * once over two actions answered by both, the scope (a national one with its recipient), bulleted and numbered
 * milestones split, and the completion note kept as progress, unrated. "National" with no recipient is an
 * error that says how to write it.
 */
describe('Action plan import: the Home Office template', () => {
  let api: TestApi;
  let a: TestPartnership;
  let authorization: string;
  const db = () => api.app.get(DataSource);

  const post = (path: string, content: Buffer) =>
    api.http
      .post(`/api/v1/action-plan/imports${path}`)
      .set('authorization', authorization)
      .field('sourceKey', 'ADULT-C')
      .attach('file', content, { filename: 'adult-c.csv', contentType: 'text/csv' });

  beforeAll(async () => {
    api = await startTestApi();
    a = await givenPartnership(api, 'Template');
    const actor = inPartnership(systemActor(a.id as PartnershipId, 'test-template'));
    const agencies = api.app.get(AgencyService);
    await agencies.create(actor, { name: 'South Yorkshire Police', shortName: 'SYP', type: 'police' });
    await agencies.create(actor, {
      name: 'The Rotherham NHS Foundation Trust',
      shortName: 'TRFT',
      type: 'nhs_acute_trust',
    });
    ({ authorization } = await signIn(api.http, a.coordinator.email));
    await api.http
      .post('/api/v1/recommendation-sources')
      .set('authorization', authorization)
      .send({ key: 'ADULT-C', name: 'DHR Adult C', kind: 'other' })
      .expect(201);
  });

  afterAll(async () => {
    await api?.close();
  });

  it('suggests every column of the template, and reads each row', async () => {
    const preview = await post('/preview', TEMPLATE).expect(200);
    expect(preview.body.suggestedMapping).toEqual({
      recommendation: 1,
      scope: 2,
      planText: 3,
      leadAgency: 4,
      milestones: 5,
      targetDate: 6,
      progress: 7,
    });
    expect(preview.body.summary).toMatchObject({ actions: 4, errors: 0 });
    const actions = preview.body.rows.filter((row: { kind: string }) => row.kind === 'action');
    expect(actions).toMatchObject([
      {
        reference: '1',
        scope: 'local',
        milestones: ['Audit tool agreed', 'Audit completed'],
        targetDate: '2027-03-31',
      },
      { reference: null, sharesRecommendationOf: 3, targetDate: '2027-06-30', progress: expect.any(String) },
      { reference: '2', scope: 'regional', milestones: ['Funding secured', 'Practices trained'] },
      { reference: '3', scope: 'national', nationalRecipient: 'Home Office', targetDate: '2027-04-30' },
    ]);
  });

  it('imports the recommendations with their scope, each answered by its actions', async () => {
    const imported = await post('', TEMPLATE).expect(201);
    expect(imported.body.counts).toMatchObject({
      actionsCreated: 4,
      recommendationsCreated: 3,
      progressUpdatesAdded: 1,
    });
    const recommendations = await db().query(
      `SELECT r.reference, r.scope, r.national_recipient, count(ar.action_id)::int AS actions
         FROM recommendation r JOIN recommendation_source s ON s.id = r.source_id
         JOIN action_recommendation ar ON ar.recommendation_id = r.id
        WHERE s.partnership_id = $1 AND s.key = 'ADULT-C'
        GROUP BY r.reference, r.scope, r.national_recipient ORDER BY r.reference`,
      [a.id],
    );
    expect(recommendations).toEqual([
      { reference: '1', scope: 'local', national_recipient: null, actions: 2 },
      { reference: '2', scope: 'regional', national_recipient: null, actions: 1 },
      { reference: '3', scope: 'national', national_recipient: 'Home Office', actions: 1 },
    ]);
    const again = await post('', TEMPLATE).expect(201);
    expect(again.body.counts).toMatchObject({
      actionsCreated: 0,
      actionsUnchanged: 4,
      progressUpdatesAdded: 0,
    });
  });

  it('names a national recommendation with no recipient, and how to write it', async () => {
    const sheet = Buffer.from(TEMPLATE.toString('utf8').replace('"National: Home Office"', '"National"'));
    const preview = await post('/preview', sheet).expect(200);
    expect(preview.body.rows.flatMap((row: { errors: unknown[] }) => row.errors)).toEqual([
      { field: 'rows.6.scope', message: expect.stringContaining('"National: Home Office"') },
    ]);
  });
});
