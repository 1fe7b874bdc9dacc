import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import {
  DateField,
  IsCalendarDate,
  OptionalDateField,
  OptionalTextField,
  PageQuery,
  TextField,
} from '@dhr/platform-http';
import { ACTION_STATUSES, ActionStatus } from '../../domain/action-status';
import { RAG_RATINGS, RagRating } from '../../domain/rag';
import { PLAN_SORTS, PlanSort } from '../../domain/plan-sort';

export class MilestoneRequest {
  @TextField(2000) description: string;
  @OptionalDateField() dueOn?: string | null;
  @ApiProperty() @IsBoolean() done: boolean;
}

export class ActionRequest {
  @TextField(30, '1.8') reference: string;
  @OptionalTextField(200, 'Protect') planSection?: string | null;
  @TextField(10000) description: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID() leadAgencyId: string;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  leadOfficerUserId?: string | null;
  @OptionalTextField(200, 'Head of Safeguarding') leadOfficerName?: string | null;
  @OptionalDateField() targetDate?: string | null;
  @ApiPropertyOptional({ description: 'the target date is to be agreed (shown as such, never as overdue)' })
  @IsOptional()
  @IsBoolean()
  targetToBeAgreed?: boolean;

  @ApiProperty({ type: [String], description: 'the recommendations this action answers' })
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  recommendationIds: string[];

  @ApiProperty({ type: [MilestoneRequest] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => MilestoneRequest)
  milestones: MilestoneRequest[];
}

export class ProgressRequest {
  @DateField() reportedOn: string;
  @ApiProperty({ enum: RAG_RATINGS }) @IsIn(RAG_RATINGS) rag: RagRating;
  @TextField(10000) narrative: string;
  @ApiPropertyOptional({ type: [String], description: 'milestones done now, by id' })
  @IsOptional()
  @IsArray()
  @IsUUID('all', { each: true })
  milestonesDone?: string[];
}

export class CompletionRequest {
  @DateField() completedOn: string;
  @TextField(10000) outcome: string;
}

export class RejectionRequest {
  @TextField(5000) reason: string;
}

export class PlanQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() agencyId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() reviewId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() leadOfficerUserId?: string;
  @ApiPropertyOptional({ enum: RAG_RATINGS }) @IsOptional() @IsIn(RAG_RATINGS) rag?: RagRating;
  @ApiPropertyOptional({ enum: ACTION_STATUSES }) @IsOptional() @IsIn(ACTION_STATUSES) status?: ActionStatus;
  @ApiPropertyOptional({ type: String, format: 'date' }) @IsOptional() @IsCalendarDate() dueFrom?: string;
  @ApiPropertyOptional({ type: String, format: 'date' }) @IsOptional() @IsCalendarDate() dueTo?: string;
  @ApiPropertyOptional({ description: 'Part of the lead officer’s name', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  leadOfficer?: string;
  @ApiPropertyOptional({
    enum: PLAN_SORTS,
    description:
      'plan: by section, then reference (the default); target: soonest first; rag: Red first; updated: never updated, then oldest update, first',
  })
  @IsOptional()
  @IsIn(PLAN_SORTS)
  sort?: PlanSort;
}

export class RagResponse {
  @ApiProperty({ enum: RAG_RATINGS }) rating: string;
  @ApiProperty() label: string;
  @ApiProperty({
    enum: ['overdue', 'reported', 'signed_off', 'not_yet_rated', 'completion_awaiting_sign_off'],
  })
  reason: string;
}

export class MilestoneResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() description: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) dueOn: string | null;
  @ApiProperty() done: boolean;
}

export class ProgressUpdateResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date' }) reportedOn: string;
  @ApiProperty({
    enum: RAG_RATINGS,
    nullable: true,
    type: String,
    description: 'null only for progress imported from a spreadsheet that gave no rating',
  })
  rag: string | null;
  @ApiProperty() narrative: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) authorUserId: string | null;
  @ApiProperty({ format: 'date-time' }) recordedAt: string;
}

export class ActionSummaryResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() reference: string;
  @ApiProperty({ type: String, nullable: true }) planSection: string | null;
  @ApiProperty() description: string;
  @ApiProperty({ format: 'uuid' }) leadAgencyId: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) leadOfficerUserId: string | null;
  @ApiProperty({ type: String, nullable: true }) leadOfficerName: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Who leads it, as a person reads it: the name written, or the assigned account’s name',
  })
  leadOfficer: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) targetDate: string | null;
  @ApiProperty() targetToBeAgreed: boolean;
  @ApiProperty({ enum: ACTION_STATUSES }) status: string;
  @ApiProperty({ type: RagResponse }) rag: RagResponse;
  @ApiProperty({ type: String, format: 'date', nullable: true }) lastUpdateOn: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) completedOn: string | null;
  @ApiProperty({ type: String, nullable: true }) outcome: string | null;
  @ApiProperty({ type: String, nullable: true }) rejectionReason: string | null;
  @ApiProperty() version: number;
}

export class ActionPage {
  @ApiProperty({ type: [ActionSummaryResponse] }) items: ActionSummaryResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class ActionRecommendationResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() reference: string;
  @ApiProperty() text: string;
}

export class ActionResponse extends ActionSummaryResponse {
  @ApiProperty({ enum: ['read', 'update', 'manage'], isArray: true }) capabilities: string[];
  @ApiProperty({ type: [ActionRecommendationResponse] }) recommendations: ActionRecommendationResponse[];
  @ApiProperty({ type: [MilestoneResponse] }) milestones: MilestoneResponse[];
  @ApiProperty({ type: [ProgressUpdateResponse], description: 'newest first; never overwritten' })
  updates: ProgressUpdateResponse[];
}
