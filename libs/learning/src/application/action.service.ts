import { Injectable } from '@nestjs/common';
import { AuditLog } from '@dhr/audit';
import { UserDirectory } from '@dhr/identity';
import { PartnershipDirectory } from '@dhr/partnerships';
import { PartnershipActor } from '@dhr/platform-auth';
import { Db, newId } from '@dhr/platform-database';
import { AgencyId, FieldProblem, InvalidInputError, UserId } from '@dhr/platform-domain';
import { Action } from '../domain/learning-records';
import { ActionRepository, MilestoneInput } from '../persistence/action.repository';
import { RecommendationRepository } from '../persistence/recommendation.repository';
import { ActionChanger } from './action-changes';
import { LearningAccess } from './learning-access';

export interface ActionDetails {
  reference: string;
  planSection?: string | null;
  description: string;
  leadAgencyId: AgencyId;
  leadOfficerUserId?: UserId | null;
  leadOfficerName?: string | null;
  targetDate?: string | null;
  targetToBeAgreed?: boolean;
  recommendationIds: string[];
  milestones: MilestoneInput[];
}

/** The coordinator's action plan: each action answers one or more recommendations (rule 11). */
@Injectable()
export class ActionService {
  constructor(
    private readonly db: Db,
    private readonly access: LearningAccess,
    private readonly changer: ActionChanger,
    private readonly actions: ActionRepository,
    private readonly recommendations: RecommendationRepository,
    private readonly partnerships: PartnershipDirectory,
    private readonly users: UserDirectory,
    private readonly audit: AuditLog,
  ) {}

  create(actor: PartnershipActor, input: ActionDetails): Promise<Action> {
    return this.db.transaction(async () => {
      this.access.assertManager(actor);
      await this.assertValid(actor, input);
      const action = await this.actions.insert({
        id: newId(),
        partnershipId: actor.partnershipId,
        reference: input.reference,
        planSection: input.planSection ?? null,
        description: input.description,
        leadAgencyId: input.leadAgencyId,
        leadOfficerUserId: input.leadOfficerUserId ?? null,
        leadOfficerName: input.leadOfficerName ?? null,
        targetDate: input.targetToBeAgreed ? null : (input.targetDate ?? null),
        targetToBeAgreed: input.targetToBeAgreed ?? false,
        status: 'open',
        reportedRag: null,
        lastUpdateOn: null,
        completedOn: null,
        outcome: null,
        closedBy: null,
        closedAt: null,
        rejectionReason: null,
      });
      await this.actions.link(actor.partnershipId, action.id, input.recommendationIds);
      await this.actions.replaceMilestones(actor.partnershipId, action.id, input.milestones);
      await this.audit.record(actor, {
        action: 'action.created',
        entityType: 'action',
        entityId: action.id,
        after: { ...action, recommendationIds: input.recommendationIds, milestones: input.milestones },
      });
      return action;
    });
  }

  update(actor: PartnershipActor, id: string, version: number, input: ActionDetails): Promise<Action> {
    return this.changer.change(actor, id, version, 'manage', 'updated', async () => {
      await this.assertValid(actor, input);
      await this.actions.link(actor.partnershipId, id, input.recommendationIds);
      await this.actions.replaceMilestones(actor.partnershipId, id, input.milestones);
      return {
        reference: input.reference,
        planSection: input.planSection ?? null,
        description: input.description,
        leadAgencyId: input.leadAgencyId,
        leadOfficerUserId: input.leadOfficerUserId ?? null,
        leadOfficerName: input.leadOfficerName ?? null,
        targetDate: input.targetToBeAgreed ? null : (input.targetDate ?? null),
        targetToBeAgreed: input.targetToBeAgreed ?? false,
      };
    });
  }

  private async assertValid(actor: PartnershipActor, input: ActionDetails): Promise<void> {
    const problems: FieldProblem[] = [];
    if (!(await this.partnerships.agency(actor.partnershipId, input.leadAgencyId))) {
      problems.push({ field: 'leadAgencyId', message: 'Choose a lead agency of this partnership' });
    }
    if (input.leadOfficerUserId) {
      const officer = await this.users.user(actor.partnershipId, input.leadOfficerUserId);
      if (!officer || officer.agencyId !== input.leadAgencyId || !officer.roles.includes('lead_officer')) {
        problems.push({ field: 'leadOfficerUserId', message: 'Choose a lead officer of the lead agency' });
      }
    }
    if (!input.targetDate && !input.targetToBeAgreed) {
      problems.push({ field: 'targetDate', message: 'Enter a target date, or say that it is to be agreed' });
    }
    const found = await this.recommendations.listByIds(actor.partnershipId, input.recommendationIds);
    if (found.length !== new Set(input.recommendationIds).size) {
      problems.push({ field: 'recommendationIds', message: 'Choose recommendations of this partnership' });
    }
    if (problems.length > 0) throw new InvalidInputError(problems);
  }
}
