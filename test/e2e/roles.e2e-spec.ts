import { givenPartnership, signIn, startTestApi, TestApi, TestPartnership, TEST_PASSWORD } from '../support';
import { UserProvisioning } from '@dhr/identity';
import { systemActor } from '@dhr/platform-auth';

/** Deny by default: each role reaches what it needs and nothing more. */
describe('roles', () => {
  let api: TestApi;
  let partnership: TestPartnership;
  const bearer = (email: string) => signIn(api.http, email).then((s) => s.authorization);

  beforeAll(async () => {
    api = await startTestApi();
    partnership = await givenPartnership(api, 'Roles');
  });
  afterAll(() => api.close());

  it.each([
    ['IMR author', 'POST', '/users', 'policeAuthor', (): string => '/api/v1/users'],
    ['lead officer', 'GET', '/users', 'leadOfficer', (): string => '/api/v1/users'],
    ['panel member', 'POST', '/agencies', 'panelMember', (): string => '/api/v1/agencies'],
    [
      'panel member',
      'PATCH',
      '/agencies/:id',
      'panelMember',
      (): string => `/api/v1/agencies/${partnership.agencies.police}`,
    ],
    ['independent chair', 'GET', '/audit', 'chair', (): string => '/api/v1/audit'],
    ['CSP chair', 'POST', '/partnerships', 'cspChair', (): string => '/api/v1/partnerships'],
    ['coordinator', 'GET', '/partnerships', 'coordinator', (): string => '/api/v1/partnerships'],
  ] as const)('a %s is refused %s %s', async (_role, method, _route, who, path) => {
    const authorization = await bearer(partnership[who].email);
    const response = await api.http[method.toLowerCase() as 'get' | 'post' | 'patch'](path())
      .set('authorization', authorization)
      .set('if-match', '"1"')
      .send({});
    expect(response.status).toBe(403);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.code).toBe('forbidden');
  });

  it('every partnership member can read the agencies', async () => {
    const authorization = await bearer(partnership.policeAuthor.email);
    const agencies = await api.http.get('/api/v1/agencies').set('authorization', authorization).expect(200);
    expect(agencies.body.items).toHaveLength(2);
  });

  it('a system administrator sets up a partnership and its coordinator, but sees no partnership data', async () => {
    const email = `sysadmin-${Date.now()}@test.example`;
    await api.app.get(UserProvisioning, { strict: false }).ensureActiveUser(systemActor(null, 'test'), {
      email,
      displayName: 'Sys Admin',
      partnershipId: null,
      agencyId: null,
      roles: ['system_admin'],
      password: TEST_PASSWORD,
    });
    const admin = await bearer(email);
    const created = await api.http
      .post('/api/v1/partnerships')
      .set('authorization', admin)
      .send({ name: `New Partnership ${Date.now()}`, referencePrefix: 'DHR' })
      .expect(201);
    const coordinator = await api.http
      .post(`/api/v1/partnerships/${created.body.id}/coordinators`)
      .set('authorization', admin)
      .send({ email: `first-coordinator-${Date.now()}@test.example`, displayName: 'First Coordinator' })
      .expect(201);
    expect(coordinator.body).toMatchObject({ roles: ['partnership_coordinator'], status: 'invited' });
    await api.http.get('/api/v1/users').set('authorization', admin).expect(403);
    await api.http.get('/api/v1/agencies').set('authorization', admin).expect(403);
  });

  it('deactivating a user ends their sessions at once, and they cannot sign in again', async () => {
    const coordinator = await bearer(partnership.coordinator.email);
    const { authorization: victim, cookie } = await signIn(api.http, partnership.leadOfficer.email);
    await api.http.get('/api/v1/me').set('authorization', victim).expect(200);
    const current = await api.http
      .get(`/api/v1/users/${partnership.leadOfficer.id}`)
      .set('authorization', coordinator)
      .expect(200);
    await api.http
      .patch(`/api/v1/users/${partnership.leadOfficer.id}`)
      .set('authorization', coordinator)
      .set('if-match', current.headers['etag'] as string)
      .send({ status: 'deactivated' })
      .expect(200);
    await api.http.get('/api/v1/me').set('authorization', victim).expect(401);
    await api.http.post('/api/v1/auth/refresh').set('cookie', cookie).expect(401);
    await api.http
      .post('/api/v1/auth/login')
      .send({ email: partnership.leadOfficer.email, password: TEST_PASSWORD })
      .expect(401);
  });
});
