import { givenPartnership, signIn, startTestApi, TestApi, TestPartnership } from '../support';

/** Partnerships never see each other's data: another partnership's ids are simply not found. */
describe('partnership isolation', () => {
  let api: TestApi;
  let a: TestPartnership;
  let b: TestPartnership;
  let coordinatorOfB: string;

  beforeAll(async () => {
    api = await startTestApi();
    a = await givenPartnership(api, 'Alpha');
    b = await givenPartnership(api, 'Bravo');
    coordinatorOfB = (await signIn(api.http, b.coordinator.email)).authorization;
  });
  afterAll(() => api.close());

  it("gives 404 for partnership A's user, to read or to change", async () => {
    await api.http.get(`/api/v1/users/${a.chair.id}`).set('authorization', coordinatorOfB).expect(404);
    await api.http
      .patch(`/api/v1/users/${a.chair.id}`)
      .set('authorization', coordinatorOfB)
      .set('if-match', '"1"')
      .send({ displayName: 'Taken over' })
      .expect(404);
    await api.http
      .post(`/api/v1/users/${a.chair.id}/invitation`)
      .set('authorization', coordinatorOfB)
      .expect(404);
  });

  it("gives 404 for partnership A's agency, and will not attach a user to it", async () => {
    await api.http
      .get(`/api/v1/agencies/${a.agencies.police}`)
      .set('authorization', coordinatorOfB)
      .expect(404);
    await api.http
      .patch(`/api/v1/agencies/${a.agencies.police}`)
      .set('authorization', coordinatorOfB)
      .set('if-match', '"1"')
      .send({ name: 'Renamed' })
      .expect(404);
    const attached = await api.http
      .post('/api/v1/users')
      .set('authorization', coordinatorOfB)
      .send({
        email: `spy-${Date.now()}@test.example`,
        displayName: 'Spy',
        roles: ['imr_author'],
        agencyId: a.agencies.police,
      })
      .expect(400);
    expect(attached.body.errors).toEqual([
      { field: 'agencyId', message: 'Choose an agency of this partnership' },
    ]);
  });

  it('lists only its own users, agencies and audit events', async () => {
    const users = await api.http
      .get('/api/v1/users?limit=200')
      .set('authorization', coordinatorOfB)
      .expect(200);
    expect(users.body.items.map((u: { id: string }) => u.id)).not.toContain(a.chair.id);
    const agencies = await api.http.get('/api/v1/agencies').set('authorization', coordinatorOfB).expect(200);
    expect(agencies.body.items.map((x: { id: string }) => x.id)).not.toContain(a.agencies.police);
    const audit = await api.http
      .get(`/api/v1/audit?entityId=${a.agencies.police}`)
      .set('authorization', coordinatorOfB)
      .expect(200);
    expect(audit.body.items).toEqual([]);
    // the events exist: A's own coordinator sees them
    const own = await api.http
      .get(`/api/v1/audit?entityId=${a.agencies.police}`)
      .set('authorization', (await signIn(api.http, a.coordinator.email)).authorization)
      .expect(200);
    expect(own.body.items.map((e: { action: string }) => e.action)).toEqual(['agency.created']);
  });
});
