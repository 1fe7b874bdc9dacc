import { DataSource } from 'typeorm';
import { givenPartnership, signIn, startTestApi, TestApi, TestPartnership } from '../support';

/**
 * PostgreSQL is the system of record; Redis holds queues. With Redis unreachable the api says so in its
 * health, and people can still sign in and work: the emails their changes cause wait in the outbox.
 */
describe('when Redis is unreachable', () => {
  let api: TestApi;
  let partnership: TestPartnership;

  beforeAll(async () => {
    // nothing listens on port 1: every connection attempt is refused at once
    api = await startTestApi({ REDIS_URL: 'redis://127.0.0.1:1', LOG_LEVEL: 'error' });
    partnership = await givenPartnership(api, 'Outage');
  });
  afterAll(() => api?.close());

  it('reports the api unavailable, naming Redis', async () => {
    const health = await api.http.get('/api/health').expect(503);
    expect(health.body).toEqual({ status: 'unavailable', database: 'ok', redis: 'unavailable' });
  });

  it('still lets a coordinator sign in and invite a user, whose email waits in the outbox', async () => {
    const { authorization } = await signIn(api.http, partnership.coordinator.email);
    const email = `during-outage-${Date.now()}@test.example`;
    await api.http
      .post('/api/v1/users')
      .set('authorization', authorization)
      .send({ email, displayName: 'Invited During Outage', roles: ['csp_chair'] })
      .expect(201);
    const waiting = await api.app.get(DataSource).query(
      `SELECT count(*)::int AS n FROM outbox_message o JOIN email_message e ON e.id::text = o.payload->>'emailId'
        WHERE e.to_address = $1 AND o.processed_at IS NULL`,
      [email],
    );
    expect(waiting[0].n).toBe(1);
  });
});
