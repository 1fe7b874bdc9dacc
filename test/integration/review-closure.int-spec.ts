import { DataSource } from 'typeorm';
import { PartnershipId } from '@dhr/platform-domain';
import { EvidenceSources } from '@dhr/reviews';
import { givenPartnership, signIn, startTestApi, TestApi, TestPartnership } from '../support';

/** Stage 16: a review's closure waits for every action answering its recommendations to be closed. */
describe('review closure and its actions', () => {
  let api: TestApi;
  let a: TestPartnership;
  let coordinator: string;

  beforeAll(async () => {
    api = await startTestApi();
    a = await givenPartnership(api, 'Closure');
    coordinator = (await signIn(api.http, a.coordinator.email)).authorization;
  });
  afterAll(() => api.close());

  it('lists the open actions of the review’s recommendations, and none once they are closed', async () => {
    const review = await api.http
      .post('/api/v1/reviews')
      .set('authorization', coordinator)
      .send({
        reviewType: 'dhr',
        notifiedOn: '2026-01-05',
        notifiedBy: 'Police',
        relationship: 'intimate_partner',
        suspectedSuicide: false,
        subjects: [{ pseudonym: 'Adult A', role: 'victim' }],
      })
      .expect(201);
    const recommendation = await api.http
      .post(`/api/v1/reviews/${review.body.id}/recommendations`)
      .set('authorization', coordinator)
      .send({
        reference: '1',
        level: 'panel',
        text: 'Commission a service for repeat victims.',
        scope: 'local',
        leadAgencyId: a.agencies.police,
        targetDate: '2099-03-31',
      })
      .expect(201);
    const action = await api.http
      .post('/api/v1/actions')
      .set('authorization', coordinator)
      .send({
        reference: 'R1.1',
        description: 'Commission the service.',
        leadAgencyId: a.agencies.police,
        targetDate: '2099-03-31',
        recommendationIds: [recommendation.body.id],
        milestones: [],
      })
      .expect(201);
    // an action of another review's (or no) recommendation does not count
    await api.http
      .post('/api/v1/actions')
      .set('authorization', coordinator)
      .send({
        reference: 'X9',
        description: 'Unrelated.',
        leadAgencyId: a.agencies.police,
        targetDate: '2099-03-31',
        recommendationIds: [],
        milestones: [],
      })
      .expect(201);

    const sources = api.app.get(EvidenceSources);
    expect(await sources.openActions(a.id as PartnershipId, review.body.id)).toEqual(['R1.1']);
    await api.app
      .get(DataSource)
      .query(`UPDATE action SET status = 'closed' WHERE id = $1`, [action.body.id]);
    expect(await sources.openActions(a.id as PartnershipId, review.body.id)).toEqual([]);
  });
});
