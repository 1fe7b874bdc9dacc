import { Injectable } from '@nestjs/common';
import { AuditLog } from '@dhr/audit';
import { PartnershipActor } from '@dhr/platform-auth';
import { Db } from '@dhr/platform-database';
import { assertVersion } from '@dhr/platform-domain';
import { Action } from '../domain/learning-records';
import { ActionEntity } from '../persistence/action.entity';
import { ActionRepository } from '../persistence/action.repository';
import { ActionCapability, LearningAccess } from './learning-access';

export type ActionChanges = Partial<Omit<ActionEntity, 'id' | 'partnershipId' | 'version' | 'createdAt'>>;

/** The one way an action changes: locked, at the version the client saw, by someone allowed, and audited. */
@Injectable()
export class ActionChanger {
  constructor(
    private readonly db: Db,
    private readonly access: LearningAccess,
    private readonly actions: ActionRepository,
    private readonly audit: AuditLog,
  ) {}

  change(
    actor: PartnershipActor,
    id: string,
    expectedVersion: number,
    capability: ActionCapability,
    verb: string,
    decide: (action: Action) => Promise<ActionChanges> | ActionChanges,
  ): Promise<Action> {
    return this.db.transaction(async () => {
      const before = await this.access.action(actor, id, capability, true);
      assertVersion('This action', before.version, expectedVersion);
      const after = await this.actions.update(actor.partnershipId, id, await decide(before));
      await this.audit.record(actor, {
        action: `action.${verb}`,
        entityType: 'action',
        entityId: id,
        before,
        after,
      });
      return after;
    });
  }
}
