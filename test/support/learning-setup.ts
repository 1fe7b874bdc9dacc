import { apiAs, Send, signInAll } from './api-as';
import { givenImrRequestAt, givenProposedRecommendation } from './imr-setup';
import {
  givenAgreedTerms,
  givenCommissionedReview,
  givenDecidedReview,
  VICTIM_AND_PERPETRATOR,
} from './review-setup';
import { givenPartnership, TestPartnership } from './scenario';
import { TestApi } from './test-app';

/** The people of the learning tests: partnership `a` ("Learning") and another one, `b`, each signed in. */
export interface LearningPeople {
  a: TestPartnership;
  b: TestPartnership;
  /** bearer header values by name */
  as: Record<string, string>;
  send: Send;
}

/**
 * Two partnerships, and signed in: a's coordinator, chair, panel member, CSP chair, health IMR author and lead
 * officer, and b's coordinator as `otherCoordinator`.
 */
export async function givenLearningPeople(api: TestApi): Promise<LearningPeople> {
  const a = await givenPartnership(api, 'Learning');
  const b = await givenPartnership(api, 'Elsewhere');
  const as = await signInAll(api, {
    coordinator: a.coordinator.email,
    chair: a.chair.email,
    panelMember: a.panelMember.email,
    cspChair: a.cspChair.email,
    healthAuthor: a.healthAuthor.email,
    leadOfficer: a.leadOfficer.email,
    otherCoordinator: b.coordinator.email,
  });
  return { a, b, as, send: apiAs(api, as) };
}

/** The review whose learning the tests record, and what it links to. */
export interface LearningReview {
  reviewId: string;
  reviewReference: string;
  /** b's review, with no chair yet */
  otherReviewId: string;
  /** the police IMR, accepted, with two proposed recommendations */
  policeRequestId: string;
  /** the health IMR, still with its author, with one proposed recommendation */
  healthRequestId: string;
}

/**
 * a's review commissioned with its chair, three questions agreed (2007 to 2013), the panel member on its panel,
 * the police IMR accepted with two proposed recommendations and the health IMR still with its author (one
 * proposed, never to be copied); and a decided review of b's.
 */
export async function givenLearningReview(
  api: TestApi,
  { a, as, send }: LearningPeople,
): Promise<LearningReview> {
  const review = await givenCommissionedReview(api, a, as['coordinator']!, VICTIM_AND_PERPETRATOR);
  const reviewId = review.id;
  // another partnership's review, with no chair yet
  const otherReviewId = (
    await givenDecidedReview(api, as['otherCoordinator']!, { subjects: VICTIM_AND_PERPETRATOR })
  ).id;
  await givenAgreedTerms(
    api,
    a,
    reviewId,
    ['Were the risks recognised?', 'Was information shared?', 'Were the GPs involved?'],
    { periodFrom: { precision: 'year', year: 2007 }, periodTo: { precision: 'year', year: 2013 } },
  );
  await send('coordinator', 'post', `/reviews/${reviewId}/panel-members`, {
    name: 'Helen Smith',
    organisation: 'Police',
    jobTitle: 'Sergeant',
    agencyId: a.agencies.police,
    panelRole: 'member',
    userId: a.panelMember.id,
    joinedOn: '2026-04-01',
  }).expect(201);
  // the police IMR accepted with two proposed recommendations; the health IMR still with its author
  const policeRequestId = await givenImrRequestAt(api, a, reviewId, {
    agencyId: a.agencies.police,
    authorUserId: a.policeAuthor.id,
    status: 'accepted',
  });
  const healthRequestId = await givenImrRequestAt(api, a, reviewId, {
    agencyId: a.agencies.health,
    authorUserId: a.healthAuthor.id,
    status: 'in_progress',
  });
  const proposed: [string, number, string, string][] = [
    [policeRequestId, 0, 'Train officers in the DASH risk assessment.', '2027-03-31'],
    [policeRequestId, 1, 'Refer repeat victims to MARAC.', '2027-06-30'],
    [healthRequestId, 0, 'Not yet accepted: never copied.', '2027-06-30'],
  ];
  for (const [requestId, position, recommendation, targetDate] of proposed) {
    await givenProposedRecommendation(api, a, reviewId, requestId, {
      position,
      recommendation,
      targetDate,
    });
  }
  return { reviewId, reviewReference: review.reference, otherReviewId, policeRequestId, healthRequestId };
}
