import { Injectable } from '@nestjs/common';
import { Db, ReviewRecords } from '@dhr/platform-database';
import { PartnershipId } from '@dhr/platform-domain';
import { PauseReason, ReviewPause } from '../domain/pause';
import { ReviewId } from '../domain/review';
import { ReviewPauseEntity } from './review-pause.entity';

@Injectable()
export class ReviewPauseRepository extends ReviewRecords<ReviewPauseEntity, ReviewPause> {
  constructor(db: Db) {
    super(db, ReviewPauseEntity, 'pausedOn');
  }

  async open(partnershipId: PartnershipId, reviewId: ReviewId): Promise<ReviewPause | undefined> {
    return (await this.listFor(partnershipId, reviewId)).find((pause) => pause.resumedOn === null);
  }

  /** The pauses of several reviews at once (for a dashboard), grouped by review. */
  async listForReviews(
    partnershipId: PartnershipId,
    reviewIds: ReviewId[],
  ): Promise<Map<string, ReviewPause[]>> {
    const byReview = new Map<string, ReviewPause[]>();
    if (reviewIds.length === 0) return byReview;
    const rows = await this.db
      .repository(ReviewPauseEntity)
      .createQueryBuilder('p')
      .where('p.partnership_id = :partnershipId AND p.review_id IN (:...reviewIds)', {
        partnershipId,
        reviewIds,
      })
      .orderBy('p.paused_on', 'ASC')
      .getMany();
    for (const row of rows) {
      const pauses = byReview.get(row.reviewId) ?? [];
      pauses.push(this.toRecord(row));
      byReview.set(row.reviewId, pauses);
    }
    return byReview;
  }

  protected toRecord(row: ReviewPauseEntity): ReviewPause {
    return {
      id: row.id,
      reviewId: row.reviewId as ReviewId,
      reason: row.reason as PauseReason,
      note: row.note,
      parallelProcessId: row.parallelProcessId,
      pausedOn: row.pausedOn,
      revisitOn: row.revisitOn,
      resumedOn: row.resumedOn,
    };
  }
}
