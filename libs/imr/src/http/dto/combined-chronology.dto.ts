import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { OptionalDateField } from '@dhr/platform-http';
import { EXPORT_FORMATS, ExportFormat } from '../../application/chronology-export';
import { CHECK_STATUSES } from '../../persistence/chronology-check.repository';
import { LINK_DECISIONS, LinkDecision } from '../../persistence/chronology-link.repository';

export class CombinedChronologyQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'only this agency’s entries' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @ApiPropertyOptional({ example: 'MA 1', description: 'only entries naming this subject (pseudonym)' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  subject?: string;

  @OptionalDateField('only entries whose dates can fall on or after this day')
  from?: string;

  @OptionalDateField('only entries whose dates can fall on or before this day')
  to?: string;
}

export class ChronologyExportQuery extends CombinedChronologyQuery {
  @ApiProperty({ enum: EXPORT_FORMATS })
  @IsIn(EXPORT_FORMATS)
  format: ExportFormat;
}

export class CombinedEntryResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) requestId: string;
  @ApiProperty({ format: 'uuid' }) agencyId: string;
  @ApiProperty() agencyName: string;
  @ApiProperty({ description: 'the date as the service reads it, e.g. "mid-August 2013"' }) date: string;
  @ApiProperty({ format: 'date' }) earliestOn: string;
  @ApiProperty({ format: 'date' }) latestOn: string;
  @ApiProperty({ enum: ['day', 'month', 'season', 'year'] }) precision: string;
  @ApiProperty() approximate: boolean;
  @ApiProperty({ type: String, nullable: true, description: '"HH:MM" for a timed entry' }) time:
    | string
    | null;
  @ApiProperty({ type: String, nullable: true }) sourceReference: string | null;
  @ApiProperty({ type: [String], description: 'pseudonyms' }) subjects: string[];
  @ApiProperty() event: string;
  @ApiProperty({ type: String, nullable: true }) actionOutcome: string | null;
  @ApiProperty({ type: String, nullable: true }) analysis: string | null;
  @ApiProperty({
    type: [String],
    description: 'entries the chair has linked to this one as the same event',
  })
  linkedEntryIds: string[];
}

export class CombinedChronologyResponse {
  @ApiProperty({ format: 'uuid' }) reviewId: string;
  @ApiProperty({ example: 'DHR-2026-004' }) reference: string;
  @ApiProperty({ type: [CombinedEntryResponse] }) items: CombinedEntryResponse[];
}

export class ChronologyCheckResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: CHECK_STATUSES }) status: string;
  @ApiProperty({ minimum: 0, maximum: 100 }) progress: number;
  @ApiProperty() entriesChecked: number;
  @ApiProperty() pairsFound: number;
  @ApiProperty({ format: 'uuid' }) requestedBy: string;
  @ApiProperty({ format: 'date-time' }) requestedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finishedAt: string | null;
}

export class DuplicateEntrySummary {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) agencyId: string;
  @ApiProperty() agencyName: string;
  @ApiProperty() date: string;
  @ApiProperty() event: string;
}

export class DuplicateCandidateResponse {
  @ApiProperty({ type: DuplicateEntrySummary }) entryA: DuplicateEntrySummary;
  @ApiProperty({ type: DuplicateEntrySummary }) entryB: DuplicateEntrySummary;
  @ApiProperty({ description: 'how alike the two events read, 0 to 1' }) score: number;
  @ApiProperty({ type: [String] }) reasons: string[];
  @ApiProperty({ enum: LINK_DECISIONS, nullable: true, description: 'the chair’s decision, if made' })
  decision: LinkDecision | null;
}

export class LatestChronologyCheckResponse extends ChronologyCheckResponse {
  @ApiProperty({ type: [DuplicateCandidateResponse] }) candidates: DuplicateCandidateResponse[];
}

export class ChronologyLinkRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() entryA: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID() entryB: string;
  @ApiProperty({ enum: LINK_DECISIONS }) @IsIn(LINK_DECISIONS) decision: LinkDecision;
}

export class ChronologyLinkResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid', description: 'the lesser of the two ids' }) entryA: string;
  @ApiProperty({ format: 'uuid' }) entryB: string;
  @ApiProperty({ enum: LINK_DECISIONS }) decision: LinkDecision;
  @ApiProperty({ format: 'uuid' }) decidedBy: string;
}
