import { givenPartnership, signIn, startTestApi, TestApi, TestPartnership } from '../support';

/** A partnership may set its own statutory periods; every clock of its reviews follows them, nobody else's. */
describe('review policy', () => {
  let api: TestApi;
  let a: TestPartnership;
  let b: TestPartnership;
  let coordinator: string;
  let cspChair: string;
  let otherCoordinator: string;

  beforeAll(async () => {
    api = await startTestApi();
    a = await givenPartnership(api, 'Policy');
    b = await givenPartnership(api, 'Unchanged');
    coordinator = (await signIn(api.http, a.coordinator.email)).authorization;
    cspChair = (await signIn(api.http, a.cspChair.email)).authorization;
    otherCoordinator = (await signIn(api.http, b.coordinator.email)).authorization;
  });
  afterAll(() => api.close());

  const notifyAndCommission = async (authorization: string, agencyId: string) => {
    const review = await api.http
      .post('/api/v1/reviews')
      .set('authorization', authorization)
      .send({
        reviewType: 'dardr',
        notifiedOn: '2026-01-31',
        notifiedBy: 'Police',
        notifyingAgencyId: agencyId,
        relationship: 'family_member',
        suspectedSuicide: true,
        subjects: [{ pseudonym: 'Adult A', role: 'victim' }],
      })
      .expect(201);
    return (
      await api.http
        .post(`/api/v1/reviews/${review.body.id}/decision`)
        .set('authorization', authorization)
        .set('if-match', `"${review.body.version}"`)
        .send({
          outcome: 'commission',
          decidedOn: '2026-02-28',
          decisionMaker: 'CSP chair',
          rationale: 'Criteria met.',
        })
        .expect(200)
    ).body;
  };

  it('starts from the guidance, and the clocks follow a policy the coordinator sets', async () => {
    const defaults = await api.http.get('/api/v1/review-policy').set('authorization', cspChair).expect(200);
    expect(defaults.body).toEqual({ decisionMonths: 1, completionMonths: 6, warningDays: 7, version: 0 });
    expect(defaults.headers['etag']).toBe('"0"');
    const before = await notifyAndCommission(coordinator, a.agencies.police);
    // 31 January + 1 month is the last day of February; 28 February + 6 months is 28 August
    expect(before.clocks.decision.dueOn).toBe('2026-02-28');
    expect(before.clocks.completion.dueOn).toBe('2026-08-28');

    await api.http
      .put('/api/v1/review-policy')
      .set('authorization', cspChair)
      .set('if-match', '"0"')
      .send({ decisionMonths: 2, completionMonths: 12, warningDays: 14 })
      .expect(403);
    const bad = await api.http
      .put('/api/v1/review-policy')
      .set('authorization', coordinator)
      .set('if-match', '"0"')
      .send({ decisionMonths: 0, completionMonths: 'twelve', warningDays: 14 })
      .expect(400);
    expect(new Set(bad.body.errors.map((e: { field: string }) => e.field))).toEqual(
      new Set(['completionMonths', 'decisionMonths']),
    );
    const set = await api.http
      .put('/api/v1/review-policy')
      .set('authorization', coordinator)
      .set('if-match', '"0"')
      .send({ decisionMonths: 2, completionMonths: 12, warningDays: 14 })
      .expect(200);
    expect(set.body).toEqual({ decisionMonths: 2, completionMonths: 12, warningDays: 14, version: 1 });
    // a second change made from the same, now stale, version is refused
    await api.http
      .put('/api/v1/review-policy')
      .set('authorization', coordinator)
      .set('if-match', '"0"')
      .send({ decisionMonths: 1, completionMonths: 6, warningDays: 7 })
      .expect(412);

    const after = await api.http
      .get(`/api/v1/reviews/${before.id}`)
      .set('authorization', coordinator)
      .expect(200);
    expect(after.body.clocks.decision.dueOn).toBe('2026-03-31');
    expect(after.body.clocks.completion.dueOn).toBe('2027-02-28');

    // another partnership keeps the guidance
    const theirs = await notifyAndCommission(otherCoordinator, b.agencies.police);
    expect(theirs.clocks.completion.dueOn).toBe('2026-08-28');

    const audit = await api.http
      .get(`/api/v1/audit?entityId=${a.id}&action=review-policy.updated`)
      .set('authorization', coordinator)
      .expect(200);
    expect(audit.body.items).toHaveLength(1);
  });
});
