import { DataSource } from 'typeorm';
import {
  apiAs,
  givenAgreedTerms,
  givenCommissionedReview,
  givenPartnership,
  Send,
  signInAll,
  startTestApi,
  TestApi,
  TestPartnership,
  VICTIM_AND_PERPETRATOR,
} from '../support';

type Imr = { request: { id: string; status: string; version: number } };

/**
 * An agency's IMR request from scoping to sending: each agency scoped with what it is asked for (every mistake
 * named), sent only under agreed terms of reference (rule 4) with its author told; and no other agency, role or
 * partnership reaching it.
 */
describe('IMRs: requests', () => {
  let api: TestApi;
  let a: TestPartnership;
  let b: TestPartnership;
  let send: Send;
  let reviewId: string;

  /** Agreed terms of reference, spring 2007 to autumn 2013, straight to the database. */
  const agreeTerms = (versionNumber: number, questions: string[]) =>
    givenAgreedTerms(api, a, reviewId, questions, {
      versionNumber,
      periodFrom: { precision: 'season', year: 2007, season: 'spring' },
      periodTo: { precision: 'season', year: 2013, season: 'autumn' },
    });

  beforeAll(async () => {
    api = await startTestApi();
    a = await givenPartnership(api, 'Imr');
    b = await givenPartnership(api, 'Elsewhere');
    const as = await signInAll(api, {
      coordinator: a.coordinator.email,
      chair: a.chair.email,
      panelMember: a.panelMember.email,
      policeAuthor: a.policeAuthor.email,
      healthAuthor: a.healthAuthor.email,
      otherCoordinator: b.coordinator.email,
    });
    send = apiAs(api, as);
    reviewId = (await givenCommissionedReview(api, a, as.coordinator!, VICTIM_AND_PERPETRATOR)).id;
  });
  afterAll(() => api.close());

  let health: Imr['request'];
  let police: Imr['request'];

  it('scopes each agency with what it is asked for, naming every mistake', async () => {
    const refused = await send('coordinator', 'post', `/reviews/${reviewId}/imr-requests`, {
      agencyId: a.agencies.health,
      kind: 'imr',
      dueOn: '2020-01-01',
      authorUserId: a.policeAuthor.id,
      seniorManagerUserId: null,
    }).expect(400);
    expect(refused.body.errors).toEqual([
      { field: 'dueOn', message: 'Due date must be today or later' },
      { field: 'authorUserId', message: 'Choose an IMR author of this agency' },
      { field: 'seniorManagerUserId', message: 'Choose the senior manager who will sign off the IMR' },
    ]);
    const selfSigned = await send('coordinator', 'post', `/reviews/${reviewId}/imr-requests`, {
      agencyId: a.agencies.health,
      kind: 'imr',
      dueOn: '2099-01-31',
      authorUserId: a.healthAuthor.id,
      seniorManagerUserId: a.healthAuthor.id,
    }).expect(400);
    expect(selfSigned.body.errors).toEqual([
      { field: 'seniorManagerUserId', message: 'The senior manager must not be the author' },
    ]);

    health = (
      await send('chair', 'post', `/reviews/${reviewId}/imr-requests`, {
        agencyId: a.agencies.health,
        kind: 'imr',
        dueOn: '2099-01-31',
        authorUserId: a.healthAuthor.id,
        seniorManagerUserId: a.leadOfficer.id,
      }).expect(201)
    ).body;
    police = (
      await send('coordinator', 'post', `/reviews/${reviewId}/imr-requests`, {
        agencyId: a.agencies.police,
        kind: 'summary',
        dueOn: '2099-01-31',
        authorUserId: a.policeAuthor.id,
      }).expect(201)
    ).body;
    expect([health.status, police.status]).toEqual(['scoped', 'scoped']);
    await send('coordinator', 'post', `/reviews/${reviewId}/imr-requests`, {
      agencyId: a.agencies.police,
      kind: 'nil_return',
      dueOn: '2099-01-31',
      authorUserId: a.policeAuthor.id,
    }).expect(409);
    // an agency does not see a request before it is sent
    expect((await send('healthAuthor', 'get', '/my-imr-requests').expect(200)).body.items).toEqual([]);
  });

  it('sends requests only once the terms of reference are agreed (rule 4), and tells the author', async () => {
    const sending = (request: Imr['request']) =>
      send('coordinator', 'post', `/imr-requests/${request.id}/sending`, undefined, request.version);
    const early = await sending(health).expect(422);
    expect(early.body.code).toBe('terms_of_reference_not_agreed');
    await agreeTerms(1, ['Were the risks recognised?', 'Was information shared?']);
    for (const request of [health, police]) {
      const sent = await sending(request).expect(200);
      expect(sent.body.request).toMatchObject({ status: 'requested', termsVersionNumber: 1 });
      Object.assign(request, sent.body.request);
    }
    const emails: { to_address: string; subject: string }[] = await api.app
      .get(DataSource)
      .query(
        `SELECT to_address, subject FROM email_message WHERE partnership_id = $1 AND subject LIKE '%requested%'`,
        [a.id],
      );
    expect(emails.map((e) => e.to_address).sort()).toEqual(
      [a.healthAuthor.email, a.policeAuthor.email].sort(),
    );
  });

  it('gives each agency its own requests only: another agency’s IMR does not exist for it', async () => {
    const mine = await send('policeAuthor', 'get', '/my-imr-requests').expect(200);
    expect(mine.body.items.map((r: { id: string }) => r.id)).toEqual([police.id]);
    const other = `/imr-requests/${health.id}`;
    await send('policeAuthor', 'get', other).expect(404);
    await send('policeAuthor', 'put', `${other}/answers/1`, { answer: 'Taken over' }, health.version).expect(
      404,
    );
    await send('policeAuthor', 'put', `${other}/lessons`, { items: ['x'] }, health.version).expect(404);
    await send(
      'policeAuthor',
      'post',
      `${other}/chronology-entries`,
      { date: '2013', event: 'x' },
      health.version,
    ).expect(404);
    await send('policeAuthor', 'get', `${other}/chronology-entries`).expect(404);
    await send('policeAuthor', 'post', `${other}/submission`, undefined, health.version).expect(404);
    await send('policeAuthor', 'post', `${other}/sign-off`, undefined, health.version).expect(404);
    await send('policeAuthor', 'get', `/reviews/${reviewId}/imr-requests`).expect(404);
    // nor does it exist for another partnership, whatever the route
    await send('otherCoordinator', 'get', other).expect(404);
    await send('otherCoordinator', 'get', `/reviews/${reviewId}/imr-requests`).expect(404);
    await send('otherCoordinator', 'post', `${other}/sending`, undefined, health.version).expect(404);
    // a panel member does not read an agency's draft
    await send('panelMember', 'get', other).expect(404);
  });
});
