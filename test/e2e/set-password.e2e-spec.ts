import { DataSource } from 'typeorm';
import { givenPartnership, signIn, startTestApi, TestApi, TestPartnership } from '../support';

/** An invited user sets a password through the single-use link in their email, then signs in. */
describe('setting a password from an invitation', () => {
  let api: TestApi;
  let partnership: TestPartnership;
  let coordinator: string;

  beforeAll(async () => {
    api = await startTestApi();
    partnership = await givenPartnership(api, 'Invite');
    coordinator = (await signIn(api.http, partnership.coordinator.email)).authorization;
  });
  afterAll(() => api.close());

  const invite = async (email: string) => {
    const created = await api.http
      .post('/api/v1/users')
      .set('authorization', coordinator)
      .send({
        email,
        displayName: 'Invited Person',
        roles: ['imr_author'],
        agencyId: partnership.agencies.health,
      })
      .expect(201);
    return created.body.id as string;
  };
  const linkTokens = async (email: string): Promise<string[]> => {
    const rows: { body: string }[] = await api.app
      .get(DataSource)
      .query(`SELECT body FROM email_message WHERE to_address = $1 ORDER BY id`, [email]);
    return rows.map((row) => /set-password#token=([A-Za-z0-9_-]+)/.exec(row.body)?.[1] ?? '');
  };

  it('sets the password once; the link then stops working and the user can sign in', async () => {
    const email = `invited-${Date.now()}@test.example`;
    await invite(email);
    await api.http.post('/api/v1/auth/login').send({ email, password: 'whatever it is!' }).expect(401);
    const [token] = await linkTokens(email);
    expect(token).toMatch(/^[A-Za-z0-9_-]{40,}$/);

    const weak = await api.http
      .post('/api/v1/auth/set-password')
      .send({ token, password: 'short' })
      .expect(400);
    expect(weak.body.errors).toEqual([
      { field: 'password', message: 'Password must be at least 12 characters' },
    ]);
    await api.http
      .post('/api/v1/auth/set-password')
      .send({ token, password: 'four random words here' })
      .expect(204);
    const reused = await api.http
      .post('/api/v1/auth/set-password')
      .send({ token, password: 'another passphrase now' })
      .expect(422);
    expect(reused.body.code).toBe('set_password_link_invalid');

    const me = await api.http
      .get('/api/v1/me')
      .set('authorization', (await signIn(api.http, email, 'four random words here')).authorization)
      .expect(200);
    expect(me.body).toMatchObject({
      email,
      roles: ['imr_author'],
      agency: { id: partnership.agencies.health },
    });
  });

  it('a new link replaces the old one', async () => {
    const email = `reinvited-${Date.now()}@test.example`;
    const userId = await invite(email);
    await api.http.post(`/api/v1/users/${userId}/invitation`).set('authorization', coordinator).expect(202);
    const [first, second] = await linkTokens(email);
    await api.http
      .post('/api/v1/auth/set-password')
      .send({ token: first, password: 'four random words here' })
      .expect(422);
    await api.http
      .post('/api/v1/auth/set-password')
      .send({ token: second, password: 'four random words here' })
      .expect(204);
  });

  it('refuses an invented token', async () => {
    await api.http
      .post('/api/v1/auth/set-password')
      .send({ token: 'x'.repeat(43), password: 'four random words here' })
      .expect(422);
  });
});
