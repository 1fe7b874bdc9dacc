import { DataSource } from 'typeorm';
import {
  givenPartnership,
  sameAnswer,
  startTestApi,
  TestApi,
  TestPartnership,
  TEST_PASSWORD,
} from '../support';

const MAX_FAILURES = 3;

/** After LOGIN_MAX_FAILURES wrong passwords an account is locked, and says so to nobody. */
describe('account lockout', () => {
  let api: TestApi;
  let partnership: TestPartnership;

  beforeAll(async () => {
    api = await startTestApi({ LOGIN_MAX_FAILURES: String(MAX_FAILURES), LOGIN_LOCK_MINUTES: '15' });
    partnership = await givenPartnership(api, 'Lockout');
  });
  afterAll(() => api.close());

  const login = (email: string, password: string) =>
    api.http.post('/api/v1/auth/login').send({ email, password });

  it('refuses even the right password once locked, with the answer a wrong password or unknown email gets', async () => {
    const email = partnership.chair.email;
    const wrong = await login(email, 'not the password').expect(401);
    for (let i = 1; i < MAX_FAILURES; i++) await login(email, 'not the password').expect(401);
    const locked = await login(email, TEST_PASSWORD).expect(401);
    const unknown = await login('nobody.at.all@test.example', TEST_PASSWORD).expect(401);

    expect(wrong.body.code).toBe('invalid_credentials');
    expect(sameAnswer(locked.body)).toEqual(sameAnswer(wrong.body));
    expect(sameAnswer(unknown.body)).toEqual(sameAnswer(wrong.body));
    for (const response of [locked, unknown]) {
      expect(response.headers['content-type']).toBe(wrong.headers['content-type']);
      expect(response.headers['set-cookie']).toBeUndefined();
    }
  });

  it('counts failures per account: another user signs in as usual', async () => {
    await login(partnership.cspChair.email, TEST_PASSWORD).expect(200);
  });

  it('lets the right password in once the lock has expired', async () => {
    const email = partnership.panelMember.email;
    for (let i = 0; i < MAX_FAILURES; i++) await login(email, 'not the password').expect(401);
    await login(email, TEST_PASSWORD).expect(401);
    // fifteen minutes pass
    await api.app
      .get(DataSource)
      .query(`UPDATE app_user SET locked_until = now() - interval '1 second' WHERE email = $1`, [email]);
    await login(email, TEST_PASSWORD).expect(200);
  });

  it('records the lock in the audit trail', async () => {
    const coordinator = await login(partnership.coordinator.email, TEST_PASSWORD).expect(200);
    const audit = await api.http
      .get(`/api/v1/audit?entityId=${partnership.chair.id}`)
      .set('authorization', `Bearer ${coordinator.body.accessToken}`)
      .expect(200);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual([
      'user.locked',
      ...Array<string>(MAX_FAILURES - 1).fill('user.sign-in-failed'),
      'user.provisioned',
    ]);
  });
});
