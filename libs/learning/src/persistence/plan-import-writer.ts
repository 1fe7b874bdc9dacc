import { Injectable } from '@nestjs/common';
import { Db, newId } from '@dhr/platform-database';
import { PartnershipId } from '@dhr/platform-domain';
import { In } from 'typeorm';
import { actionFingerprint, fingerprintReference } from '../domain/plan-import-agencies';
import { milestonesOf, PlanImportRow } from '../domain/plan-import';
import { ActionMilestoneEntity } from './action-milestone.entity';
import { ActionRecommendationEntity } from './action-recommendation.entity';
import { ActionEntity } from './action.entity';
import { ProgressUpdateEntity } from './progress-update.entity';
import { RecommendationSourceEntity } from './recommendation-source.entity';
import { RecommendationEntity } from './recommendation.entity';
import { PendingWrites } from './plan-import-batch';

/** A row of the sheet, read and resolved to a lead agency. */
export interface ResolvedPlanRow extends PlanImportRow {
  leadAgencyId: string | null;
  leadOfficerName: string | null;
  description: string;
}

export interface PlanImportCounts {
  actionsCreated: number;
  actionsUpdated: number;
  actionsUnchanged: number;
  recommendationsCreated: number;
  progressUpdatesAdded: number;
}

/** Rows are decided in memory and written this many actions at a time (PendingWrites). */
const FLUSH_EVERY = 100;

/** Told as the action rows are written: how many of how many. */
export type ImportProgress = (done: number, total: number) => Promise<void>;

type Milestone = { description: string; dueOn: string | null; done: boolean };

/** What a recommendation source already holds, kept up to date as rows are written. */
interface SourceState {
  actions: Map<string, ActionEntity>;
  recommendations: Map<string, RecommendationEntity>;
  links: Set<string>;
  milestones: Map<string, Milestone[]>;
  updates: Set<string>;
}

/**
 * Writes an action plan's rows into one recommendation source, inside the caller's transaction. Each row's
 * action answers a recommendation of the source with the row's reference, or the recommendation of the row it
 * shares one with (a recommendation written once over several actions). An action is the same action again
 * when the source's actions carry its reference (the sheet's, or one made from the fingerprint of its text and
 * lead agency), so two plans both numbered 1..N never meet. Fields
 * are updated only when they differ, milestones replaced only when they differ, and a progress update is added
 * once: importing the same sheet twice changes nothing.
 */
@Injectable()
export class PlanImportWriter {
  constructor(private readonly db: Db) {}

  async write(
    partnershipId: PartnershipId,
    rows: readonly ResolvedPlanRow[],
    source: RecommendationSourceEntity,
    today: string,
    progress?: ImportProgress,
  ): Promise<PlanImportCounts> {
    const state = await this.existing(partnershipId, source.id);
    const counts: PlanImportCounts = {
      actionsCreated: 0,
      actionsUpdated: 0,
      actionsUnchanged: 0,
      recommendationsCreated: 0,
      progressUpdatesAdded: 0,
    };
    const actionRows = rows.filter((row) => row.kind === 'action' && row.leadAgencyId !== null);
    let done = 0;
    const recommendationOfRow = new Map<number, RecommendationEntity>();
    const pending = new PendingWrites(this.db, partnershipId);
    for (const row of actionRows) {
      const action = this.action(partnershipId, row, state, counts, pending);
      // a further action under a recommendation written once answers that same recommendation
      const shared = row.sharesRecommendationOf && recommendationOfRow.get(row.sharesRecommendationOf);
      const recommendation =
        shared || this.recommendation(partnershipId, row, action, source, state, counts, pending);
      recommendationOfRow.set(row.rowNumber, recommendation);
      const link = `${action.id}:${recommendation.id}`;
      if (!state.links.has(link)) {
        pending.addLink({ partnershipId, actionId: action.id, recommendationId: recommendation.id });
        state.links.add(link);
      }
      this.milestones(partnershipId, action.id, milestonesOf(row), state, pending);
      this.progressUpdate(partnershipId, row, action, state, counts, today, pending);
      done++;
      if (done % FLUSH_EVERY === 0 || done === actionRows.length) {
        await pending.flush();
        if (progress) await progress(done, actionRows.length);
      }
    }
    return counts;
  }

  /** What the source already holds: its actions and recommendations by reference, and what hangs off them. */
  private async existing(partnershipId: PartnershipId, sourceId: string): Promise<SourceState> {
    const recommendations = await this.db
      .repository(RecommendationEntity)
      .findBy({ partnershipId, sourceId });
    const links = recommendations.length
      ? await this.db.repository(ActionRecommendationEntity).findBy({
          partnershipId,
          recommendationId: In(recommendations.map((r) => r.id)),
        })
      : [];
    const actionIds = [...new Set(links.map((link) => link.actionId))];
    const actions = actionIds.length
      ? await this.db.repository(ActionEntity).findBy({ partnershipId, id: In(actionIds) })
      : [];
    const milestones = actionIds.length
      ? await this.db.repository(ActionMilestoneEntity).find({
          where: { partnershipId, actionId: In(actionIds) },
          order: { position: 'ASC' },
        })
      : [];
    const updates = actionIds.length
      ? await this.db.repository(ProgressUpdateEntity).findBy({ partnershipId, actionId: In(actionIds) })
      : [];
    const milestonesByAction = new Map<string, Milestone[]>();
    for (const m of milestones) {
      const list = milestonesByAction.get(m.actionId) ?? [];
      list.push({ description: m.description, dueOn: m.dueOn, done: m.done });
      milestonesByAction.set(m.actionId, list);
    }
    return {
      actions: new Map(actions.map((action) => [action.reference, action])),
      recommendations: new Map(recommendations.map((r) => [r.reference, r])),
      links: new Set(links.map((link) => `${link.actionId}:${link.recommendationId}`)),
      milestones: milestonesByAction,
      updates: new Set(
        updates.flatMap((u) => [
          updateKey(u.actionId, u.reportedOn, u.rag, u.narrative),
          undatedKey(u.actionId, u.rag, u.narrative),
        ]),
      ),
    };
  }

  private action(
    partnershipId: PartnershipId,
    row: ResolvedPlanRow,
    state: SourceState,
    counts: PlanImportCounts,
    pending: PendingWrites,
  ): ActionEntity {
    const leadAgencyId = row.leadAgencyId as string;
    const reference = (
      row.reference ?? fingerprintReference(actionFingerprint(row.description, leadAgencyId))
    ).slice(0, 30);
    const targetDate = targetOf(row);
    const fields = {
      reference,
      planSection: row.section ? row.section.slice(0, 200) : null,
      description: row.description,
      leadAgencyId,
      leadOfficerName: row.leadOfficerName,
      targetDate,
      targetToBeAgreed: targetDate === null,
    };
    const actions = this.db.repository(ActionEntity);
    const found = state.actions.get(reference);
    if (found && !differs(found, fields)) {
      counts.actionsUnchanged++;
      return found;
    }
    if (found) {
      const changed = Object.assign(found, fields, { version: found.version + 1 });
      pending.changeAction(changed);
      counts.actionsUpdated++;
      return changed;
    }
    const created = actions.create({
      ...fields,
      id: newId(),
      partnershipId,
      leadOfficerUserId: null,
      status: 'open',
      reportedRag: null,
      lastUpdateOn: null,
      completedOn: null,
      outcome: null,
      closedBy: null,
      closedAt: null,
      rejectionReason: null,
      version: 1,
    });
    pending.addAction(created);
    state.actions.set(reference, created);
    counts.actionsCreated++;
    return created;
  }

  /** The recommendation the row answers: one per row, in the source, with the action's reference. */
  private recommendation(
    partnershipId: PartnershipId,
    row: ResolvedPlanRow,
    action: ActionEntity,
    source: RecommendationSourceEntity,
    state: SourceState,
    counts: PlanImportCounts,
    pending: PendingWrites,
  ): RecommendationEntity {
    const recommendations = this.db.repository(RecommendationEntity);
    const text = row.recommendation || row.description;
    const targetDate = targetOf(row);
    // the scope only where the sheet gives one; a recommendation no longer national is no longer notified
    const scope: Partial<RecommendationEntity> =
      row.scope === undefined
        ? {}
        : {
            scope: row.scope,
            nationalRecipient: row.nationalRecipient ?? null,
            ...(row.scope !== 'national' && { nationalNotifiedOn: null }),
          };
    const fields: Partial<RecommendationEntity> = {
      text,
      leadAgencyId: action.leadAgencyId,
      targetDate,
      targetToBeAgreed: targetDate === null,
      ...scope,
    };
    const found = state.recommendations.get(action.reference);
    if (found) {
      if ((Object.keys(fields) as (keyof RecommendationEntity)[]).some((key) => found[key] !== fields[key])) {
        Object.assign(found, fields, { version: found.version + 1 });
        pending.changeRecommendation(found);
      }
      return found;
    }
    const created = recommendations.create({
      id: newId(),
      partnershipId,
      sourceId: source.id,
      reviewId: source.reviewId,
      reference: action.reference,
      level: 'single_agency',
      scope: 'local',
      nationalRecipient: null,
      nationalNotifiedOn: null,
      imrRequestId: null,
      themeIds: [],
      version: 1,
      ...fields,
    });
    pending.addRecommendation(created);
    state.recommendations.set(action.reference, created);
    counts.recommendationsCreated++;
    return created;
  }

  private milestones(
    partnershipId: PartnershipId,
    actionId: string,
    wanted: Milestone[],
    state: SourceState,
    pending: PendingWrites,
  ): void {
    const current = state.milestones.get(actionId) ?? [];
    const same =
      current.length === wanted.length &&
      current.every(
        (m, i) =>
          m.description === wanted[i]?.description &&
          m.dueOn === wanted[i]?.dueOn &&
          m.done === wanted[i]?.done,
      );
    if (same) return;
    pending.replaceMilestones(
      actionId,
      wanted.map((m, position) => ({ ...m, id: newId(), partnershipId, actionId, position, version: 1 })),
    );
    state.milestones.set(actionId, wanted);
  }

  /**
   * The row's progress, once: with the sheet's date (or the day of import) and rating (or none, where the sheet
   * gave none). It becomes the action's latest report when it is rated, dated by the sheet, and the newest.
   */
  private progressUpdate(
    partnershipId: PartnershipId,
    row: ResolvedPlanRow,
    action: ActionEntity,
    state: SourceState,
    counts: PlanImportCounts,
    today: string,
    pending: PendingWrites,
  ): void {
    if (row.progress === '') return;
    // undated progress is dated the day of import, and found again on a later day by its text and rating
    const key =
      row.updatedOn !== null
        ? updateKey(action.id, row.updatedOn, row.rag, row.progress)
        : undatedKey(action.id, row.rag, row.progress);
    if (state.updates.has(key)) return;
    const reportedOn = row.updatedOn ?? today;
    pending.addUpdate({
      id: newId(),
      partnershipId,
      actionId: action.id,
      reportedOn,
      rag: row.rag,
      narrative: row.progress,
      authorUserId: null,
      version: 1,
    });
    state.updates.add(updateKey(action.id, reportedOn, row.rag, row.progress));
    state.updates.add(undatedKey(action.id, row.rag, row.progress));
    counts.progressUpdatesAdded++;
    // the action's latest report moves only with a rated update the sheet dated
    if (
      row.rag !== null &&
      row.updatedOn !== null &&
      (!action.lastUpdateOn || action.lastUpdateOn <= row.updatedOn)
    ) {
      Object.assign(action, {
        reportedRag: row.rag,
        lastUpdateOn: row.updatedOn,
        version: action.version + 1,
      });
      pending.changeAction(action);
    }
  }
}

function targetOf(row: PlanImportRow): string | null {
  return row.target.kind === 'date' ? row.target.date : null;
}

function updateKey(actionId: string, reportedOn: string, rag: string | null, narrative: string): string {
  return JSON.stringify([actionId, reportedOn, rag, narrative]);
}

function undatedKey(actionId: string, rag: string | null, narrative: string): string {
  return JSON.stringify([actionId, 'undated', rag, narrative]);
}

function differs(action: ActionEntity, fields: Partial<ActionEntity>): boolean {
  return (Object.keys(fields) as (keyof ActionEntity)[]).some((key) => action[key] !== fields[key]);
}
