import { DataSource } from 'typeorm';
import { TestPartnership } from './scenario';
import { TestApi } from './test-app';

type Body = Record<string, unknown>;

/** The person who died and the partner suspected of the killing. */
export const VICTIM_AND_PERPETRATOR: Body[] = [
  { pseudonym: 'MA 1', role: 'victim' },
  { pseudonym: 'MA 2', role: 'perpetrator' },
];

/** A date `days` before today, so that a review's clocks never run out whatever day the test runs. */
export function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A review notified and commissioned through the API as the coordinator. The notification and the decision are
 * ordinary ones of March 2026 unless fields of them are given.
 */
export async function givenDecidedReview(
  api: TestApi,
  coordinator: string,
  notification: Body = {},
  decision: Body = {},
): Promise<{ id: string; reference: string; version: number }> {
  const review = await api.http
    .post('/api/v1/reviews')
    .set('authorization', coordinator)
    .send({
      reviewType: 'dhr',
      notifiedOn: '2026-03-02',
      notifiedBy: 'Police',
      relationship: 'intimate_partner',
      suspectedSuicide: false,
      subjects: [{ pseudonym: 'MA 1', role: 'victim' }],
      ...notification,
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
      ...decision,
    })
    .expect(200);
  return { id: review.body.id, reference: review.body.reference, version: decided.body.version };
}

/** A review notified, commissioned and given its chair, through the API as the coordinator. */
export async function givenCommissionedReview(
  api: TestApi,
  partnership: TestPartnership,
  coordinator: string,
  subjects: Body[] = [{ pseudonym: 'MA 1', role: 'victim' }],
): Promise<{ id: string; reference: string }> {
  const review = await givenDecidedReview(api, coordinator, { subjects });
  await api.http
    .put(`/api/v1/reviews/${review.id}/chair`)
    .set('authorization', coordinator)
    .set('if-match', `"${review.version}"`)
    .send({ chairUserId: partnership.chair.id, appointedOn: '2026-03-25' })
    .expect(200);
  return { id: review.id, reference: review.reference };
}

/** What may differ between one test's agreed terms of reference and another's. */
export interface AgreedTerms {
  versionNumber?: number;
  purpose?: string;
  periodFrom?: Body;
  periodTo?: Body;
  /** the partnership's two agencies unless given */
  agencyIds?: string[];
  agreedOn?: string;
}

/**
 * Agreed terms of reference (by default version 1, for the partnership's two agencies, 2010 to 2014), written
 * straight to the database: the panel's meetings and agreement have journeys of their own, and these tests are
 * about what follows.
 */
export async function givenAgreedTerms(
  api: TestApi,
  partnership: TestPartnership,
  reviewId: string,
  questions: string[] = ['Risks?'],
  terms: AgreedTerms = {},
): Promise<void> {
  await api.app.get(DataSource).query(
    `INSERT INTO terms_of_reference (id, partnership_id, review_id, version_number, status, purpose, period_from,
       period_to, agency_ids, questions, agreed_on, version)
     VALUES (gen_random_uuid(), $1, $2, $3, 'agreed', $4, $5::jsonb, $6::jsonb, $7::uuid[], $8::jsonb, $9, 1)`,
    [
      partnership.id,
      reviewId,
      terms.versionNumber ?? 1,
      terms.purpose ?? 'Learn the lessons',
      JSON.stringify(terms.periodFrom ?? { precision: 'year', year: 2010 }),
      JSON.stringify(terms.periodTo ?? { precision: 'year', year: 2014 }),
      terms.agencyIds ?? [partnership.agencies.police, partnership.agencies.health],
      JSON.stringify(questions.map((text, index) => ({ number: index + 1, text }))),
      terms.agreedOn ?? '2026-06-01',
    ],
  );
}

/**
 * A review signed off by the partnership, every date in the recent past: notified 70 days ago, commissioned
 * with the Home Office told, its chair appointed and declared independent, work started, terms of reference
 * agreed (straight to the database), drafted, consulted on and signed off 20 days ago; each other step through
 * the API as the coordinator.
 */
export async function givenSignedOffReview(
  api: TestApi,
  partnership: TestPartnership,
  coordinator: string,
): Promise<string> {
  const review = await givenDecidedReview(
    api,
    coordinator,
    { notifiedOn: daysAgo(70), notifiedBy: 'DCI Example, Test Police', subjects: VICTIM_AND_PERPETRATOR },
    {
      decidedOn: daysAgo(65),
      decisionMaker: 'Chair of the CSP',
      rationale: 'The criteria of section 9 are met.',
      homeOfficeInformedOn: daysAgo(64),
    },
  );
  let version = review.version;
  const step = async (method: 'post' | 'put', path: string, body: Body) => {
    const response = await api.http[method](`/api/v1/reviews/${review.id}/${path}`)
      .set('authorization', coordinator)
      .set('if-match', `"${version}"`)
      .send(body)
      .expect(200);
    version = response.body.version as number;
  };
  await step('put', 'chair', { chairUserId: partnership.chair.id, appointedOn: daysAgo(60) });
  await step('post', 'chair/independence', { statement: 'I have never worked for any agency involved.' });
  await step('post', 'transitions', { transition: 'start_work', on: daysAgo(55) });
  await givenAgreedTerms(api, partnership, review.id, ['What did each agency know?'], {
    purpose: 'To establish what lessons are to be learned.',
    periodFrom: { precision: 'year', year: 2020 },
    periodTo: { precision: 'year', year: 2026 },
    agencyIds: [partnership.agencies.police],
    agreedOn: daysAgo(50),
  });
  await step('post', 'transitions', { transition: 'start_drafting', on: daysAgo(40) });
  await step('post', 'transitions', { transition: 'start_consultation', on: daysAgo(30) });
  await step('post', 'sign-off', { signedOffOn: daysAgo(20), signedOffBy: 'Chair of the CSP board' });
  const read = await api.http
    .get(`/api/v1/reviews/${review.id}`)
    .set('authorization', coordinator)
    .expect(200);
  expect(read.body.status).toBe('signed_off');
  return review.id;
}
