import { Injectable } from '@nestjs/common';
import { PartnershipActor } from '@dhr/platform-auth';
import { DomainError, NotFoundError } from '@dhr/platform-domain';
import { Review, ReviewId } from '../domain/review';
import { ReviewCapability, reviewCapabilities } from '../domain/review-access';
import { PanelMemberRepository } from '../persistence/panel-member.repository';
import { ReviewRepository } from '../persistence/review.repository';

export interface ReviewInHand {
  review: Review;
  capabilities: Set<ReviewCapability>;
}

/**
 * Access to one review comes from the actor's roles and their membership of it (its chair, its panel). A
 * review the actor may not see is "not found", never "forbidden", so nothing reveals that it exists.
 */
@Injectable()
export class ReviewAccess {
  constructor(
    private readonly reviews: ReviewRepository,
    private readonly panel: PanelMemberRepository,
  ) {}

  /** The review, if the actor may use it for `capability`; `forUpdate` locks it for the transaction. */
  async require(
    actor: PartnershipActor,
    id: ReviewId,
    capability: ReviewCapability,
    forUpdate = false,
  ): Promise<ReviewInHand> {
    const review = forUpdate
      ? await this.reviews.findForUpdate(actor.partnershipId, id)
      : await this.reviews.find(actor.partnershipId, id);
    if (!review) throw new NotFoundError('Review');
    const capabilities = await this.capabilitiesOn(actor, review);
    if (!capabilities.has('view')) throw new NotFoundError('Review');
    if (!capabilities.has(capability)) {
      throw new DomainError(
        'forbidden',
        'forbidden',
        'You do not have permission to do this on this review.',
      );
    }
    return { review, capabilities };
  }

  async capabilitiesOn(actor: PartnershipActor, review: Review): Promise<Set<ReviewCapability>> {
    const isChair = review.chair?.userId === actor.userId;
    const members = await this.panel.listFor(actor.partnershipId, review.id);
    const isPanelMember = members.some((member) => member.userId === actor.userId && member.leftOn === null);
    return reviewCapabilities(actor.roles, { isChair, isPanelMember });
  }
}
