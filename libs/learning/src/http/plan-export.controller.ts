import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Actor, Allow, CurrentActor, inPartnership } from '@dhr/platform-auth';
import { AgencyId, UserId } from '@dhr/platform-domain';
import { PLAN_EXPORT_COLUMNS, PlanExport } from '../application/plan-export';
import { PlanExportQuery } from './dto/plan-export.dto';

/** The action plan as a file, laid out as partnerships' own plans are. */
@ApiTags('learning')
@Controller('api/v1/action-plan')
export class PlanExportController {
  constructor(private readonly planExport: PlanExport) {}

  @Get('export')
  @Allow('learning.read')
  @ApiOperation({
    summary: 'The action plan as XLSX, CSV or a DOCX table (landscape)',
    description:
      `Columns: ${PLAN_EXPORT_COLUMNS.join(', ')}; in reference order, with the filters of GET /api/v1/actions. ` +
      'A lead officer exports only their agency’s actions. Text that a spreadsheet would run as a formula ' +
      '(starting =, +, -, @, tab or carriage return) gets a leading apostrophe in CSV; in XLSX every cell is a ' +
      'string, never a formula. Each export is audited.',
  })
  @ApiProduces(
    'text/csv',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  )
  @ApiOkResponse({ description: 'The file, as an attachment', schema: { type: 'string', format: 'binary' } })
  async exportActionPlan(
    @CurrentActor() actor: Actor,
    @Query() query: PlanExportQuery,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { format, ...filter } = query;
    const file = await this.planExport.export(
      inPartnership(actor),
      {
        ...filter,
        agencyId: filter.agencyId as AgencyId | undefined,
        leadOfficerUserId: filter.leadOfficerUserId as UserId | undefined,
      },
      format,
    );
    await reply
      .header('content-type', file.contentType)
      .header('content-length', file.content.length)
      .header('content-disposition', `attachment; filename="${file.filename}"`)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store')
      .send(file.content);
  }
}
