import { Injectable } from '@nestjs/common';
import { PartnershipActor } from '@dhr/platform-auth';
import { Page } from '@dhr/platform-database';
import { todayIn, UserId } from '@dhr/platform-domain';
import { UserDirectory } from '@dhr/identity';
import { Action, Milestone, ProgressUpdate, Recommendation } from '../domain/learning-records';
import { effectiveRag, RagRating, RagResult } from '../domain/rag';
import { ActionFilter, ActionRepository } from '../persistence/action.repository';
import { planOrder } from '../persistence/plan-order';
import { RecommendationRepository } from '../persistence/recommendation.repository';
import { ActionCapability, LearningAccess } from './learning-access';

export interface PlanRow {
  action: Action;
  rag: RagResult;
  /** Who leads it: the name written on the action, or the name of the account it is assigned to. */
  leadOfficer: string | null;
}

export interface ActionDetail extends PlanRow {
  capabilities: ActionCapability[];
  recommendations: Recommendation[];
  milestones: Milestone[];
  updates: ProgressUpdate[];
}

/** Read models of the action plan: the partnership's plan, a lead officer's own actions, one action whole. */
@Injectable()
export class PlanQueries {
  constructor(
    private readonly access: LearningAccess,
    private readonly actions: ActionRepository,
    private readonly recommendations: RecommendationRepository,
    private readonly users: UserDirectory,
  ) {}

  /**
   * The plan as the actor may see it: the whole of it, or (a lead officer) their agency's actions only. Every
   * filter, the effective RAG included (as of `now`'s calendar day), is applied in SQL, so a page holds
   * `limit` matching actions whenever that many remain.
   */
  async plan(
    actor: PartnershipActor,
    filter: ActionFilter,
    limit: number,
    cursor?: string,
    now = new Date(),
  ): Promise<Page<PlanRow>> {
    let scoped = filter;
    if (!this.access.seesWholePlan(actor)) {
      // a lead officer's own agency, whatever agency the filter names
      if (!actor.agencyId || (filter.agencyId && filter.agencyId !== actor.agencyId)) {
        planOrder(filter.sort ?? 'plan', cursor); // a forged cursor is refused here too
        return { items: [], nextCursor: null };
      }
      scoped = { ...filter, agencyId: actor.agencyId };
    }
    const page = await this.actions.list(actor.partnershipId, scoped, todayIn(now), limit, cursor);
    const officers = await this.leadOfficers(actor, page.items);
    return {
      items: page.items.map((action) => ({
        action,
        rag: ragOf(action, now),
        leadOfficer: officers.get(action.id) ?? null,
      })),
      nextCursor: page.nextCursor,
    };
  }

  async detail(actor: PartnershipActor, id: string, now = new Date()): Promise<ActionDetail> {
    const action = await this.access.action(actor, id, 'read');
    const recommendationIds = await this.actions.recommendationIds(actor.partnershipId, id);
    return {
      action,
      rag: ragOf(action, now),
      leadOfficer: (await this.leadOfficers(actor, [action])).get(action.id) ?? null,
      capabilities: [...this.access.capabilitiesOn(actor, action)],
      recommendations: await this.recommendations.listByIds(actor.partnershipId, recommendationIds),
      milestones: await this.actions.milestones(actor.partnershipId, id),
      updates: await this.actions.updates(actor.partnershipId, id),
    };
  }

  /** Each action's lead officer as a person reads it: the name written, or the assigned account's name. */
  private async leadOfficers(
    actor: PartnershipActor,
    actions: readonly Action[],
  ): Promise<Map<string, string>> {
    const accounts = [
      ...new Set(actions.flatMap((a) => (a.leadOfficerName ? [] : (a.leadOfficerUserId ?? [])))),
    ];
    const names = new Map<string, string>();
    for (const id of accounts) {
      const user = await this.users.user(actor.partnershipId, id as UserId);
      if (user) names.set(id, user.displayName);
    }
    return new Map(
      actions.flatMap((a) => {
        const name = a.leadOfficerName ?? (a.leadOfficerUserId ? names.get(a.leadOfficerUserId) : undefined);
        return name ? [[a.id, name] as const] : [];
      }),
    );
  }
}

export function ragOf(action: Action, now: Date): RagResult {
  return effectiveRag({
    reported: (action.reportedRag as RagRating | null) ?? null,
    targetDate: action.targetDate,
    completedOn: action.completedOn,
    signedOff: action.status === 'closed',
    today: todayIn(now),
  });
}
