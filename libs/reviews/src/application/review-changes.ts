import { Injectable } from '@nestjs/common';
import { AuditLog } from '@dhr/audit';
import { PartnershipActor } from '@dhr/platform-auth';
import { Db } from '@dhr/platform-database';
import { assertVersion } from '@dhr/platform-domain';
import { Review, ReviewId } from '../domain/review';
import { ReviewCapability } from '../domain/review-access';
import { ReviewChanges, ReviewRepository } from '../persistence/review.repository';
import { ReviewAccess, ReviewInHand } from './review-access';

/**
 * The one way a review's own record changes: in a transaction, locked, at the version the client saw, by
 * someone with the capability, and audited with before and after.
 */
@Injectable()
export class ReviewChanger {
  constructor(
    private readonly db: Db,
    private readonly access: ReviewAccess,
    private readonly reviews: ReviewRepository,
    private readonly audit: AuditLog,
  ) {}

  change(
    actor: PartnershipActor,
    id: ReviewId,
    expectedVersion: number,
    capability: ReviewCapability,
    action: string,
    decide: (inHand: ReviewInHand) => Promise<ReviewChanges> | ReviewChanges,
  ): Promise<Review> {
    return this.db.transaction(async () => {
      const inHand = await this.access.require(actor, id, capability, true);
      assertVersion('This review', inHand.review.version, expectedVersion);
      const changes = await decide(inHand);
      const after = await this.reviews.update(actor.partnershipId, id, changes);
      await this.audit.record(actor, {
        action: `review.${action}`,
        entityType: 'review',
        entityId: id,
        before: inHand.review,
        after,
      });
      return after;
    });
  }
}
