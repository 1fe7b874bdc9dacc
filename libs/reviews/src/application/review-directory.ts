import { Injectable } from '@nestjs/common';
import { PartnershipActor } from '@dhr/platform-auth';
import { PartnershipId } from '@dhr/platform-domain';
import { ReviewId } from '../domain/review';
import { ReviewCapability } from '../domain/review-access';
import { TermsQuestion } from '../domain/terms-of-reference';
import { ReviewRepository } from '../persistence/review.repository';
import { TermsOfReferenceRepository } from '../persistence/terms-of-reference.repository';
import { ReviewAccess } from './review-access';

export interface ReviewSummaryForOthers {
  id: ReviewId;
  reference: string;
  status: string;
}

export interface AgreedTerms {
  versionNumber: number;
  agreedOn: string | null;
  questions: TermsQuestion[];
  agencyIds: string[];
}

/** What other contexts (IMRs, learning) may ask about a review: what it is, who may do what, its agreed terms. */
@Injectable()
export class ReviewDirectory {
  constructor(
    private readonly reviews: ReviewRepository,
    private readonly access: ReviewAccess,
    private readonly terms: TermsOfReferenceRepository,
  ) {}

  async review(partnershipId: PartnershipId, id: ReviewId): Promise<ReviewSummaryForOthers | undefined> {
    const review = await this.reviews.find(partnershipId, id);
    return review && { id: review.id, reference: review.reference, status: review.status };
  }

  /** What the actor may do on the review: an empty set when they may not see it, or it is not theirs. */
  async capabilitiesOn(actor: PartnershipActor, id: ReviewId): Promise<Set<ReviewCapability>> {
    const review = await this.reviews.find(actor.partnershipId, id);
    return review ? this.access.capabilitiesOn(actor, review) : new Set();
  }

  /** Every agreed version of the terms of reference, oldest first. */
  async agreedTerms(partnershipId: PartnershipId, id: ReviewId): Promise<AgreedTerms[]> {
    const versions = await this.terms.listFor(partnershipId, id);
    return versions
      .filter((version) => version.status === 'agreed')
      .map((version) => ({
        versionNumber: version.versionNumber,
        agreedOn: version.agreedOn,
        questions: version.questions,
        agencyIds: version.agencyIds,
      }));
  }
}
