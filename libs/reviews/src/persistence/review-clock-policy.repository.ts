import { Injectable } from '@nestjs/common';
import { Db } from '@dhr/platform-database';
import { PartnershipId } from '@dhr/platform-domain';
import { ClockPolicy, DEFAULT_CLOCK_POLICY } from '../domain/statutory-clock';
import { ReviewClockPolicyEntity } from './review-clock-policy.entity';

export interface StoredClockPolicy extends ClockPolicy {
  /** 0 while the partnership uses the defaults */
  version: number;
}

@Injectable()
export class ReviewClockPolicyRepository {
  constructor(private readonly db: Db) {}

  async get(partnershipId: PartnershipId): Promise<StoredClockPolicy> {
    const row = await this.db.repository(ReviewClockPolicyEntity).findOneBy({ partnershipId });
    if (!row) return { ...DEFAULT_CLOCK_POLICY, version: 0 };
    return {
      decisionMonths: row.decisionMonths,
      completionMonths: row.completionMonths,
      warningDays: row.warningDays,
      version: row.version,
    };
  }

  /** Stores the policy only if it is still at `expectedVersion`; false when someone else changed it first. */
  async save(partnershipId: PartnershipId, policy: ClockPolicy, expectedVersion: number): Promise<boolean> {
    const rows: unknown[] = await this.db.manager.query(
      `INSERT INTO review_clock_policy (partnership_id, decision_months, completion_months, warning_days, version)
       VALUES ($1, $2, $3, $4, 1)
       ON CONFLICT (partnership_id) DO UPDATE SET decision_months = $2, completion_months = $3, warning_days = $4,
         version = review_clock_policy.version + 1
       WHERE review_clock_policy.version = $5
       RETURNING version`,
      [partnershipId, policy.decisionMonths, policy.completionMonths, policy.warningDays, expectedVersion],
    );
    return rows.length > 0;
  }
}
