import { Controller, HttpCode, Inject, Post, Req } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Actor, Allow, CurrentActor, inPartnership } from '@dhr/platform-auth';
import { APP_CONFIG, AppConfig } from '@dhr/platform-config';
import { DomainError, InvalidInputError } from '@dhr/platform-domain';
import {
  PlanImportOptions,
  PlanImportService,
  PlanPreview,
  PlanPreviewRow,
  PlanUpload,
} from '../application/plan-import.service';
import {
  PlanImportPreviewResponse,
  PlanImportResultResponse,
  PlanImportRowItem,
  PlanImportUploadForm,
} from './dto/plan-import.dto';

const FILE_FIELD = 'file';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

/** The coordinator's import of an action plan kept in a spreadsheet: preview first, then import. */
@ApiTags('learning')
@Controller('api/v1/action-plan/imports')
export class PlanImportController {
  constructor(
    private readonly imports: PlanImportService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('preview')
  @HttpCode(200)
  @Allow('learning.manage')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: PlanImportUploadForm })
  @ApiOkResponse({ type: PlanImportPreviewResponse })
  async previewActionPlanImport(
    @CurrentActor() actor: Actor,
    @Req() request: FastifyRequest,
  ): Promise<PlanImportPreviewResponse> {
    const { upload, options } = await receive(request, this.config.documents.maxBytes);
    return toPreviewResponse(await this.imports.preview(inPartnership(actor), upload, options));
  }

  @Post()
  @Allow('learning.manage')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: PlanImportUploadForm })
  @ApiCreatedResponse({ type: PlanImportResultResponse })
  async importActionPlan(
    @CurrentActor() actor: Actor,
    @Req() request: FastifyRequest,
  ): Promise<PlanImportResultResponse> {
    const { upload, options } = await receive(request, this.config.documents.maxBytes);
    const result = await this.imports.import(inPartnership(actor), upload, options);
    return { ...toPreviewResponse(result), counts: result.counts };
  }
}

function toPreviewResponse(preview: PlanPreview): PlanImportPreviewResponse {
  return {
    suggestedMapping: preview.suggestedMapping as Record<string, number>,
    mapping: preview.mapping as Record<string, number>,
    rows: preview.rows.map(toRowItem),
    summary: preview.summary,
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
    continues: row.continues,
    errors: row.errors,
    warnings: row.warnings,
  };
}

/** The file (field `file`) and the optional fields of the multipart form, in any order. */
async function receive(
  request: FastifyRequest,
  maxBytes: number,
): Promise<{ upload: PlanUpload; options: PlanImportOptions }> {
  if (!request.isMultipart()) {
    throw new InvalidInputError([{ field: FILE_FIELD, message: 'Send the file as multipart/form-data' }]);
  }
  let upload: PlanUpload | null = null;
  const fields: Record<string, string> = {};
  for await (const part of request.parts({ limits: { fileSize: maxBytes } })) {
    if (part.type === 'file') {
      const chunks: Buffer[] = [];
      for await (const chunk of part.file) chunks.push(chunk as Buffer);
      if (part.file.truncated) {
        throw new DomainError(
          'too_large',
          'too_large',
          'The file is larger than the most that can be uploaded.',
        );
      }
      if (part.fieldname === FILE_FIELD) upload = { filename: part.filename, content: Buffer.concat(chunks) };
    } else if (typeof part.value === 'string') {
      fields[part.fieldname] = part.value;
    }
  }
  if (!upload) throw new InvalidInputError([{ field: FILE_FIELD, message: 'Choose a file to upload' }]);
  const problems: { field: string; message: string }[] = [];
  let mapping: Record<string, unknown> | null = null;
  if (fields['mapping']?.trim()) {
    try {
      const parsed: unknown = JSON.parse(fields['mapping']);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        throw new Error('not an object');
      mapping = parsed as Record<string, unknown>;
    } catch {
      problems.push({
        field: 'mapping',
        message: 'Give the mapping as a JSON object: {"reference": 1, ...}',
      });
    }
  }
  for (const field of ['reviewId', 'defaultLeadAgencyId']) {
    if (fields[field] && !UUID.test(fields[field])) problems.push({ field, message: 'Give an id (a UUID)' });
  }
  if (problems.length > 0) throw new InvalidInputError(problems);
  return {
    upload,
    options: {
      mapping,
      sourceKey: fields['sourceKey']?.trim() || null,
      reviewId: fields['reviewId'] || null,
      defaultLeadAgencyId: fields['defaultLeadAgencyId'] || null,
    },
  };
}
