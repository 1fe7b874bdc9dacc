import {
  givenLearningPeople,
  givenLearningReview,
  Send,
  startTestApi,
  TestApi,
  TestPartnership,
} from '../support';

type Body = Record<string, unknown>;

/**
 * A review's recommendations, each with a lead agency and a target (rule 11): the panel's and single agencies',
 * copied once from the accepted IMRs' proposals, changed under If-Match and audited; and recommendations from
 * other sources (scrutiny reviews, inspections...) kept by key, the coordinator's alone.
 */
describe('Learning: recommendations', () => {
  let api: TestApi;
  let a: TestPartnership;
  let b: TestPartnership;
  let send: Send;
  let reviewId: string;
  let reviewReference: string;
  let policeRequestId: string;
  let healthRequestId: string;
  const themes: Record<string, { id: string; version: number }> = {};

  beforeAll(async () => {
    api = await startTestApi();
    const people = await givenLearningPeople(api);
    ({ a, b, send } = people);
    ({ reviewId, reviewReference, policeRequestId, healthRequestId } = await givenLearningReview(
      api,
      people,
    ));
    themes['Risk assessment'] = (
      await send('coordinator', 'post', '/themes', { name: 'Risk assessment' }).expect(201)
    ).body;
  });
  afterAll(() => api.close());

  it('records a review’s panel and single-agency recommendations, under the review’s own source', async () => {
    const panel = await send('chair', 'post', `/reviews/${reviewId}/recommendations`, {
      reference: '1',
      level: 'panel',
      text: 'The CSP should commission a service for repeat victims below the MARAC threshold.',
      scope: 'local',
      leadAgencyId: a.agencies.police,
      targetDate: '2027-03-31',
      themeIds: [themes['Risk assessment']!.id],
    }).expect(201);
    expect(panel.body).toMatchObject({
      reviewId,
      reference: '1',
      level: 'panel',
      scope: 'local',
      targetToBeAgreed: false,
      version: 1,
    });
    const single = await send('coordinator', 'post', `/reviews/${reviewId}/recommendations`, {
      reference: 'Health 1',
      level: 'single_agency',
      text: 'Ask about domestic abuse at every attendance with an injury.',
      scope: 'national',
      nationalRecipient: 'Department of Health',
      leadAgencyId: a.agencies.health,
      targetToBeAgreed: true,
      imrRequestId: healthRequestId,
    }).expect(201);
    expect(single.body).toMatchObject({ scope: 'national', targetDate: null, targetToBeAgreed: true });
    expect(single.body.sourceId).toBe(panel.body.sourceId);

    const sources = await send('coordinator', 'get', '/recommendation-sources').expect(200);
    expect(sources.body.items).toEqual([
      expect.objectContaining({ id: panel.body.sourceId, key: reviewReference, kind: 'review', reviewId }),
    ]);
    const listed = await send('panelMember', 'get', `/reviews/${reviewId}/recommendations`).expect(200);
    expect(listed.body.items.map((r: Body) => r['reference'])).toEqual(['1', 'Health 1']);
    await send('panelMember', 'post', `/reviews/${reviewId}/recommendations`, {
      reference: '2',
      level: 'panel',
      text: 'x',
      scope: 'local',
      leadAgencyId: a.agencies.police,
      targetDate: '2027-03-31',
    }).expect(403);
    await send('otherCoordinator', 'get', `/reviews/${reviewId}/recommendations`).expect(404);
    await send('healthAuthor', 'get', `/reviews/${reviewId}/recommendations`).expect(403);
  });

  it('needs a named recipient for a national recommendation, and a lead agency and target for every one (rule 11)', async () => {
    const national = await send('chair', 'post', `/reviews/${reviewId}/recommendations`, {
      reference: '2',
      level: 'panel',
      text: 'Guidance on same-sex domestic abuse.',
      scope: 'national',
      leadAgencyId: a.agencies.police,
      targetDate: '2027-03-31',
    }).expect(400);
    expect(national.body.errors).toEqual([
      {
        field: 'nationalRecipient',
        message: 'Name who receives a national recommendation, e.g. the Home Office.',
      },
    ]);
    const rule11 = await send('chair', 'post', `/reviews/${reviewId}/recommendations`, {
      reference: '2',
      level: 'panel',
      text: 'No one leads it.',
      scope: 'local',
    }).expect(400);
    expect(rule11.body.errors.map((e: Body) => e['field'])).toEqual(['leadAgencyId', 'targetDate']);
    const elsewhere = await send('chair', 'post', `/reviews/${reviewId}/recommendations`, {
      reference: '2',
      level: 'panel',
      text: 'Led by another partnership’s agency.',
      scope: 'local',
      leadAgencyId: b.agencies.police,
      targetDate: '2027-03-31',
    }).expect(400);
    expect(elsewhere.body.errors).toEqual([
      { field: 'leadAgencyId', message: 'Choose an agency of this partnership.' },
    ]);
  });

  it('copies the accepted IMRs’ proposed recommendations once, however often it is run', async () => {
    const copied = await send('chair', 'post', `/reviews/${reviewId}/recommendations/from-imrs`).expect(200);
    expect(copied.body.createdCount).toBe(2);
    const fromImr = copied.body.items.filter((r: Body) => r['imrRequestId'] === policeRequestId);
    expect(fromImr).toEqual([
      expect.objectContaining({
        reference: expect.stringMatching(/ 1$/),
        level: 'single_agency',
        text: 'Train officers in the DASH risk assessment.',
        leadAgencyId: a.agencies.police,
        targetDate: '2027-03-31',
        scope: 'local',
      }),
      expect.objectContaining({
        reference: expect.stringMatching(/ 2$/),
        text: 'Refer repeat victims to MARAC.',
        targetDate: '2027-06-30',
      }),
    ]);
    expect(fromImr[0].reference.startsWith('Learning Police')).toBe(true);
    const again = await send('coordinator', 'post', `/reviews/${reviewId}/recommendations/from-imrs`).expect(
      200,
    );
    expect(again.body.createdCount).toBe(0);
    expect(again.body.items).toHaveLength(copied.body.items.length);
    await send('panelMember', 'post', `/reviews/${reviewId}/recommendations/from-imrs`).expect(403);
  });

  it('changes a recommendation under If-Match, re-checking rule 11', async () => {
    const listed = await send('chair', 'get', `/reviews/${reviewId}/recommendations`).expect(200);
    const panel = listed.body.items.find((r: Body) => r['reference'] === '1');
    await send('chair', 'patch', `/recommendations/${panel.id}`, { scope: 'regional' }).expect(428);
    const national = await send(
      'chair',
      'patch',
      `/recommendations/${panel.id}`,
      { scope: 'national' },
      panel.version,
    ).expect(400);
    expect(national.body.errors.map((e: Body) => e['field'])).toEqual(['nationalRecipient']);
    const tba = await send(
      'chair',
      'patch',
      `/recommendations/${panel.id}`,
      {
        scope: 'national',
        nationalRecipient: 'Home Office',
        nationalNotifiedOn: '2026-10-01',
        targetToBeAgreed: true,
      },
      panel.version,
    ).expect(200);
    expect(tba.body).toMatchObject({
      scope: 'national',
      nationalRecipient: 'Home Office',
      nationalNotifiedOn: '2026-10-01',
      targetDate: null,
      targetToBeAgreed: true,
      version: 2,
    });
    await send('chair', 'patch', `/recommendations/${panel.id}`, { text: 'Late' }, panel.version).expect(412);
    await send('otherCoordinator', 'patch', `/recommendations/${panel.id}`, { text: 'x' }, 2).expect(404);
    const audit = await send('coordinator', 'get', `/audit?entityId=${panel.id}`).expect(200);
    expect(audit.body.items.map((e: Body) => e['action']).sort()).toEqual([
      'recommendation.created',
      'recommendation.updated',
    ]);
  });

  it('keeps other sources by key (S, H, Z, N) with their recommendations, the coordinator’s alone', async () => {
    const keys: Record<string, string> = {};
    for (const [key, name, kind] of [
      ['S', 'Scrutiny review of domestic abuse services', 'scrutiny_review'],
      ['H', 'HMICFRS inspection', 'inspection'],
      ['Z', 'Neighbouring partnership DHR', 'other_review'],
      ['N', 'National learning', 'other'],
    ]) {
      const created = await send('coordinator', 'post', '/recommendation-sources', {
        key,
        name,
        kind,
      }).expect(201);
      expect(created.body).toMatchObject({ key, name, kind, reviewId: null });
      keys[key] = created.body.id;
    }
    const taken = await send('coordinator', 'post', '/recommendation-sources', {
      key: 'S',
      name: 'Again',
      kind: 'other',
    }).expect(409);
    expect(taken.body.code).toBe('source_key_taken');
    await send('coordinator', 'post', '/recommendation-sources', {
      key: 'R',
      name: 'x',
      kind: 'review',
    }).expect(400);
    await send('chair', 'post', '/recommendation-sources', { key: 'Q', name: 'x', kind: 'other' }).expect(
      403,
    );
    const sources = await send('coordinator', 'get', '/recommendation-sources').expect(200);
    expect(sources.body.items.map((s: Body) => s['key'])).toEqual(
      expect.arrayContaining(['H', 'N', 'S', 'Z', reviewReference]),
    );

    const scrutiny = await send('coordinator', 'post', '/recommendations', {
      sourceId: keys['S'],
      reference: 'S1',
      level: 'panel',
      text: 'Publish a directory of services.',
      scope: 'regional',
      leadAgencyId: a.agencies.health,
      targetDate: '2027-01-31',
    }).expect(201);
    expect(scrutiny.body).toMatchObject({
      sourceId: keys['S'],
      reviewId: null,
      reference: 'S1',
      scope: 'regional',
    });
    const reviewSource = sources.body.items.find((s: Body) => s['kind'] === 'review');
    const viaReview = await send('coordinator', 'post', '/recommendations', {
      sourceId: reviewSource.id,
      reference: '9',
      level: 'panel',
      text: 'x',
      scope: 'local',
      leadAgencyId: a.agencies.health,
      targetDate: '2027-01-31',
    }).expect(400);
    expect(viaReview.body.errors.map((e: Body) => e['field'])).toEqual(['sourceId']);
    await send('chair', 'post', '/recommendations', {
      sourceId: keys['S'],
      reference: 'S2',
      level: 'panel',
      text: 'x',
      scope: 'local',
      leadAgencyId: a.agencies.health,
      targetDate: '2027-01-31',
    }).expect(403);
    await send('chair', 'patch', `/recommendations/${scrutiny.body.id}`, { text: 'x' }, 1).expect(403);
    const changed = await send(
      'coordinator',
      'patch',
      `/recommendations/${scrutiny.body.id}`,
      { targetDate: '2027-02-28' },
      1,
    ).expect(200);
    expect(changed.body).toMatchObject({ targetDate: '2027-02-28', version: 2 });
    await send('otherCoordinator', 'get', `/recommendations/${scrutiny.body.id}`).expect(404);
  });
});
