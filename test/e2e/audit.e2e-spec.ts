import { DataSource } from 'typeorm';
import { givenPartnership, signIn, startTestApi, TestApi, TestPartnership } from '../support';

/** Every change leaves an audit event, written in the same transaction, and the trail cannot be rewritten. */
describe('audit trail', () => {
  let api: TestApi;
  let partnership: TestPartnership;
  let coordinator: string;

  beforeAll(async () => {
    api = await startTestApi();
    partnership = await givenPartnership(api, 'Audit');
    coordinator = (await signIn(api.http, partnership.coordinator.email)).authorization;
  });
  afterAll(() => api.close());

  const eventsFor = async (entityId: string) =>
    (await api.http.get(`/api/v1/audit?entityId=${entityId}`).set('authorization', coordinator).expect(200))
      .body.items as {
      action: string;
      actorUserId: string;
      before: Record<string, unknown> | null;
      after: Record<string, unknown> | null;
      requestId: string;
    }[];

  it('records creating and changing an agency, with who, before and after, and the request', async () => {
    const created = await api.http
      .post('/api/v1/agencies')
      .set('authorization', coordinator)
      .send({ name: 'Audited Housing', type: 'housing' })
      .expect(201);
    const updated = await api.http
      .patch(`/api/v1/agencies/${created.body.id}`)
      .set('authorization', coordinator)
      .set('if-match', created.headers['etag'] as string)
      .send({ name: 'Audited Housing Trust' })
      .expect(200);
    const events = await eventsFor(created.body.id);
    expect(events.map((e) => e.action)).toEqual(['agency.updated', 'agency.created']);
    expect(events[0]).toMatchObject({
      actorUserId: partnership.coordinator.id,
      before: expect.objectContaining({ name: 'Audited Housing' }),
      after: expect.objectContaining({ name: 'Audited Housing Trust' }),
      requestId: updated.headers['x-request-id'],
    });
  });

  it('records creating and changing a user, and sending a new invitation', async () => {
    const created = await api.http
      .post('/api/v1/users')
      .set('authorization', coordinator)
      .send({
        email: `audited-${Date.now()}@test.example`,
        displayName: 'Audited Person',
        roles: ['csp_chair'],
      })
      .expect(201);
    await api.http
      .patch(`/api/v1/users/${created.body.id}`)
      .set('authorization', coordinator)
      .set('if-match', created.headers['etag'] as string)
      .send({ jobTitle: 'Board member' })
      .expect(200);
    await api.http
      .post(`/api/v1/users/${created.body.id}/invitation`)
      .set('authorization', coordinator)
      .expect(202);
    const events = await eventsFor(created.body.id);
    expect(events.map((e) => e.action)).toEqual(['user.invitation-sent', 'user.updated', 'user.created']);
    const [, updated, creation] = events;
    expect(creation).toMatchObject({
      actorUserId: partnership.coordinator.id,
      before: null,
      after: expect.objectContaining({ email: created.body.email, roles: ['csp_chair'], status: 'invited' }),
    });
    expect(updated).toMatchObject({
      before: expect.objectContaining({ jobTitle: null, version: 1 }),
      after: expect.objectContaining({ jobTitle: 'Board member', version: 2 }),
    });
  });

  it('records sign-in and sign-out of the same session', async () => {
    const { cookie } = await signIn(api.http, partnership.chair.email);
    await api.http.post('/api/v1/auth/logout').set('cookie', cookie).expect(204);
    const events = (
      await api.http
        .get(`/api/v1/audit?actorUserId=${partnership.chair.id}&entityType=session`)
        .set('authorization', coordinator)
        .expect(200)
    ).body.items as { action: string; entityId: string }[];
    expect(events.map((e) => e.action)).toEqual(['session.ended', 'session.started']);
    expect(events[0]!.entityId).toBe(events[1]!.entityId);
  });

  it('pages by cursor without repeating or skipping an event', async () => {
    const first = await api.http.get('/api/v1/audit?limit=3').set('authorization', coordinator).expect(200);
    const second = await api.http
      .get(`/api/v1/audit?limit=3&cursor=${first.body.nextCursor}`)
      .set('authorization', coordinator)
      .expect(200);
    const all = await api.http.get('/api/v1/audit?limit=6').set('authorization', coordinator).expect(200);
    expect([...first.body.items, ...second.body.items].map((e: { id: string }) => e.id)).toEqual(
      all.body.items.map((e: { id: string }) => e.id),
    );
  });

  it('is append-only in the database itself', async () => {
    const dataSource = api.app.get(DataSource);
    await expect(dataSource.query(`UPDATE audit_event SET action = 'forged'`)).rejects.toThrow(/append-only/);
    await expect(dataSource.query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
  });
});
