import { Injectable } from '@nestjs/common';
import { AuditLog } from '@dhr/audit';
import { PartnershipActor } from '@dhr/platform-auth';
import { Db } from '@dhr/platform-database';
import { StaleVersionError } from '@dhr/platform-domain';
import { ClockPolicy } from '../domain/statutory-clock';
import {
  ReviewClockPolicyRepository,
  StoredClockPolicy,
} from '../persistence/review-clock-policy.repository';

/**
 * The partnership's statutory periods: the defaults of the 2016 guidance (decide within a month, complete
 * within six) until the coordinator sets others, e.g. the twelve months a 2024 draft proposes.
 */
@Injectable()
export class ReviewPolicyService {
  constructor(
    private readonly db: Db,
    private readonly policies: ReviewClockPolicyRepository,
    private readonly audit: AuditLog,
  ) {}

  get(actor: PartnershipActor): Promise<StoredClockPolicy> {
    return this.policies.get(actor.partnershipId);
  }

  set(actor: PartnershipActor, expectedVersion: number, policy: ClockPolicy): Promise<StoredClockPolicy> {
    return this.db.transaction(async () => {
      const before = await this.policies.get(actor.partnershipId);
      if (!(await this.policies.save(actor.partnershipId, policy, expectedVersion))) {
        throw new StaleVersionError('The review policy');
      }
      const after = await this.policies.get(actor.partnershipId);
      await this.audit.record(actor, {
        action: 'review-policy.updated',
        entityType: 'review-policy',
        entityId: actor.partnershipId,
        before,
        after,
      });
      return after;
    });
  }
}
