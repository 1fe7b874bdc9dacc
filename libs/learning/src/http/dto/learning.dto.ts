import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { OptionalDateField, OptionalTextField, PageQuery, TextField } from '@dhr/platform-http';
import { SOURCE_KINDS } from '../../domain/learning-records';
import { RECOMMENDATION_LEVELS, RECOMMENDATION_SCOPES } from '../../domain/recommendation';

/** Text a partial update may leave out; when given, trimmed and not empty. */
const PatchText = (maxLength: number) =>
  applyDecorators(
    ApiPropertyOptional({ maxLength }),
    IsOptional(),
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value)),
    IsString(),
    IsNotEmpty({ message: ({ property }) => `${property} must not be empty` }),
    MaxLength(maxLength),
  );

const OTHER_SOURCE_KINDS = SOURCE_KINDS.filter((kind) => kind !== 'review');

export class ThemeRequest {
  @TextField(100, 'Information sharing') name: string;
}

export class UpdateThemeRequest {
  @PatchText(100) name?: string;
  @ApiPropertyOptional({ description: 'false retires the theme from new links' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class ThemeResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() active: boolean;
  @ApiProperty() version: number;
}

export class ThemeList {
  @ApiProperty({ type: [ThemeResponse] }) items: ThemeResponse[];
}

class LessonLinks {
  @ApiPropertyOptional({ type: [Number], description: 'questions of the agreed terms of reference' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(1000, { each: true })
  questionNumbers?: number[];

  @ApiPropertyOptional({ type: [String], description: 'IMR requests of the review' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  imrRequestIds?: string[];

  @ApiPropertyOptional({ type: [String], description: 'themes of the partnership' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  themeIds?: string[];
}

export class LessonRequest extends LessonLinks {
  @TextField(20000) narrative: string;
  @TextField(5000) statement: string;
}

export class UpdateLessonRequest extends LessonLinks {
  @PatchText(20000) narrative?: string;
  @PatchText(5000) statement?: string;
}

export class LessonResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) reviewId: string;
  @ApiProperty({ description: '1..n in the order the lessons were added' }) number: number;
  @ApiProperty() narrative: string;
  @ApiProperty() statement: string;
  @ApiProperty({ type: [Number] }) questionNumbers: number[];
  @ApiProperty({ type: [String] }) imrRequestIds: string[];
  @ApiProperty({ type: [String] }) themeIds: string[];
  @ApiProperty() version: number;
}

export class LessonList {
  @ApiProperty({ type: [LessonResponse] }) items: LessonResponse[];
}

/** Rule 11 (lead agency, target date or "to be agreed") is checked by the service, naming every problem. */
class RecommendationFields {
  @OptionalTextField(200, 'Home Office') nationalRecipient?: string | null;
  @OptionalDateField() nationalNotifiedOn?: string | null;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  leadAgencyId?: string | null;
  @OptionalDateField() targetDate?: string | null;
  @ApiPropertyOptional({ description: 'the target date is explicitly "to be agreed"' })
  @IsOptional()
  @IsBoolean()
  targetToBeAgreed?: boolean;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'the IMR it came from' })
  @IsOptional()
  @IsUUID()
  imrRequestId?: string | null;
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  themeIds?: string[];
}

export class RecommendationRequest extends RecommendationFields {
  @TextField(30, '1') reference: string;
  @ApiProperty({ enum: RECOMMENDATION_LEVELS }) @IsIn(RECOMMENDATION_LEVELS) level: 'panel' | 'single_agency';
  @TextField(10000) text: string;
  @ApiProperty({ enum: RECOMMENDATION_SCOPES })
  @IsIn(RECOMMENDATION_SCOPES)
  scope: 'local' | 'regional' | 'national';
}

export class SourceRecommendationRequest extends RecommendationRequest {
  @ApiProperty({ format: 'uuid', description: 'a source other than a review' }) @IsUUID() sourceId: string;
}

export class UpdateRecommendationRequest extends RecommendationFields {
  @PatchText(30) reference?: string;
  @ApiPropertyOptional({ enum: RECOMMENDATION_LEVELS })
  @IsOptional()
  @IsIn(RECOMMENDATION_LEVELS)
  level?: 'panel' | 'single_agency';
  @PatchText(10000) text?: string;
  @ApiPropertyOptional({ enum: RECOMMENDATION_SCOPES })
  @IsOptional()
  @IsIn(RECOMMENDATION_SCOPES)
  scope?: 'local' | 'regional' | 'national';
}

export class LearningRecommendationResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) sourceId: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) reviewId: string | null;
  @ApiProperty() reference: string;
  @ApiProperty({ enum: RECOMMENDATION_LEVELS }) level: string;
  @ApiProperty() text: string;
  @ApiProperty({ enum: RECOMMENDATION_SCOPES }) scope: string;
  @ApiProperty({ type: String, nullable: true }) nationalRecipient: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) nationalNotifiedOn: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) leadAgencyId: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) targetDate: string | null;
  @ApiProperty() targetToBeAgreed: boolean;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) imrRequestId: string | null;
  @ApiProperty({ type: [String] }) themeIds: string[];
  @ApiProperty() version: number;
}

export class RecommendationList {
  @ApiProperty({ type: [LearningRecommendationResponse] }) items: LearningRecommendationResponse[];
}

/** `?sourceId=` (required) with `limit` and `cursor`: one source's recommendations, a page at a time. */
export class SourceRecommendationsQuery extends PageQuery {
  @ApiProperty({ format: 'uuid', description: 'the source (a review, scrutiny review, inspection...)' })
  @IsUUID()
  sourceId: string;
}

export class RecommendationPage {
  @ApiProperty({ type: [LearningRecommendationResponse] }) items: LearningRecommendationResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class ImrCopyResponse {
  @ApiProperty({ description: 'how many recommendations this run added (0 when nothing was new)' })
  createdCount: number;
  @ApiProperty({ type: [LearningRecommendationResponse], description: 'every recommendation of the review' })
  items: LearningRecommendationResponse[];
}

export class SourceRequest {
  @TextField(30, 'S') key: string;
  @TextField(300, 'Scrutiny review of domestic abuse services') name: string;
  @ApiProperty({ enum: OTHER_SOURCE_KINDS }) @IsIn(OTHER_SOURCE_KINDS) kind: Exclude<
    (typeof SOURCE_KINDS)[number],
    'review'
  >;
}

export class SourceResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() key: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: SOURCE_KINDS }) kind: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) reviewId: string | null;
  @ApiProperty() version: number;
}

export class SourceList {
  @ApiProperty({ type: [SourceResponse] }) items: SourceResponse[];
}
