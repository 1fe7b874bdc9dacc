import { givenPartnership, signIn, startTestApi, TestApi, TestPartnership } from '../support';

/** A cursor no list gave: well-formed base64url of "not-a-key", and text that is not base64url at all. */
const FORGED = ['bm90LWEta2V5', '%%%', '%25%25%25', 'not base64url!'];

/**
 * Every list pages by cursor (keyset). A cursor the list did not give is the client's mistake: a 400 naming the
 * field `cursor`, whatever the list (never a 500 from a malformed key reaching PostgreSQL, nor the first page again).
 */
describe('a cursor the list did not give', () => {
  let api: TestApi;
  let partnership: TestPartnership;
  let coordinator: string;
  let sourceId: string;

  beforeAll(async () => {
    api = await startTestApi();
    partnership = await givenPartnership(api, 'Cursors');
    coordinator = (await signIn(api.http, partnership.coordinator.email)).authorization;
    sourceId = (
      await api.http
        .post('/api/v1/recommendation-sources')
        .set('authorization', coordinator)
        .send({ key: 'S', name: 'Scrutiny review', kind: 'scrutiny_review' })
        .expect(201)
    ).body.id;
  });
  afterAll(() => api.close());

  const lists: [string, () => string][] = [
    ['users', () => '/api/v1/users?'],
    ['audit events', () => '/api/v1/audit?'],
    ['reviews', () => '/api/v1/reviews?'],
    ['the mailbox', () => '/api/v1/mailbox?'],
    ['documents', () => `/api/v1/documents?ownerType=agency&ownerId=${partnership.agencies.police}&`],
    ['actions', () => '/api/v1/actions?'],
    ['a source’s recommendations', () => `/api/v1/recommendations?sourceId=${sourceId}&`],
  ];

  it.each(lists)('%s: a 400 naming the cursor, where the first page is a 200', async (_list, pathOf) => {
    const path = pathOf();
    const first = await api.http.get(`${path}limit=1`).set('authorization', coordinator);
    expect([first.status, first.body.nextCursor === undefined]).toEqual([200, false]);
    for (const cursor of FORGED) {
      const response = await api.http.get(`${path}cursor=${cursor}`).set('authorization', coordinator);
      expect([cursor, response.status, response.body.errors]).toEqual([
        cursor,
        400,
        [{ field: 'cursor', message: 'This cursor was not given by this list: start from the first page' }],
      ]);
    }
  });
});
