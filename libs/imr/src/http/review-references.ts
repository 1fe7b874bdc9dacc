import { Injectable } from '@nestjs/common';
import { PartnershipActor } from '@dhr/platform-auth';
import { ReviewDirectory, ReviewId } from '@dhr/reviews';

/** A review's reference, for responses about its requests (the service has already checked access). */
@Injectable()
export class ReviewReferences {
  constructor(private readonly reviews: ReviewDirectory) {}

  async of(actor: PartnershipActor, reviewId: string): Promise<string> {
    return (await this.reviews.review(actor.partnershipId, reviewId as ReviewId))?.reference ?? '';
  }
}
