import { Injectable } from '@nestjs/common';
import { Db, newId, Page } from '@dhr/platform-database';
import { AgencyId, PartnershipId, UserId } from '@dhr/platform-domain';
import { Action, ActionStatusValue, Milestone, ProgressUpdate } from '../domain/learning-records';
import { RagRating } from '../domain/rag';
import { ActionMilestoneEntity } from './action-milestone.entity';
import { ActionRecommendationEntity } from './action-recommendation.entity';
import { ActionEntity } from './action.entity';
import { PartnershipRecords } from './learning-records';
import { ProgressUpdateEntity } from './progress-update.entity';
import { PlanSort } from '../domain/plan-sort';
import { planOrder } from './plan-order';
import { effectiveRagSql } from './rag.sql';

export interface ActionFilter {
  agencyId?: AgencyId;
  reviewId?: string;
  leadOfficerUserId?: UserId;
  /** target date within [dueFrom, dueTo] */
  dueFrom?: string;
  dueTo?: string;
  status?: ActionStatusValue;
  /** the effective RAG (domain/rag.ts), as of the `today` the list is given */
  rag?: RagRating;
  /** part of the lead officer's name, as written on the action or of the account assigned to it */
  leadOfficer?: string;
  sort?: PlanSort;
}

export interface MilestoneInput {
  description: string;
  dueOn: string | null;
  done: boolean;
}

@Injectable()
export class ActionRepository extends PartnershipRecords<ActionEntity, Action> {
  constructor(db: Db) {
    super(db, ActionEntity);
  }

  /**
   * A page of the plan in the order asked for (plan-order.ts), every filter applied in SQL (so a page is full
   * whenever more rows match), the effective RAG with them as of `today` (the calendar day the caller's RAG is
   * worked out for).
   */
  async list(
    partnershipId: PartnershipId,
    filter: ActionFilter,
    today: string,
    limit: number,
    cursor?: string,
  ): Promise<Page<Action>> {
    const order = planOrder(filter.sort ?? 'plan', cursor);
    const query = this.db
      .repository(ActionEntity)
      .createQueryBuilder('a')
      .where('a.partnership_id = :partnershipId', { partnershipId })
      .setParameter('today', today)
      .limit(limit + 1);
    for (const [expression, alias] of order.selects) query.addSelect(expression, alias);
    order.orderBy.forEach((expression, i) =>
      i === 0 ? query.orderBy(expression, 'ASC') : query.addOrderBy(expression, 'ASC'),
    );
    if (order.after) query.andWhere(order.after.sql, order.after.parameters);
    if (filter.agencyId) query.andWhere('a.lead_agency_id = :agencyId', { agencyId: filter.agencyId });
    if (filter.leadOfficerUserId) {
      query.andWhere('a.lead_officer_user_id = :leadOfficer', { leadOfficer: filter.leadOfficerUserId });
    }
    if (filter.leadOfficer) {
      // the named officer of an imported action, or the account of one assigned in the service
      query.andWhere(
        `(a.lead_officer_name ILIKE :officer OR EXISTS (SELECT 1 FROM app_user u
          WHERE u.id = a.lead_officer_user_id AND u.partnership_id = a.partnership_id
          AND u.display_name ILIKE :officer))`,
        { officer: `%${filter.leadOfficer.replace(/[\\%_]/gu, (c) => `\\${c}`)}%` },
      );
    }
    if (filter.status) query.andWhere('a.status = :status', { status: filter.status });
    if (filter.dueFrom) query.andWhere('a.target_date >= :dueFrom', { dueFrom: filter.dueFrom });
    if (filter.dueTo) query.andWhere('a.target_date <= :dueTo', { dueTo: filter.dueTo });
    if (filter.rag) {
      query.andWhere(`(${effectiveRagSql(':today')}) = :rag`, { rag: filter.rag });
    }
    if (filter.reviewId) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM action_recommendation ar JOIN recommendation r ON r.id = ar.recommendation_id
          WHERE ar.action_id = a.id AND r.partnership_id = a.partnership_id AND r.review_id = :reviewId)`,
        { reviewId: filter.reviewId },
      );
    }
    const { entities, raw } = await query.getRawAndEntities<Record<string, unknown>>();
    const rows = entities.map((entity, i) => ({ action: this.toRecord(entity), raw: raw[i] ?? {} }));
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map((row) => row.action),
      nextCursor: rows.length > limit && last ? order.cursorOf(last.raw) : null,
    };
  }

  /** The actions, not yet closed, that answer a recommendation of the review. */
  async openForReview(partnershipId: PartnershipId, reviewId: string): Promise<Action[]> {
    const rows = await this.db
      .repository(ActionEntity)
      .createQueryBuilder('a')
      .where("a.partnership_id = :partnershipId AND a.status <> 'closed'", { partnershipId })
      .andWhere(
        `EXISTS (SELECT 1 FROM action_recommendation ar JOIN recommendation r ON r.id = ar.recommendation_id
          WHERE ar.action_id = a.id AND r.partnership_id = a.partnership_id AND r.review_id = :reviewId)`,
        { reviewId },
      )
      .getMany();
    return rows.map((row) => this.toRecord(row));
  }

  /** Open actions whose latest update is older than `since` (or that have none): their update is due. */
  async updateDueSince(partnershipId: PartnershipId, since: string): Promise<Action[]> {
    const rows = await this.db
      .repository(ActionEntity)
      .createQueryBuilder('a')
      .where("a.partnership_id = :partnershipId AND a.status = 'open'", { partnershipId })
      .andWhere('(a.last_update_on IS NULL OR a.last_update_on < :since)', { since })
      .orderBy('a.id', 'ASC')
      .getMany();
    return rows.map((row) => this.toRecord(row));
  }

  /** Records that an action's update was asked for in the quarter; false when it had been already. */
  async claimUpdateRequest(
    partnershipId: PartnershipId,
    actionId: string,
    quarter: string,
  ): Promise<boolean> {
    const rows: unknown[] = await this.db.manager.query(
      `INSERT INTO action_update_request (action_id, quarter, partnership_id) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING action_id`,
      [actionId, quarter, partnershipId],
    );
    return rows.length > 0;
  }

  async recommendationIds(partnershipId: PartnershipId, actionId: string): Promise<string[]> {
    const rows = await this.db.repository(ActionRecommendationEntity).findBy({ partnershipId, actionId });
    return rows.map((row) => row.recommendationId);
  }

  async link(partnershipId: PartnershipId, actionId: string, recommendationIds: string[]): Promise<void> {
    const repository = this.db.repository(ActionRecommendationEntity);
    await repository.delete({ partnershipId, actionId });
    if (recommendationIds.length === 0) return;
    await repository.insert(
      recommendationIds.map((recommendationId) => ({ partnershipId, actionId, recommendationId })),
    );
  }

  async milestones(partnershipId: PartnershipId, actionId: string): Promise<Milestone[]> {
    const rows = await this.db
      .repository(ActionMilestoneEntity)
      .find({ where: { partnershipId, actionId }, order: { position: 'ASC' } });
    return rows.map((row) => ({
      id: row.id,
      position: row.position,
      description: row.description,
      dueOn: row.dueOn,
      done: row.done,
    }));
  }

  async replaceMilestones(
    partnershipId: PartnershipId,
    actionId: string,
    milestones: MilestoneInput[],
  ): Promise<void> {
    const repository = this.db.repository(ActionMilestoneEntity);
    await repository.delete({ partnershipId, actionId });
    if (milestones.length === 0) return;
    await repository.insert(
      milestones.map((milestone, position) => ({
        ...milestone,
        id: newId(),
        partnershipId,
        actionId,
        position,
        version: 1,
      })),
    );
  }

  async markMilestonesDone(partnershipId: PartnershipId, actionId: string, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.db
      .repository(ActionMilestoneEntity)
      .createQueryBuilder()
      .update()
      .set({ done: true, version: () => 'version + 1' })
      .where('partnership_id = :partnershipId AND action_id = :actionId AND id IN (:...ids)', {
        partnershipId,
        actionId,
        ids,
      })
      .execute();
  }

  async updates(partnershipId: PartnershipId, actionId: string): Promise<ProgressUpdate[]> {
    const rows = await this.db
      .repository(ProgressUpdateEntity)
      .find({ where: { partnershipId, actionId }, order: { reportedOn: 'DESC', createdAt: 'DESC' } });
    return rows.map((row) => ({
      id: row.id,
      reportedOn: row.reportedOn,
      rag: row.rag,
      narrative: row.narrative,
      authorUserId: row.authorUserId as UserId | null,
      createdAt: row.createdAt,
    }));
  }

  async appendUpdate(
    partnershipId: PartnershipId,
    actionId: string,
    update: Omit<ProgressUpdate, 'id' | 'createdAt'>,
  ): Promise<void> {
    await this.db
      .repository(ProgressUpdateEntity)
      .insert({ ...update, id: newId(), partnershipId, actionId, version: 1 });
  }

  protected toRecord(row: ActionEntity): Action {
    return {
      id: row.id,
      partnershipId: row.partnershipId as PartnershipId,
      reference: row.reference,
      planSection: row.planSection,
      description: row.description,
      leadAgencyId: row.leadAgencyId as AgencyId,
      leadOfficerUserId: row.leadOfficerUserId as UserId | null,
      leadOfficerName: row.leadOfficerName,
      targetDate: row.targetDate,
      targetToBeAgreed: row.targetToBeAgreed,
      status: row.status as ActionStatusValue,
      reportedRag: row.reportedRag,
      lastUpdateOn: row.lastUpdateOn,
      completedOn: row.completedOn,
      outcome: row.outcome,
      closedBy: row.closedBy as UserId | null,
      closedAt: row.closedAt,
      rejectionReason: row.rejectionReason,
      version: row.version,
    };
  }
}
