import {
  givenPartnership,
  sameAnswer,
  signIn,
  startTestApi,
  TestApi,
  TestPartnership,
  TEST_PASSWORD,
} from '../support';

/** Sign-in, refresh with rotation, sign-out: what a browser session goes through. */
describe('sessions', () => {
  let api: TestApi;
  let partnership: TestPartnership;

  beforeAll(async () => {
    api = await startTestApi();
    partnership = await givenPartnership(api, 'Sessions');
  });
  afterAll(() => api.close());

  it('refreshes with a new cookie, and the old cookie no longer works', async () => {
    const { cookie } = await signIn(api.http, partnership.chair.email);
    const refreshed = await api.http.post('/api/v1/auth/refresh').set('cookie', cookie).expect(200);
    expect(refreshed.body.accessToken).toEqual(expect.any(String));
    const newCookie = String(refreshed.headers['set-cookie']).split(';')[0]!;
    expect(newCookie).not.toEqual(cookie);
    await api.http.get('/api/v1/me').set('authorization', `Bearer ${refreshed.body.accessToken}`).expect(200);
    // replaying the old token looks like theft: the session ends, so even the new cookie stops working
    await api.http.post('/api/v1/auth/refresh').set('cookie', cookie).expect(401);
    await api.http.post('/api/v1/auth/refresh').set('cookie', newCookie).expect(401);
    await api.http.get('/api/v1/me').set('authorization', `Bearer ${refreshed.body.accessToken}`).expect(401);
  });

  it('keeps the refresh token in a cookie that scripts cannot read and other sites cannot send', async () => {
    const response = await api.http
      .post('/api/v1/auth/login')
      .send({ email: partnership.healthAuthor.email, password: TEST_PASSWORD })
      .expect(200);
    const cookie = ([] as string[]).concat(response.headers['set-cookie'] ?? []).join('\n');
    expect(cookie).toMatch(/^dhr_refresh=[A-Za-z0-9_-]{40,};/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Strict/);
    expect(cookie).toMatch(/; Path=\/api\/v1\/auth(;|$)/);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(JSON.stringify(response.body)).not.toContain(cookie.split(';')[0]!.split('=')[1]);
  });

  it('signs out: the access token stops working at once, and the cookie cannot refresh', async () => {
    const { authorization, cookie } = await signIn(api.http, partnership.panelMember.email);
    await api.http.get('/api/v1/me').set('authorization', authorization).expect(200);
    const signedOut = await api.http.post('/api/v1/auth/logout').set('cookie', cookie).expect(204);
    expect(String(signedOut.headers['set-cookie'])).toMatch(/^dhr_refresh=;.*Expires=Thu, 01 Jan 1970/);
    await api.http.get('/api/v1/me').set('authorization', authorization).expect(401);
    await api.http.post('/api/v1/auth/refresh').set('cookie', cookie).expect(401);
  });

  it('refuses a missing, malformed or forged bearer token', async () => {
    await api.http.get('/api/v1/me').expect(401);
    await api.http.get('/api/v1/me').set('authorization', 'Bearer not-a-token').expect(401);
    const { authorization } = await signIn(api.http, partnership.leadOfficer.email);
    const [header, payload] = authorization.slice(7).split('.');
    await api.http
      .get('/api/v1/me')
      .set('authorization', `Bearer ${header}.${payload}.forged-signature`)
      .expect(401);
  });

  it('answers an unknown email and a wrong password the same way', async () => {
    const unknown = await api.http
      .post('/api/v1/auth/login')
      .send({ email: 'nobody@test.example', password: TEST_PASSWORD });
    const wrong = await api.http
      .post('/api/v1/auth/login')
      .send({ email: partnership.cspChair.email, password: 'wrong password!' });
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(sameAnswer(unknown.body)).toEqual(sameAnswer(wrong.body));
    expect(unknown.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it('tells a signed-in user who they are and what they may do', async () => {
    const { authorization } = await signIn(api.http, partnership.policeAuthor.email);
    const me = await api.http.get('/api/v1/me').set('authorization', authorization).expect(200);
    expect(me.body).toMatchObject({
      email: partnership.policeAuthor.email,
      roles: ['imr_author'],
      partnership: { id: partnership.id },
      agency: { id: partnership.agencies.police },
    });
    expect(me.body.permissions).not.toContain('users.manage');
  });
});
