import { Injectable } from '@nestjs/common';
import { Db } from '@dhr/platform-database';
import { PartnershipId } from '@dhr/platform-domain';
import { ClockAlert } from '../domain/clock-alerts';
import { ReviewId } from '../domain/review';

@Injectable()
export class ReviewClockAlertRepository {
  constructor(private readonly db: Db) {}

  /** Records the alert unless it was recorded before: true when this call is the first, and should send it. */
  async claim(partnershipId: PartnershipId, reviewId: ReviewId, alert: ClockAlert): Promise<boolean> {
    const rows: unknown[] = await this.db.manager.query(
      `INSERT INTO review_clock_alert (review_id, clock, state, due_on, partnership_id) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT DO NOTHING RETURNING review_id`,
      [reviewId, alert.clock, alert.state, alert.dueOn, partnershipId],
    );
    return rows.length > 0;
  }
}
