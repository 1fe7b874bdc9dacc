import { DataSource } from 'typeorm';
import { TestPartnership } from './scenario';
import { TestApi } from './test-app';

type Body = Record<string, unknown>;

/** A review notified, commissioned and given its chair, through the API as the coordinator. */
export async function givenCommissionedReview(
  api: TestApi,
  partnership: TestPartnership,
  coordinator: string,
  subjects: Body[] = [{ pseudonym: 'MA 1', role: 'victim' }],
): Promise<{ id: string; reference: string }> {
  const review = await api.http
    .post('/api/v1/reviews')
    .set('authorization', coordinator)
    .send({
      reviewType: 'dhr',
      notifiedOn: '2026-03-02',
      notifiedBy: 'Police',
      relationship: 'intimate_partner',
      suspectedSuicide: false,
      subjects,
    })
    .expect(201);
  const decided = await api.http
    .post(`/api/v1/reviews/${review.body.id}/decision`)
    .set('authorization', coordinator)
    .set('if-match', `"${review.body.version}"`)
    .send({
      outcome: 'commission',
      decidedOn: '2026-03-20',
      decisionMaker: 'CSP chair',
      rationale: 'Criteria met.',
    })
    .expect(200);
  await api.http
    .put(`/api/v1/reviews/${review.body.id}/chair`)
    .set('authorization', coordinator)
    .set('if-match', `"${decided.body.version}"`)
    .send({ chairUserId: partnership.chair.id, appointedOn: '2026-03-25' })
    .expect(200);
  return { id: review.body.id, reference: review.body.reference };
}

/**
 * Agreed terms of reference for the partnership's two agencies, written straight to the database: the panel's
 * meetings and agreement have journeys of their own, and these tests are about what follows.
 */
export async function givenAgreedTerms(
  api: TestApi,
  partnership: TestPartnership,
  reviewId: string,
  questions: string[] = ['Risks?'],
): Promise<void> {
  await api.app.get(DataSource).query(
    `INSERT INTO terms_of_reference (id, partnership_id, review_id, version_number, status, purpose, period_from,
       period_to, agency_ids, questions, agreed_on, version)
     VALUES (gen_random_uuid(), $1, $2, 1, 'agreed', 'Learn the lessons', '{"precision":"year","year":2010}',
       '{"precision":"year","year":2014}', ARRAY[$3, $4]::uuid[], $5::jsonb, '2026-06-01', 1)`,
    [
      partnership.id,
      reviewId,
      partnership.agencies.police,
      partnership.agencies.health,
      JSON.stringify(questions.map((text, index) => ({ number: index + 1, text }))),
    ],
  );
}

/** An agency asked for a summary of involvement, and the request sent; its id and version. */
export async function givenSentRequest(
  api: TestApi,
  coordinator: string,
  reviewId: string,
  agencyId: string,
  authorUserId: string,
): Promise<{ id: string; version: number }> {
  const scoped = await api.http
    .post(`/api/v1/reviews/${reviewId}/imr-requests`)
    .set('authorization', coordinator)
    .send({ agencyId, kind: 'summary', dueOn: '2099-01-31', authorUserId })
    .expect(201);
  const sent = await api.http
    .post(`/api/v1/imr-requests/${scoped.body.id}/sending`)
    .set('authorization', coordinator)
    .set('if-match', `"${scoped.body.version}"`)
    .expect(200);
  return { id: scoped.body.id, version: sent.body.request.version };
}
