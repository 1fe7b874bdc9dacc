import {
  Controller,
  Get,
  Header,
  HttpCode,
  Inject,
  Param,
  ParseUUIDPipe,
  Post,
  Req,
  Res,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Actor, Allow, CurrentActor, inPartnership } from '@dhr/platform-auth';
import { APP_CONFIG, AppConfig } from '@dhr/platform-config';
import { PlanImportJobs } from '../application/plan-import-jobs';
import { PlanImportService, PlanPreview, PlanPreviewRow } from '../application/plan-import.service';
import { PlanImportJob } from '../persistence/plan-import-job.repository';
import {
  PlanImportJobResponse,
  PlanImportPreviewResponse,
  PlanImportResultResponse,
  PlanImportRowItem,
  PlanImportUploadForm,
} from './dto/plan-import.dto';
import { receivePlanUpload } from './plan-upload';

/**
 * The coordinator's import of an action plan kept in a spreadsheet: preview first, then import, at once for a
 * plan of ordinary size or as a background job, with progress, for a large one.
 */
@ApiTags('learning')
@Controller('api/v1/action-plan')
export class PlanImportController {
  constructor(
    private readonly imports: PlanImportService,
    private readonly jobs: PlanImportJobs,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('imports/preview')
  @HttpCode(200)
  @Allow('learning.manage')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: PlanImportUploadForm })
  @ApiOkResponse({ type: PlanImportPreviewResponse })
  async previewActionPlanImport(
    @CurrentActor() actor: Actor,
    @Req() request: FastifyRequest,
  ): Promise<PlanImportPreviewResponse> {
    const { upload, options } = await receivePlanUpload(request, this.config.documents.maxBytes);
    return toPreviewResponse(await this.imports.preview(inPartnership(actor), upload, options));
  }

  @Post('imports')
  @Allow('learning.manage')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: PlanImportUploadForm })
  @ApiCreatedResponse({ type: PlanImportResultResponse })
  async importActionPlan(
    @CurrentActor() actor: Actor,
    @Req() request: FastifyRequest,
  ): Promise<PlanImportResultResponse> {
    const { upload, options } = await receivePlanUpload(request, this.config.documents.maxBytes);
    const result = await this.imports.import(inPartnership(actor), upload, options);
    return { ...toPreviewResponse(result), counts: result.counts };
  }

  @Post('import-jobs')
  @HttpCode(202)
  @Allow('learning.manage')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: PlanImportUploadForm })
  @ApiAcceptedResponse({ type: PlanImportJobResponse, description: 'Queued; follow Location for progress' })
  async startActionPlanImportJob(
    @CurrentActor() actor: Actor,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PlanImportJobResponse> {
    const { upload, options } = await receivePlanUpload(request, this.config.documents.maxBytes);
    const job = await this.jobs.request(inPartnership(actor), upload, options);
    void reply.header('location', `/api/v1/action-plan/import-jobs/${job.id}`);
    return toJobResponse(job);
  }

  @Get('import-jobs/:jobId')
  @Allow('learning.manage')
  @Header('cache-control', 'no-store')
  @ApiOkResponse({ type: PlanImportJobResponse })
  async getActionPlanImportJob(
    @CurrentActor() actor: Actor,
    @Param('jobId', ParseUUIDPipe) jobId: string,
  ): Promise<PlanImportJobResponse> {
    return toJobResponse(await this.jobs.find(inPartnership(actor), jobId));
  }
}

function toJobResponse(job: PlanImportJob): PlanImportJobResponse {
  return {
    id: job.id,
    status: job.status,
    filename: job.filename,
    rowsTotal: job.rowsTotal,
    rowsDone: job.rowsDone,
    progress:
      job.rowsTotal === 0
        ? job.status === 'done'
          ? 100
          : 0
        : Math.floor((100 * job.rowsDone) / job.rowsTotal),
    counts: job.counts as PlanImportJobResponse['counts'],
    problems: job.problems ?? [],
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}

function toPreviewResponse(preview: PlanPreview): PlanImportPreviewResponse {
  return {
    suggestedMapping: preview.suggestedMapping as Record<string, number>,
    mapping: preview.mapping as Record<string, number>,
    columns: preview.columns,
    rows: preview.rows.map(toRowItem),
    summary: preview.summary,
    unknownAgencies: preview.unknownAgencies,
    agencyAliases: preview.agencyAliases,
    runsAsJob: preview.runsAsJob,
  };
}

function toRowItem(row: PlanPreviewRow): PlanImportRowItem {
  return {
    rowNumber: row.rowNumber,
    kind: row.kind,
    reference: row.reference,
    sourceKeys: row.sourceKeys,
    section: row.section,
    description: row.description,
    recommendation: row.recommendation,
    leadAgency: row.leadAgency,
    leadAgencyId: row.leadAgencyId,
    leadOfficerName: row.leadOfficerName,
    targetText: row.targetText,
    targetDate: row.target.kind === 'date' ? row.target.date : null,
    targetToBeAgreed: row.kind === 'action' && row.target.kind !== 'date',
    milestones: row.milestones,
    progress: row.progress,
    rag: row.rag,
    updatedOn: row.updatedOn,
    decision: row.decision || null,
    scope: row.scope ?? null,
    nationalRecipient: row.nationalRecipient ?? null,
    sharesRecommendationOf: row.sharesRecommendationOf ?? null,
    continues: row.continues,
    errors: row.errors,
    warnings: row.warnings,
  };
}
