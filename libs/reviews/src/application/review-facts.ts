import { Injectable } from '@nestjs/common';
import { PartnershipId, todayIn } from '@dhr/platform-domain';
import { openCriminalProceedings } from '../domain/parallel-process';
import { Review } from '../domain/review';
import { ReviewFacts } from '../domain/review-guards';
import {
  ClockPolicy,
  completionBreached,
  PauseSpan,
  ReviewClocks,
  reviewClocks,
} from '../domain/statutory-clock';
import { missingFromSubmission } from '../domain/submission';
import { ParallelProcessRepository } from '../persistence/parallel-process.repository';
import { ReviewClockPolicyRepository } from '../persistence/review-clock-policy.repository';
import { ReviewPauseRepository } from '../persistence/review-pause.repository';
import { EvidenceSources } from './evidence-sources';
import { SubmissionRepository } from '../persistence/submission.repository';
import { TermsOfReferenceRepository } from '../persistence/terms-of-reference.repository';

export interface ReviewSituation {
  facts: ReviewFacts;
  clocks: ReviewClocks;
}

/** Gathers, from every record of a review, what its guards and clocks need to know today. */
@Injectable()
export class ReviewFactsGatherer {
  constructor(
    private readonly policies: ReviewClockPolicyRepository,
    private readonly pauses: ReviewPauseRepository,
    private readonly terms: TermsOfReferenceRepository,
    private readonly processes: ParallelProcessRepository,
    private readonly submissions: SubmissionRepository,
    private readonly evidence: EvidenceSources,
  ) {}

  async clocksOf(review: Review, now = new Date()): Promise<ReviewClocks> {
    const partnershipId = review.partnershipId as PartnershipId;
    // one after another: inside a transaction they share one connection
    const policy = await this.policies.get(partnershipId);
    const pauses = await this.pauses.listFor(partnershipId, review.id);
    return clocksFrom(review, policy, pauses, now);
  }

  /** The clocks of a page of reviews, in the same order, in two queries whatever its length. */
  async clocksOfMany(
    partnershipId: PartnershipId,
    reviews: Review[],
    now = new Date(),
  ): Promise<ReviewClocks[]> {
    const policy = await this.policies.get(partnershipId);
    const pauses = await this.pauses.listForReviews(
      partnershipId,
      reviews.map((review) => review.id),
    );
    return reviews.map((review) => clocksFrom(review, policy, pauses.get(review.id) ?? [], now));
  }

  async situationOf(review: Review, now = new Date()): Promise<ReviewSituation> {
    const partnershipId = review.partnershipId as PartnershipId;
    const clocks = await this.clocksOf(review, now);
    const terms = await this.terms.listFor(partnershipId, review.id);
    const processes = await this.processes.listFor(partnershipId, review.id);
    const submission = await this.submissions.latest(partnershipId, review.id);
    const unsent = submission && !submission.sentOn ? submission : undefined;
    const facts: ReviewFacts = {
      status: review.status,
      paused: clocks.paused,
      homeOfficeInformedOn: review.homeOfficeInformedOn,
      chair: {
        appointed: review.chair !== null,
        independenceDeclared: !!review.chair?.independenceDeclaredAt,
      },
      agreedTermsOfReference: terms.some((version) => version.status === 'agreed'),
      completionBreached: completionBreached(clocks),
      breachReasonRecorded: review.breach !== null,
      signOffRecorded: review.signOff !== null,
      outstandingEvidence: await this.evidence.outstanding(partnershipId, review.id),
      openActions: await this.evidence.openActions(partnershipId, review.id),
      submissionReady: { exists: unsent !== undefined, missing: unsent ? missingFromSubmission(unsent) : [] },
      openCriminalProceedings: openCriminalProceedings(processes),
      familyToldPublicationDate: review.publication.familyToldOn !== null,
    };
    return { facts, clocks };
  }
}

function clocksFrom(review: Review, policy: ClockPolicy, pauses: PauseSpan[], now: Date): ReviewClocks {
  const clocks = reviewClocks({
    notifiedOn: review.notification.notifiedOn,
    decidedOn: review.decision?.decidedOn ?? null,
    completedOn: review.firstSubmittedOn,
    pauses,
    today: todayIn(now),
    policy,
  });
  // a declined review has nothing to complete
  if (review.decision?.outcome === 'decline') {
    return {
      ...clocks,
      completion: { dueOn: null, state: 'not_started', daysRemaining: null, stoppedOn: null },
    };
  }
  return clocks;
}
