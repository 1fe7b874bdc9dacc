import { givenPartnership, signIn, startTestApi, TestApi, TestPartnership } from '../support';

describe('signing in', () => {
  let api: TestApi;
  let partnership: TestPartnership;

  beforeAll(async () => {
    api = await startTestApi();
    partnership = await givenPartnership(api);
  });
  afterAll(() => api.close());

  it('gives a bearer token that opens /me', async () => {
    const { authorization } = await signIn(api.http, partnership.coordinator.email);
    const me = await api.http.get('/api/v1/me').set('authorization', authorization).expect(200);
    expect(me.body).toMatchObject({
      email: partnership.coordinator.email,
      roles: ['partnership_coordinator'],
      partnership: { id: partnership.id, name: partnership.name },
    });
  });
});
