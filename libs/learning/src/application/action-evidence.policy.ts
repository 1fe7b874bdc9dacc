import { Injectable, OnModuleInit } from '@nestjs/common';
import { DocumentOwnerPolicy, DocumentOwners } from '@dhr/documents';
import { PartnershipActor } from '@dhr/platform-auth';
import { ActionRepository } from '../persistence/action.repository';
import { LearningAccess } from './learning-access';

/** The evidence of an action (documents attached to it): read like the action, attached by those who update it. */
@Injectable()
export class ActionEvidencePolicy implements DocumentOwnerPolicy, OnModuleInit {
  constructor(
    private readonly owners: DocumentOwners,
    private readonly actions: ActionRepository,
    private readonly access: LearningAccess,
  ) {}

  onModuleInit(): void {
    this.owners.register('action', this);
  }

  canRead(actor: PartnershipActor, actionId: string): Promise<boolean> {
    return this.has(actor, actionId, 'read');
  }

  canWrite(actor: PartnershipActor, actionId: string): Promise<boolean> {
    return this.has(actor, actionId, 'update');
  }

  private async has(
    actor: PartnershipActor,
    actionId: string,
    capability: 'read' | 'update',
  ): Promise<boolean> {
    const action = await this.actions.find(actor.partnershipId, actionId);
    return action !== undefined && this.access.capabilitiesOn(actor, action).has(capability);
  }
}
