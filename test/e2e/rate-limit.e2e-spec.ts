import { startTestApi, TestApi } from '../support';

/** Sign-in is rate-limited per client address, with the counters in Redis so every api instance shares them. */
describe('sign-in rate limit', () => {
  let first: TestApi;
  let second: TestApi;

  beforeAll(async () => {
    // a prefix of its own, so that no other test's sign-ins count; two apps in one process make TypeORM
    // warn that its default data source name is registered twice, which is true and harmless here
    const overrides = {
      SIGN_IN_RATE_LIMIT: '4',
      QUEUE_PREFIX: `${process.env['QUEUE_PREFIX']}-rate-limit`,
      LOG_LEVEL: 'error',
    };
    first = await startTestApi(overrides);
    second = await startTestApi(overrides);
  });
  afterAll(async () => {
    await first.close();
    await second.close();
  });

  it('refuses with 429 past the limit, counting attempts made at any api instance', async () => {
    const attempt = (api: TestApi) =>
      api.http
        .post('/api/v1/auth/login')
        .send({ email: 'someone@test.example', password: 'a wrong password' });
    for (const api of [first, second, first, second]) expect((await attempt(api)).status).toBe(401);
    const limited = await attempt(first);
    expect(limited.status).toBe(429);
    expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(limited.body.code).toBe('too_many_requests');
    expect((await attempt(second)).status).toBe(429);
  });
});
