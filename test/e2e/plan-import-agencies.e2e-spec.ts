import { givenPartnership, signIn, startTestApi, TestApi, TestPartnership } from '../support';

const SHEET = Buffer.from(
  [
    'Ref,Action,Lead agency,Lead officer,Target date',
    '1,Train call handlers in DASH,WP,DI Smith,Mar-27',
    '2,Audit tenancy files,Wyvern  Housing,Head of Housing,Apr-27',
    '3,Brief GPs,wp,,May-27',
  ].join('\n'),
);

/**
 * A plan from elsewhere names its lead agencies as that partnership did ("WP"): the preview lists the names
 * the partnership does not know (once each, however capitalised), the coordinator says which agency each stands for, and the rows then import
 * under those agencies, and the partnership's next import knows them; a choice that is no agency of the
 * partnership is refused.
 */
describe('Action plan import: lead agencies named differently', () => {
  let api: TestApi;
  let a: TestPartnership;
  let b: TestPartnership;
  let authorization: string;

  const post = (path: string, fields: Record<string, string>) => {
    let request = api.http.post(`/api/v1/action-plan/imports${path}`).set('authorization', authorization);
    for (const [name, value] of Object.entries(fields)) request = request.field(name, value);
    return request.attach('file', SHEET, { filename: 'plan.csv', contentType: 'text/csv' });
  };

  beforeAll(async () => {
    api = await startTestApi();
    a = await givenPartnership(api, 'PlanAgencies');
    b = await givenPartnership(api, 'PlanAgenciesOther');
    ({ authorization } = await signIn(api.http, a.coordinator.email));
    await api.http
      .post('/api/v1/recommendation-sources')
      .set('authorization', authorization)
      .send({ key: 'W', name: 'Wyvern’s plan', kind: 'other' })
      .expect(201);
  });

  afterAll(async () => {
    await api?.close();
  });

  it('lists the lead agencies the partnership does not know, each once', async () => {
    const preview = await post('/preview', { sourceKey: 'W' }).expect(200);
    // "wp" is the same name as "WP", and one choice covers both
    expect(preview.body.unknownAgencies).toEqual(['WP', 'Wyvern Housing']);
    expect(preview.body.summary).toMatchObject({ actions: 3, errors: 3 });
  });

  it('imports the rows under the agencies the coordinator chose for those names', async () => {
    const aliases = JSON.stringify({ wp: a.agencies.police, 'WYVERN HOUSING': a.agencies.health });
    const preview = await post('/preview', { sourceKey: 'W', agencyAliases: aliases }).expect(200);
    expect(preview.body.unknownAgencies).toEqual([]);
    const actions = preview.body.rows.filter((row: { kind: string }) => row.kind === 'action');
    expect(actions.map((row: { leadAgencyId: string; leadOfficerName: string | null }) => row)).toMatchObject(
      [
        { leadAgencyId: a.agencies.police, leadOfficerName: 'DI Smith', errors: [] },
        { leadAgencyId: a.agencies.health, leadOfficerName: 'Head of Housing', errors: [] },
        { leadAgencyId: a.agencies.police, leadOfficerName: null, errors: [] },
      ],
    );
    const imported = await post('', { sourceKey: 'W', agencyAliases: aliases }).expect(201);
    expect(imported.body.counts).toMatchObject({ actionsCreated: 3 });
    const audit = await api.http
      .get('/api/v1/audit?action=action-plan.imported')
      .set('authorization', authorization)
      .expect(200);
    expect(audit.body.items[0].after.agencyAliases).toEqual(JSON.parse(aliases));
  });

  it('remembers the names chosen for the partnership’s next import, which may change them', async () => {
    const next = await post('/preview', { sourceKey: 'W' }).expect(200);
    expect(next.body.unknownAgencies).toEqual([]);
    expect(next.body.summary).toMatchObject({ errors: 0 });
    expect(next.body.agencyAliases).toEqual({ WP: a.agencies.police, 'Wyvern Housing': a.agencies.health });

    await post('', { sourceKey: 'W', agencyAliases: JSON.stringify({ WP: a.agencies.health }) }).expect(201);
    const changed = await post('/preview', { sourceKey: 'W' }).expect(200);
    expect(changed.body.agencyAliases).toEqual({
      WP: a.agencies.health,
      'Wyvern Housing': a.agencies.health,
    });

    // another partnership's coordinator knows none of them
    const other = (await signIn(api.http, b.coordinator.email)).authorization;
    await api.http
      .post('/api/v1/recommendation-sources')
      .set('authorization', other)
      .send({ key: 'W', name: 'Wyvern’s plan', kind: 'other' })
      .expect(201);
    const elsewhere = await api.http
      .post('/api/v1/action-plan/imports/preview')
      .set('authorization', other)
      .field('sourceKey', 'W')
      .attach('file', SHEET, { filename: 'plan.csv', contentType: 'text/csv' })
      .expect(200);
    expect(elsewhere.body.unknownAgencies).toEqual(['WP', 'Wyvern Housing']);
    expect(elsewhere.body.agencyAliases).toEqual({});
  });

  it('lists the names remembered for the coordinator only, who may forget one so the next import asks again', async () => {
    const names = () => api.http.get('/api/v1/action-plan/agency-names').set('authorization', authorization);
    const listed = await names().expect(200);
    expect(
      listed.body.items.map((item: { name: string; agencyId: string }) => [item.name, item.agencyId]),
    ).toEqual([
      ['WP', a.agencies.health],
      ['Wyvern Housing', a.agencies.health],
    ]);
    const lead = (await signIn(api.http, a.leadOfficer.email)).authorization;
    await api.http.get('/api/v1/action-plan/agency-names').set('authorization', lead).expect(403);
    await api.http.delete('/api/v1/action-plan/agency-names?name=wp').set('authorization', lead).expect(403);

    await api.http
      .delete('/api/v1/action-plan/agency-names?name=wp')
      .set('authorization', authorization)
      .expect(204);
    const missing = await api.http
      .delete('/api/v1/action-plan/agency-names?name=wp')
      .set('authorization', authorization)
      .expect(404);
    expect(missing.body.code).toBeDefined();
    const noName = await api.http
      .delete('/api/v1/action-plan/agency-names')
      .set('authorization', authorization)
      .expect(400);
    expect(new Set(noName.body.errors.map((error: { field: string }) => error.field))).toEqual(
      new Set(['name']),
    );
    expect((await names().expect(200)).body.items.map((item: { name: string }) => item.name)).toEqual([
      'Wyvern Housing',
    ]);
    const preview = await post('/preview', { sourceKey: 'W' }).expect(200);
    expect(preview.body.unknownAgencies).toEqual(['WP']);
    const audit = await api.http
      .get('/api/v1/audit?action=plan-agency-name.forgotten')
      .set('authorization', authorization)
      .expect(200);
    expect(audit.body.items[0].before).toMatchObject({ name: 'WP', agencyId: a.agencies.health });
  });

  it('refuses a choice that is not an agency of the partnership, or not an id', async () => {
    const elsewhere = await post('/preview', {
      sourceKey: 'W',
      agencyAliases: JSON.stringify({ WP: b.agencies.police }),
    }).expect(400);
    expect(elsewhere.body.errors).toEqual([{ field: 'agencyAliases', message: expect.any(String) }]);
    const malformed = await post('/preview', {
      sourceKey: 'W',
      agencyAliases: JSON.stringify({ WP: 'police' }),
    }).expect(400);
    expect(malformed.body.errors).toEqual([{ field: 'agencyAliases', message: expect.any(String) }]);
  });
});
