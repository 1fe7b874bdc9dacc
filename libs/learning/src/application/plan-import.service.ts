import { Injectable } from '@nestjs/common';
import { AuditLog } from '@dhr/audit';
import { AgencyService } from '@dhr/partnerships';
import { PartnershipActor } from '@dhr/platform-auth';
import { Db, newId } from '@dhr/platform-database';
import { InvalidInputError } from '@dhr/platform-domain';
import { milestonesOf, PlanImportRow, readPlanRows } from '../domain/plan-import';
import {
  ColumnMapping,
  IMPORT_COLUMNS,
  mappingProblems,
  suggestMapping,
} from '../domain/plan-import-columns';
import { actionFingerprint, fingerprintReference, resolveLeadAgency } from '../domain/plan-import-agencies';
import { ActionMilestoneEntity } from '../persistence/action-milestone.entity';
import { ActionRecommendationEntity } from '../persistence/action-recommendation.entity';
import { ActionEntity } from '../persistence/action.entity';
import { ProgressUpdateEntity } from '../persistence/progress-update.entity';
import { RecommendationSourceEntity } from '../persistence/recommendation-source.entity';
import { RecommendationEntity } from '../persistence/recommendation.entity';
import { LearningAccess } from './learning-access';
import { readPlanSheet } from './plan-sheet';

export interface PlanUpload {
  filename: string;
  content: Buffer;
}

export interface PlanImportOptions {
  /** A person's mapping (field → 1-based column) replacing the suggested one. */
  mapping?: Record<string, unknown> | null;
  sourceKey?: string | null;
  reviewId?: string | null;
  /** The lead agency of rows whose lead-agency cell is empty. */
  defaultLeadAgencyId?: string | null;
}

export interface PlanPreviewRow extends PlanImportRow {
  leadAgencyId: string | null;
  leadOfficerName: string | null;
  description: string;
}

export interface PlanPreview {
  suggestedMapping: ColumnMapping;
  mapping: ColumnMapping;
  rows: PlanPreviewRow[];
  summary: { actions: number; continuations: number; sections: number; errors: number; warnings: number };
}

export interface PlanImportResult extends PlanPreview {
  counts: {
    actionsCreated: number;
    actionsUpdated: number;
    actionsUnchanged: number;
    recommendationsCreated: number;
    progressUpdatesAdded: number;
  };
}

/**
 * Import of a partnership's action plan from a spreadsheet: a preview that writes nothing, and the import, which
 * writes everything in one transaction or nothing. Re-importing the same sheet finds the same actions (by
 * reference, or by the fingerprint of plan text and lead agency) and changes nothing.
 */
@Injectable()
export class PlanImportService {
  constructor(
    private readonly db: Db,
    private readonly access: LearningAccess,
    private readonly agencies: AgencyService,
    private readonly audit: AuditLog,
  ) {}

  async preview(
    actor: PartnershipActor,
    upload: PlanUpload,
    options: PlanImportOptions,
  ): Promise<PlanPreview> {
    this.access.assertManager(actor);
    return this.analyse(actor, upload, options);
  }

  import(actor: PartnershipActor, upload: PlanUpload, options: PlanImportOptions): Promise<PlanImportResult> {
    return this.db.transaction(async () => {
      this.access.assertManager(actor);
      const preview = await this.analyse(actor, upload, options);
      const errors = preview.rows.flatMap((row) => row.errors);
      if (errors.length > 0) throw new InvalidInputError(errors);
      const source = await this.source(actor, options);
      const counts = await this.write(actor, preview.rows, source);
      await this.audit.record(actor, {
        action: 'action-plan.imported',
        entityType: 'action-plan',
        entityId: source.id,
        after: { filename: upload.filename, sourceId: source.id, ...counts, summary: preview.summary },
      });
      return { ...preview, counts };
    });
  }

  private async analyse(
    actor: PartnershipActor,
    upload: PlanUpload,
    options: PlanImportOptions,
  ): Promise<PlanPreview> {
    const sheet = await readPlanSheet(upload.filename, upload.content);
    const suggestedMapping = suggestMapping(sheet);
    let mapping = suggestedMapping;
    if (options.mapping) {
      const problems = mappingProblems(options.mapping);
      if (problems.length > 0) throw new InvalidInputError(problems);
      mapping = Object.fromEntries(
        Object.entries(options.mapping).filter(([, value]) => typeof value === 'number'),
      ) as ColumnMapping;
    } else if (mapping.planText === undefined && mapping.recommendation === undefined) {
      throw new InvalidInputError([
        {
          field: 'mapping',
          message: `No header row names the plan text: give a mapping of ${IMPORT_COLUMNS.join(', ')} to column numbers`,
        },
      ]);
    }
    const agencies = await this.agencies.list(actor);
    const defaultAgency = options.defaultLeadAgencyId ?? null;
    if (defaultAgency && !agencies.some((agency) => agency.id === defaultAgency)) {
      throw new InvalidInputError([
        { field: 'defaultLeadAgencyId', message: 'Choose an agency of this partnership' },
      ]);
    }
    const rows: PlanPreviewRow[] = readPlanRows(sheet, mapping).map((row) => {
      const description =
        row.planText ||
        row.recommendation ||
        row.milestones.filter((m) => !m.startsWith('Target as written')).join('\n');
      const previewRow: PlanPreviewRow = { ...row, leadAgencyId: null, leadOfficerName: null, description };
      if (row.kind !== 'action') return previewRow;
      const lead = resolveLeadAgency(row, agencies, defaultAgency);
      if (lead.kind === 'error') {
        previewRow.errors = [
          ...row.errors,
          { field: `rows.${row.rowNumber}.leadAgency`, message: lead.message },
        ];
      } else {
        previewRow.leadAgencyId = lead.agencyId;
        previewRow.leadOfficerName = lead.officer ? lead.officer.slice(0, 200) : null;
        if (lead.warning) {
          previewRow.warnings = [
            ...row.warnings,
            { field: `rows.${row.rowNumber}.leadAgency`, message: lead.warning },
          ];
        }
      }
      return previewRow;
    });
    const count = (kind: string) => rows.filter((row) => row.kind === kind).length;
    return {
      suggestedMapping,
      mapping,
      rows,
      summary: {
        actions: count('action'),
        continuations: count('continuation'),
        sections: count('section'),
        errors: rows.reduce((sum, row) => sum + row.errors.length, 0),
        warnings: rows.reduce((sum, row) => sum + row.warnings.length, 0),
      },
    };
  }

  private async source(
    actor: PartnershipActor,
    options: PlanImportOptions,
  ): Promise<RecommendationSourceEntity> {
    const repository = this.db.repository(RecommendationSourceEntity);
    if (options.reviewId) {
      await this.access.review(actor, options.reviewId, true);
      const found = await repository.findOneBy({
        partnershipId: actor.partnershipId,
        reviewId: options.reviewId,
      });
      if (!found) {
        throw new InvalidInputError([
          {
            field: 'reviewId',
            message: 'Record a recommendation of the review first, so that it is a source',
          },
        ]);
      }
      return found;
    }
    if (!options.sourceKey) {
      throw new InvalidInputError([
        {
          field: 'sourceKey',
          message: 'Say which source the recommendations come from (its key), or the review',
        },
      ]);
    }
    const found = await repository.findOneBy({ partnershipId: actor.partnershipId, key: options.sourceKey });
    if (!found) {
      throw new InvalidInputError([
        {
          field: 'sourceKey',
          message: `No recommendation source has the key "${options.sourceKey}": add it first`,
        },
      ]);
    }
    return found;
  }

  private async write(
    actor: PartnershipActor,
    rows: PlanPreviewRow[],
    source: RecommendationSourceEntity,
  ): Promise<PlanImportResult['counts']> {
    const partnershipId = actor.partnershipId;
    const actions = this.db.repository(ActionEntity);
    const recommendations = this.db.repository(RecommendationEntity);
    const milestones = this.db.repository(ActionMilestoneEntity);
    const links = this.db.repository(ActionRecommendationEntity);
    const updates = this.db.repository(ProgressUpdateEntity);
    const existing = await actions.findBy({ partnershipId });
    const byReference = new Map(existing.map((action) => [action.reference, action]));
    const existingRecommendations = await recommendations.findBy({ partnershipId, sourceId: source.id });
    const recommendationByReference = new Map(existingRecommendations.map((r) => [r.reference, r]));
    const counts = {
      actionsCreated: 0,
      actionsUpdated: 0,
      actionsUnchanged: 0,
      recommendationsCreated: 0,
      progressUpdatesAdded: 0,
    };

    for (const row of rows) {
      if (row.kind !== 'action' || !row.leadAgencyId) continue;
      const fingerprint = actionFingerprint(row.description, row.leadAgencyId);
      const reference = (row.reference ?? fingerprintReference(fingerprint)).slice(0, 30);
      const targetDate = row.target.kind === 'date' ? row.target.date : null;
      const fields = {
        reference,
        planSection: row.section ? row.section.slice(0, 200) : null,
        description: row.description,
        leadAgencyId: row.leadAgencyId,
        leadOfficerName: row.leadOfficerName,
        targetDate,
        targetToBeAgreed: targetDate === null,
      };
      let action = byReference.get(reference);
      if (!action) {
        const id = newId();
        await actions.insert({
          ...fields,
          id,
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
        action = (await actions.findOneByOrFail({ partnershipId, id })) as ActionEntity;
        byReference.set(reference, action);
        counts.actionsCreated++;
      } else if (differs(action, fields)) {
        await actions.update({ partnershipId, id: action.id }, { ...fields, version: action.version + 1 });
        counts.actionsUpdated++;
      } else {
        counts.actionsUnchanged++;
      }
      const actionId = action.id;

      // the recommendation the row answers: one per row, in the chosen source
      const text = row.recommendation || row.description;
      let recommendation = recommendationByReference.get(reference);
      if (!recommendation) {
        const id = newId();
        await recommendations.insert({
          id,
          partnershipId,
          sourceId: source.id,
          reviewId: source.reviewId,
          reference,
          level: 'single_agency',
          text,
          scope: 'local',
          nationalRecipient: null,
          nationalNotifiedOn: null,
          leadAgencyId: row.leadAgencyId,
          targetDate,
          targetToBeAgreed: targetDate === null,
          imrRequestId: null,
          themeIds: [],
          version: 1,
        });
        recommendation = (await recommendations.findOneByOrFail({
          partnershipId,
          id,
        })) as RecommendationEntity;
        recommendationByReference.set(reference, recommendation);
        counts.recommendationsCreated++;
      } else if (
        recommendation.text !== text ||
        recommendation.leadAgencyId !== row.leadAgencyId ||
        recommendation.targetDate !== targetDate
      ) {
        await recommendations.update(
          { partnershipId, id: recommendation.id },
          {
            text,
            leadAgencyId: row.leadAgencyId,
            targetDate,
            targetToBeAgreed: targetDate === null,
            version: recommendation.version + 1,
          },
        );
      }
      if (!(await links.findOneBy({ partnershipId, actionId, recommendationId: recommendation.id }))) {
        await links.insert({ partnershipId, actionId, recommendationId: recommendation.id });
      }

      // milestones: replaced only when they differ
      const wanted = milestonesOf(row);
      const current = await milestones.find({
        where: { partnershipId, actionId },
        order: { position: 'ASC' },
      });
      const same =
        current.length === wanted.length &&
        current.every(
          (m, i) =>
            m.description === wanted[i]?.description &&
            m.dueOn === wanted[i]?.dueOn &&
            m.done === wanted[i]?.done,
        );
      if (!same) {
        await milestones.delete({ partnershipId, actionId });
        if (wanted.length > 0) {
          await milestones.insert(
            wanted.map((m, position) => ({
              ...m,
              id: newId(),
              partnershipId,
              actionId,
              position,
              version: 1,
            })),
          );
        }
      }

      // the row's progress, once
      if (row.progress !== '' && row.rag !== null && row.updatedOn !== null) {
        const already = await updates.findOneBy({
          partnershipId,
          actionId,
          reportedOn: row.updatedOn,
          rag: row.rag,
          narrative: row.progress,
        });
        if (!already) {
          await updates.insert({
            id: newId(),
            partnershipId,
            actionId,
            reportedOn: row.updatedOn,
            rag: row.rag,
            narrative: row.progress,
            authorUserId: null,
            version: 1,
          });
          counts.progressUpdatesAdded++;
          const latest = await actions.findOneByOrFail({ partnershipId, id: actionId });
          if (!latest.lastUpdateOn || latest.lastUpdateOn <= row.updatedOn) {
            await actions.update(
              { partnershipId, id: actionId },
              { reportedRag: row.rag, lastUpdateOn: row.updatedOn, version: latest.version + 1 },
            );
          }
        }
      }
    }
    return counts;
  }
}

function differs(action: ActionEntity, fields: Partial<ActionEntity>): boolean {
  return (Object.keys(fields) as (keyof ActionEntity)[]).some((key) => action[key] !== fields[key]);
}
