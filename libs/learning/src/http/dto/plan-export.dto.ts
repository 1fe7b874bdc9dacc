import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { IsCalendarDate } from '@dhr/platform-http';
import { ACTION_STATUSES, ActionStatus } from '../../domain/action-status';
import { RAG_RATINGS, RagRating } from '../../domain/rag';
import { PLAN_EXPORT_FORMATS, PlanExportFormat } from '../../application/plan-export';

/** The filters of GET /api/v1/actions (without paging) and the file format. */
export class PlanExportQuery {
  @ApiProperty({ enum: PLAN_EXPORT_FORMATS }) @IsIn(PLAN_EXPORT_FORMATS) format: PlanExportFormat;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() agencyId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() reviewId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() leadOfficerUserId?: string;
  @ApiPropertyOptional({ enum: RAG_RATINGS }) @IsOptional() @IsIn(RAG_RATINGS) rag?: RagRating;
  @ApiPropertyOptional({ enum: ACTION_STATUSES }) @IsOptional() @IsIn(ACTION_STATUSES) status?: ActionStatus;
  @ApiPropertyOptional({ type: String, format: 'date' }) @IsOptional() @IsCalendarDate() dueFrom?: string;
  @ApiPropertyOptional({ type: String, format: 'date' }) @IsOptional() @IsCalendarDate() dueTo?: string;
}
