import { Injectable } from '@nestjs/common';
import { can, PartnershipActor } from '@dhr/platform-auth';
import { DomainError, NotFoundError } from '@dhr/platform-domain';
import { ReviewDirectory, ReviewId } from '@dhr/reviews';
import { Action } from '../domain/learning-records';
import { ActionRepository } from '../persistence/action.repository';

/** read: see it. update: report progress and completion (its agency's lead officers). manage: everything else. */
export type ActionCapability = 'read' | 'update' | 'manage';

/**
 * Who may do what with the learning of the partnership. The coordinator runs the plan; the CSP chair reads
 * it; a lead officer reaches only their own agency's actions (another agency's is "not found"); a review's
 * chair keeps its lessons and recommendations.
 */
@Injectable()
export class LearningAccess {
  constructor(
    private readonly actions: ActionRepository,
    private readonly reviews: ReviewDirectory,
  ) {}

  async action(
    actor: PartnershipActor,
    id: string,
    capability: ActionCapability,
    forUpdate = false,
  ): Promise<Action> {
    const action = forUpdate
      ? await this.actions.findForUpdate(actor.partnershipId, id)
      : await this.actions.find(actor.partnershipId, id);
    if (!action) throw new NotFoundError('Action');
    const capabilities = this.capabilitiesOn(actor, action);
    if (!capabilities.has('read')) throw new NotFoundError('Action');
    if (!capabilities.has(capability)) {
      throw new DomainError(
        'forbidden',
        'forbidden',
        'You do not have permission to do this to this action.',
      );
    }
    return action;
  }

  capabilitiesOn(actor: PartnershipActor, action: Pick<Action, 'leadAgencyId'>): Set<ActionCapability> {
    const capabilities = new Set<ActionCapability>();
    if (can(actor, 'learning.manage')) return capabilities.add('read').add('update').add('manage');
    if (actor.roles.includes('csp_chair')) capabilities.add('read');
    if (actor.roles.includes('lead_officer') && actor.agencyId === action.leadAgencyId) {
      capabilities.add('read').add('update');
    }
    return capabilities;
  }

  /** Whether the actor sees the whole plan, or (a lead officer) only their agency's part of it. */
  seesWholePlan(actor: PartnershipActor): boolean {
    return can(actor, 'learning.manage') || actor.roles.includes('csp_chair');
  }

  /** A review's lessons and recommendations: read by whoever may see the review, kept by its chair and the coordinator. */
  async review(actor: PartnershipActor, reviewId: string, manage: boolean): Promise<void> {
    const capabilities = await this.reviews.capabilitiesOn(actor, reviewId as ReviewId);
    if (!capabilities.has('view')) throw new NotFoundError('Review');
    if (manage && !capabilities.has('work')) {
      throw new DomainError(
        'forbidden',
        'forbidden',
        'You do not have permission to do this on this review.',
      );
    }
  }

  assertManager(actor: PartnershipActor): void {
    if (!can(actor, 'learning.manage')) {
      throw new DomainError('forbidden', 'forbidden', 'Only the partnership coordinator does this.');
    }
  }
}
