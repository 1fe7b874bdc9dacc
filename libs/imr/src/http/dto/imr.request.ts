import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { DateField, IsCalendarDate, OptionalTextField, TextField } from '@dhr/platform-http';
import { REQUEST_KINDS, RequestKind } from '../../domain/imr-request';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class ScopeAgencyRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() agencyId: string;
  @ApiProperty({ enum: REQUEST_KINDS }) @IsIn(REQUEST_KINDS) kind: RequestKind;
  @DateField() dueOn: string;
  @ApiProperty({ format: 'uuid', description: 'an IMR author of the agency' }) @IsUUID() authorUserId: string;
  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'a lead officer of the agency; required for a full IMR',
  })
  @IsOptional()
  @IsUUID()
  seniorManagerUserId?: string | null;
}

export class UpdateScopeRequest {
  @ApiPropertyOptional({ enum: REQUEST_KINDS }) @IsOptional() @IsIn(REQUEST_KINDS) kind?: RequestKind;
  @ApiPropertyOptional({ type: String, format: 'date' }) @IsOptional() @IsCalendarDate() dueOn?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() authorUserId?: string;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  seniorManagerUserId?: string | null;
}

export class AnswerRequest {
  @ApiProperty({ maxLength: 50000 })
  @Transform(trim)
  @IsString()
  @MaxLength(50000)
  answer: string;
}

export class FindingsRequest {
  @ApiProperty({ type: [String], maxItems: 100 })
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @IsNotEmpty({ each: true, message: 'items must not contain an empty entry' })
  @MaxLength(10000, { each: true })
  items: string[];
}

export class RecommendationItem {
  @TextField(5000) recommendation: string;
  @TextField(200, 'Safeguarding Adults Lead') lead: string;
  @TextField(5000) action: string;
  @OptionalTextField(2000) keyMilestone?: string | null;
  @DateField() targetDate: string;
}

export class RecommendationsRequest {
  @ApiProperty({ type: [RecommendationItem], maxItems: 100 })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => RecommendationItem)
  items: RecommendationItem[];
}

export class StatementRequest {
  @TextField(5000, 'I have had no involvement with the people or the services in this review.')
  statement: string;
}

export class CommentRequest {
  @TextField(5000) comment: string;
}

export class ChairCommentItem {
  @ApiProperty({ example: 'question-3', maxLength: 40 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  section: string;

  @TextField(5000) comment: string;
}

export class ReturnRequest {
  @ApiProperty({ type: [ChairCommentItem] })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ChairCommentItem)
  comments: ChairCommentItem[];
}
