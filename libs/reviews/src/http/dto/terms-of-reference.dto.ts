import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateBy,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  ApproximateDate,
  approximateDateProblems,
  DATE_PRECISIONS,
  DATE_QUALIFIERS,
  DatePrecision,
  DateQualifier,
  Season,
  SEASONS,
} from '@dhr/platform-domain';
import { OptionalTextField } from '@dhr/platform-http';
import { TOR_STATUSES } from '../../domain/terms-of-reference';

/** Sent, it must be valid; null is refused (only absent leaves it unchanged). */
const IfSent = () => ValidateIf((_: object, value: unknown) => value !== undefined);
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimEach = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((item) => (typeof item === 'string' ? item.trim() : item)) : value;

/** A date as the report gives it: "spring 2007" is {precision: 'season', year: 2007, season: 'spring'}. */
export class ApproximateDateDto implements ApproximateDate {
  @ApiProperty({ enum: DATE_PRECISIONS }) @IsIn(DATE_PRECISIONS) precision: DatePrecision;
  @ApiProperty({ example: 2007 }) @IsInt() year: number;
  @ApiPropertyOptional({ minimum: 1, maximum: 12, description: 'for day and month precision' })
  @IsOptional()
  @IsInt()
  month?: number;
  @ApiPropertyOptional({ minimum: 1, maximum: 31, description: 'for day precision' })
  @IsOptional()
  @IsInt()
  day?: number;
  @ApiPropertyOptional({ enum: SEASONS, description: 'for season precision' })
  @IsOptional()
  @IsIn(SEASONS)
  season?: Season;
  @ApiPropertyOptional({ enum: DATE_QUALIFIERS, description: 'not with an exact day' })
  @IsOptional()
  @IsIn(DATE_QUALIFIERS)
  qualifier?: DateQualifier;
}

/** Parts that are each well-typed but do not fit together (a season with a day, 30 February...). */
function consistencyProblems(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) return [];
  const date = value as ApproximateDate;
  const wellTyped =
    (DATE_PRECISIONS as readonly unknown[]).includes(date.precision) &&
    Number.isInteger(date.year) &&
    (date.month == null || Number.isInteger(date.month)) &&
    (date.day == null || Number.isInteger(date.day)) &&
    (date.season == null || (SEASONS as readonly unknown[]).includes(date.season)) &&
    (date.qualifier == null || (DATE_QUALIFIERS as readonly unknown[]).includes(date.qualifier));
  return wellTyped ? approximateDateProblems(date) : [];
}

const IsConsistentApproximateDate = () =>
  ValidateBy({
    name: 'isConsistentApproximateDate',
    validator: {
      validate: (value: unknown) => consistencyProblems(value).length === 0,
      defaultMessage: (args) => consistencyProblems(args?.value).join('; '),
    },
  });

const PeriodField = (example: ApproximateDate) =>
  applyDecorators(
    ApiPropertyOptional({ type: ApproximateDateDto, example }),
    IfSent(),
    ValidateNested(),
    Type(() => ApproximateDateDto),
    IsConsistentApproximateDate(),
  );

/**
 * The content of a version. Creating the first version needs the period; a revision copies the latest agreed
 * version and changes only what is sent. A draft may be incomplete: agreement checks it is whole.
 */
export class TermsOfReferenceRequest {
  @ApiPropertyOptional({ maxLength: 10000 })
  @IfSent()
  @Transform(trim)
  @IsString()
  @MaxLength(10000)
  purpose?: string;

  @PeriodField({ precision: 'season', year: 2007, season: 'spring' }) periodFrom?: ApproximateDateDto;
  @PeriodField({ precision: 'season', year: 2013, season: 'autumn' }) periodTo?: ApproximateDateDto;

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description: 'agencies of the partnership in scope',
  })
  @IfSent()
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique({ message: 'agencyIds must not repeat an agency' })
  @IsUUID('all', { each: true })
  agencyIds?: string[];

  @ApiPropertyOptional({ type: [String], description: 'in order; numbered 1..n' })
  @IfSent()
  @IsArray()
  @ArrayMaxSize(100)
  @Transform(trimEach)
  @IsString({ each: true })
  @IsNotEmpty({ each: true, message: 'each question must not be empty' })
  @MaxLength(2000, { each: true })
  questions?: string[];

  @OptionalTextField(10000) equalityAndDiversity?: string | null;
  @OptionalTextField(10000) familyInvolvement?: string | null;
  @OptionalTextField(10000) parallelProcesses?: string | null;
  @OptionalTextField(2000, 'Questions 11 and 12 added at the second panel meeting') revisionNote?:
    | string
    | null;
}

export class AgreementRequest {
  @ApiProperty({ format: 'uuid', description: 'the recorded panel meeting of this review that agreed it' })
  @IsUUID()
  meetingId: string;
}

export class ApproximateDateResponse {
  @ApiProperty({ enum: DATE_PRECISIONS }) precision: string;
  @ApiProperty() year: number;
  @ApiPropertyOptional() month?: number;
  @ApiPropertyOptional() day?: number;
  @ApiPropertyOptional({ enum: SEASONS }) season?: string;
  @ApiPropertyOptional({ enum: DATE_QUALIFIERS }) qualifier?: string;
  @ApiProperty({ example: 'spring 2007' }) label: string;
}

export class TermsQuestionResponse {
  @ApiProperty() number: number;
  @ApiProperty() text: string;
}

export class TermsOfReferenceResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() versionNumber: number;
  @ApiProperty({ enum: TOR_STATUSES }) status: string;
  @ApiProperty() purpose: string;
  @ApiProperty({ type: ApproximateDateResponse }) periodFrom: ApproximateDateResponse;
  @ApiProperty({ type: ApproximateDateResponse }) periodTo: ApproximateDateResponse;
  @ApiProperty({ type: [String], format: 'uuid' }) agencyIds: string[];
  @ApiProperty({ type: [TermsQuestionResponse] }) questions: TermsQuestionResponse[];
  @ApiProperty({ type: String, nullable: true }) equalityAndDiversity: string | null;
  @ApiProperty({ type: String, nullable: true }) familyInvolvement: string | null;
  @ApiProperty({ type: String, nullable: true }) parallelProcesses: string | null;
  @ApiProperty({ type: String, nullable: true }) revisionNote: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) agreedOn: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) agreedAtMeetingId: string | null;
  @ApiProperty() version: number;
}

export class TermsOfReferenceList {
  @ApiProperty({ type: [TermsOfReferenceResponse] }) items: TermsOfReferenceResponse[];
}
