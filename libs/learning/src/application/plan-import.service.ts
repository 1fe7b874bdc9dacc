import { Injectable } from '@nestjs/common';
import { AuditLog } from '@dhr/audit';
import { AgencyService } from '@dhr/partnerships';
import { PartnershipActor } from '@dhr/platform-auth';
import { Db } from '@dhr/platform-database';
import { InvalidInputError, todayIn } from '@dhr/platform-domain';
import { readPlanRows } from '../domain/plan-import';
import {
  ColumnMapping,
  IMPORT_COLUMNS,
  mappingProblems,
  suggestMapping,
} from '../domain/plan-import-columns';
import { sheetColumns, SheetColumn } from '../domain/sheet-headings';
import { aliasKey } from '../domain/plan-import-agencies';
import { resolveLeads } from '../domain/plan-import-leads';
import { PlanAgencyNameRepository } from '../persistence/plan-agency-name.repository';
import { RecommendationSourceEntity } from '../persistence/recommendation-source.entity';
import { LearningAccess } from './learning-access';
import {
  ImportProgress,
  PlanImportCounts,
  PlanImportWriter,
  ResolvedPlanRow,
} from '../persistence/plan-import-writer';
import { readPlanSheet } from './plan-sheet';

/** More action rows than this import as a background job, with progress, rather than while the page waits. */
export const LARGE_PLAN_ACTIONS = 250;

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
  /** The coordinator's choice of agency for lead-agency names the partnership does not know: name → agency id. */
  agencyAliases?: Record<string, string> | null;
}

export type PlanPreviewRow = ResolvedPlanRow;

export interface PlanPreview {
  suggestedMapping: ColumnMapping;
  mapping: ColumnMapping;
  /** The sheet's columns with their headings, to choose a mapping from. */
  columns: SheetColumn[];
  rows: PlanPreviewRow[];
  summary: { actions: number; continuations: number; sections: number; errors: number; warnings: number };
  /** Lead-agency names in the sheet that are no agency of the partnership, to choose an agency for. */
  unknownAgencies: string[];
  /** The sheet's lead-agency names given an agency, on this import or remembered from an earlier one. */
  agencyAliases: Record<string, string>;
  /** Whether the import runs as a background job (a large plan) rather than at once. */
  runsAsJob: boolean;
}

export interface PlanImportResult extends PlanPreview {
  counts: PlanImportCounts;
}

/**
 * Import of a partnership's action plan from a spreadsheet: a preview that writes nothing, and the import, which
 * writes everything in one transaction or nothing (PlanImportWriter says how a re-import finds its actions). A
 * large plan is imported by PlanImportJobs in the background, through `importChecked`.
 */
@Injectable()
export class PlanImportService {
  constructor(
    private readonly db: Db,
    private readonly access: LearningAccess,
    private readonly agencies: AgencyService,
    private readonly audit: AuditLog,
    private readonly writer: PlanImportWriter,
    private readonly agencyNames: PlanAgencyNameRepository,
  ) {}

  async preview(
    actor: PartnershipActor,
    upload: PlanUpload,
    options: PlanImportOptions,
  ): Promise<PlanPreview> {
    this.access.assertManager(actor);
    return this.analyse(actor, upload, options);
  }

  /** Imports a plan at once; a large one must go through PlanImportJobs instead. */
  import(actor: PartnershipActor, upload: PlanUpload, options: PlanImportOptions): Promise<PlanImportResult> {
    return this.db.transaction(async () => {
      this.access.assertManager(actor);
      const preview = await this.analyse(actor, upload, options);
      if (preview.runsAsJob) {
        throw new InvalidInputError([
          {
            field: 'file',
            message: `This plan has ${preview.summary.actions} actions, more than ${LARGE_PLAN_ACTIONS}: import it as a background job (POST /api/v1/action-plan/import-jobs)`,
          },
        ]);
      }
      return this.importChecked(actor, upload, preview, options);
    });
  }

  /** Analyses the plan and checks it can be imported, writing nothing: what a background import starts from. */
  async check(actor: PartnershipActor, upload: PlanUpload, options: PlanImportOptions): Promise<PlanPreview> {
    this.access.assertManager(actor);
    const preview = await this.analyse(actor, upload, options);
    assertNoErrors(preview);
    await this.source(actor, options);
    return preview;
  }

  /** Re-reads and writes the plan in the caller's transaction, telling `progress` as the rows are written. */
  async importChecked(
    actor: PartnershipActor,
    upload: PlanUpload,
    preview: PlanPreview | null,
    options: PlanImportOptions,
    progress?: ImportProgress,
  ): Promise<PlanImportResult> {
    const analysed = preview ?? (await this.analyse(actor, upload, options));
    assertNoErrors(analysed);
    const source = await this.source(actor, options);
    // the names the coordinator chose are remembered for the partnership's next import, as the sheet writes them
    const chosen = new Set(Object.keys(options.agencyAliases ?? {}).map(aliasKey));
    await this.agencyNames.remember(
      actor.partnershipId,
      Object.fromEntries(
        Object.entries(analysed.agencyAliases).filter(([name]) => chosen.has(aliasKey(name))),
      ),
    );
    const counts = await this.writer.write(
      actor.partnershipId,
      analysed.rows,
      source,
      todayIn(new Date()),
      progress,
    );
    await this.audit.record(actor, {
      action: 'action-plan.imported',
      entityType: 'action-plan',
      entityId: source.id,
      after: {
        filename: upload.filename,
        sourceId: source.id,
        ...counts,
        summary: analysed.summary,
        // the agency names chosen, which the partnership now remembers
        agencyAliases: options.agencyAliases ?? {},
      },
    });
    return { ...analysed, counts };
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
    // the names remembered from earlier imports, then the coordinator's choices on this one
    const names = await this.agencyNames.forPartnership(actor.partnershipId);
    for (const [name, id] of Object.entries(options.agencyAliases ?? {})) {
      if (!agencies.some((agency) => agency.id === id)) {
        throw new InvalidInputError([
          { field: 'agencyAliases', message: `${id} is not an agency of this partnership` },
        ]);
      }
      names.set(aliasKey(name), id);
    }
    // a remembered name of an agency no longer active is forgotten here: the name is unknown again
    for (const [key, id] of names) if (!agencies.some((agency) => agency.id === id)) names.delete(key);
    const leads = resolveLeads(
      readPlanRows(sheet, mapping).map((row) => ({
        ...row,
        description:
          row.planText ||
          row.recommendation ||
          row.milestones.filter((m) => !m.startsWith('Target as written')).join('\n'),
      })),
      agencies,
      defaultAgency,
      names,
    );
    const rows: PlanPreviewRow[] = leads.rows;
    const count = (kind: string) => rows.filter((row) => row.kind === kind).length;
    const actions = count('action');
    return {
      suggestedMapping,
      mapping,
      columns: sheetColumns(sheet),
      rows,
      unknownAgencies: leads.unknown,
      agencyAliases: leads.named,
      runsAsJob: actions > LARGE_PLAN_ACTIONS,
      summary: {
        actions,
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
}

function assertNoErrors(preview: PlanPreview): void {
  const errors = preview.rows.flatMap((row) => row.errors);
  if (errors.length > 0) throw new InvalidInputError(errors);
}
