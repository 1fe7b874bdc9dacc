import { Injectable, OnModuleInit } from '@nestjs/common';
import { DocumentOwnerPolicy, DocumentOwners } from '@dhr/documents';
import { PartnershipActor } from '@dhr/platform-auth';
import { ReviewId } from '../domain/review';
import { ReviewCapability } from '../domain/review-access';
import { ReviewRepository } from '../persistence/review.repository';
import { ReviewAccess } from './review-access';

/**
 * Documents attached to a review (the overview report, the executive summary, the Home Office's letters...),
 * authorised like the review: whoever may see the review reads them; whoever may work on it attaches them.
 */
@Injectable()
export class ReviewDocumentsPolicy implements DocumentOwnerPolicy, OnModuleInit {
  constructor(
    private readonly owners: DocumentOwners,
    private readonly reviews: ReviewRepository,
    private readonly access: ReviewAccess,
  ) {}

  onModuleInit(): void {
    this.owners.register('review', this);
  }

  canRead(actor: PartnershipActor, reviewId: string): Promise<boolean> {
    return this.has(actor, reviewId, 'view');
  }

  canWrite(actor: PartnershipActor, reviewId: string): Promise<boolean> {
    return this.has(actor, reviewId, 'work');
  }

  private async has(
    actor: PartnershipActor,
    reviewId: string,
    capability: ReviewCapability,
  ): Promise<boolean> {
    const review = await this.reviews.find(actor.partnershipId, reviewId as ReviewId);
    if (!review) return false;
    return (await this.access.capabilitiesOn(actor, review)).has(capability);
  }
}
