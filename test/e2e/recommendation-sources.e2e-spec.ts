import { randomUUID } from 'node:crypto';
import {
  givenDecidedReview,
  givenPartnership,
  signIn,
  startTestApi,
  TestApi,
  TestPartnership,
  VICTIM_AND_PERPETRATOR,
} from '../support';

type Body = Record<string, unknown>;

/**
 * GET /api/v1/recommendations?sourceId=: one source's recommendations (a review's, a scrutiny review's...), a
 * page at a time in the order they were added. A review's are read by whoever may see the review; any other
 * source's by everyone who reads the plan, lead officers included; another partnership's source is not found.
 */
describe('Listing a source’s recommendations', () => {
  let api: TestApi;
  let a: TestPartnership;
  let b: TestPartnership;
  const as: Record<string, string> = {};
  let reviewSourceId: string;
  let scrutinySourceId: string;
  let emptySourceId: string;
  const reviewRecommendations: string[] = [];
  const scrutinyRecommendations: string[] = [];

  const send = (who: string, method: 'get' | 'post' | 'put', path: string, body?: Body, version?: number) => {
    const request = api.http[method](`/api/v1${path}`).set('authorization', as[who]!);
    if (version !== undefined) request.set('if-match', `"${version}"`);
    return body === undefined ? request : request.send(body);
  };
  const list = (who: string, query: string) => send(who, 'get', `/recommendations?${query}`);
  const ids = (body: Body) => (body['items'] as Body[]).map((item) => item['id']);
  const fields = (body: Body) => (body['errors'] as Body[] | undefined)?.map((error) => error['field']);
  const recommendation = (reference: string, agencyId: string) => ({
    reference,
    level: 'panel',
    text: `Recommendation ${reference}.`,
    scope: 'local',
    leadAgencyId: agencyId,
    targetDate: '2027-03-31',
  });

  beforeAll(async () => {
    api = await startTestApi();
    a = await givenPartnership(api, 'Sources');
    b = await givenPartnership(api, 'OtherSources');
    for (const [who, email] of Object.entries({
      coordinator: a.coordinator.email,
      chair: a.chair.email,
      cspChair: a.cspChair.email,
      panelMember: a.panelMember.email,
      leadOfficer: a.leadOfficer.email,
      otherCoordinator: b.coordinator.email,
    })) {
      as[who] = (await signIn(api.http, email)).authorization;
    }
    const review = await givenDecidedReview(api, as['coordinator']!, { subjects: VICTIM_AND_PERPETRATOR });
    await send(
      'coordinator',
      'put',
      `/reviews/${review.id}/chair`,
      { chairUserId: a.chair.id, appointedOn: '2026-03-25' },
      review.version,
    ).expect(200);
    for (const reference of ['P1', 'P2']) {
      const created = await send(
        'coordinator',
        'post',
        `/reviews/${review.id}/recommendations`,
        recommendation(reference, a.agencies.police),
      ).expect(201);
      reviewRecommendations.push(created.body.id);
      reviewSourceId = created.body.sourceId;
    }
    const scrutiny = await send('coordinator', 'post', '/recommendation-sources', {
      key: 'S',
      name: 'Scrutiny review of domestic abuse services',
      kind: 'scrutiny_review',
    }).expect(201);
    scrutinySourceId = scrutiny.body.id;
    // the numbers out of order, so the list is seen to keep the order they were added in
    for (const reference of ['S3', 'S1', 'S5', 'S2', 'S4']) {
      const created = await send('coordinator', 'post', '/recommendations', {
        sourceId: scrutinySourceId,
        ...recommendation(reference, a.agencies.health),
      }).expect(201);
      scrutinyRecommendations.push(created.body.id);
    }
    emptySourceId = (
      await send('coordinator', 'post', '/recommendation-sources', {
        key: 'H',
        name: 'HMICFRS inspection',
        kind: 'inspection',
      }).expect(201)
    ).body.id;
  });
  afterAll(() => api.close());

  it('lists a scrutiny review’s recommendations page by page, in the order they were added', async () => {
    const seen: unknown[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: { body: Body } = await list(
        'coordinator',
        `sourceId=${scrutinySourceId}&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      ).expect(200);
      expect((page.body['items'] as Body[]).length).toBeLessThanOrEqual(2);
      seen.push(...ids(page.body));
      cursor = page.body['nextCursor'] as string | null;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toEqual(scrutinyRecommendations);

    const all = await list('coordinator', `sourceId=${scrutinySourceId}`).expect(200);
    expect(all.body.nextCursor).toBeNull();
    expect(all.body.items[0]).toMatchObject({
      id: scrutinyRecommendations[0],
      sourceId: scrutinySourceId,
      reviewId: null,
      reference: 'S3',
      level: 'panel',
      text: 'Recommendation S3.',
      scope: 'local',
      leadAgencyId: a.agencies.health,
      targetDate: '2027-03-31',
      targetToBeAgreed: false,
      version: 1,
    });
  });

  it('lists a review’s recommendations through its source as the review lists them, and none of a source with none', async () => {
    const bySource = await list('coordinator', `sourceId=${reviewSourceId}`).expect(200);
    expect(ids(bySource.body)).toEqual(reviewRecommendations);
    const review = bySource.body.items[0].reviewId as string;
    const byReview = await send('coordinator', 'get', `/reviews/${review}/recommendations`).expect(200);
    expect(bySource.body.items).toEqual(byReview.body.items);

    const empty = await list('coordinator', `sourceId=${emptySourceId}`).expect(200);
    expect(empty.body).toEqual({ items: [], nextCursor: null });
  });

  it('lets a lead officer list a scrutiny review’s recommendations but not a review’s they may not see', async () => {
    const scrutiny = await list('leadOfficer', `sourceId=${scrutinySourceId}`).expect(200);
    expect(ids(scrutiny.body)).toEqual(scrutinyRecommendations);
    await list('leadOfficer', `sourceId=${reviewSourceId}`).expect(404);
  });

  it('lists a review’s recommendations for its chair and the CSP chair, not a panel member of other reviews', async () => {
    for (const who of ['chair', 'cspChair']) {
      const listed = await list(who, `sourceId=${reviewSourceId}`).expect(200);
      expect([who, ids(listed.body)]).toEqual([who, reviewRecommendations]);
    }
    await list('panelMember', `sourceId=${reviewSourceId}`).expect(404);
    const scrutiny = await list('panelMember', `sourceId=${scrutinySourceId}`).expect(200);
    expect(ids(scrutiny.body)).toEqual(scrutinyRecommendations);
  });

  it('never lists another partnership’s source, nor one that does not exist', async () => {
    for (const sourceId of [scrutinySourceId, reviewSourceId, randomUUID()]) {
      const response = await list('otherCoordinator', `sourceId=${sourceId}`);
      expect([sourceId, response.status]).toEqual([sourceId, 404]);
      expect(JSON.stringify(response.body)).not.toContain('Recommendation S');
    }
    await list('coordinator', `sourceId=${randomUUID()}`).expect(404);
  });

  it('names every problem of a bad request, and needs a signed-in user', async () => {
    const cases: [string, string[]][] = [
      ['', ['sourceId']],
      ['sourceId=not-a-uuid', ['sourceId']],
      [`sourceId=${scrutinySourceId}&limit=0`, ['limit']],
      [`sourceId=${scrutinySourceId}&limit=201`, ['limit']],
      ['sourceId=x&limit=500', ['limit', 'sourceId']],
      [`sourceId=${scrutinySourceId}&cursor=bm90LWEta2V5`, ['cursor']],
      [`sourceId=${scrutinySourceId}&cursor=%25%25%25`, ['cursor']],
    ];
    for (const [query, expected] of cases) {
      const response = await list('coordinator', query);
      expect([query, response.status, fields(response.body)?.sort()]).toEqual([query, 400, expected]);
    }
    await api.http.get(`/api/v1/recommendations?sourceId=${scrutinySourceId}`).expect(401);
  });
});
