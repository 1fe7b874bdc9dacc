import { Injectable } from '@nestjs/common';
import { AuditLog } from '@dhr/audit';
import { PartnershipActor } from '@dhr/platform-auth';
import { Db } from '@dhr/platform-database';
import { NotFoundError } from '@dhr/platform-domain';
import { PlanAgencyName, PlanAgencyNameRepository } from '../persistence/plan-agency-name.repository';
import { LearningAccess } from './learning-access';

/**
 * The names the partnership's spreadsheets give its agencies, remembered from imports: the coordinator sees
 * them and forgets one that was chosen wrongly (the next import then asks again).
 */
@Injectable()
export class PlanAgencyNames {
  constructor(
    private readonly db: Db,
    private readonly access: LearningAccess,
    private readonly names: PlanAgencyNameRepository,
    private readonly audit: AuditLog,
  ) {}

  list(actor: PartnershipActor): Promise<PlanAgencyName[]> {
    this.access.assertManager(actor);
    return this.names.list(actor.partnershipId);
  }

  forget(actor: PartnershipActor, name: string): Promise<void> {
    return this.db.transaction(async () => {
      this.access.assertManager(actor);
      const forgotten = await this.names.forget(actor.partnershipId, name);
      if (!forgotten) throw new NotFoundError('Agency name');
      await this.audit.record(actor, {
        action: 'plan-agency-name.forgotten',
        entityType: 'plan-agency-name',
        entityId: actor.partnershipId,
        before: forgotten,
      });
    });
  }
}
