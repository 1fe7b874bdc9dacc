import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** The multipart form of an action-plan import or preview. */
export class PlanImportUploadForm {
  @ApiProperty({ type: 'string', format: 'binary', description: 'The action plan, .xlsx or .csv' })
  file: unknown;

  @ApiPropertyOptional({
    description: 'JSON: field → 1-based column number, replacing the suggested mapping',
  })
  mapping?: string;

  @ApiPropertyOptional({ description: 'The key of the source the recommendations come from' })
  sourceKey?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The review the recommendations come from' })
  reviewId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The lead agency of rows that name none' })
  defaultLeadAgencyId?: string;

  @ApiPropertyOptional({
    description:
      'JSON: a lead-agency name in the sheet that is no agency of the partnership → the agency id it stands for',
  })
  agencyAliases?: string;
}

export class PlanImportProblemItem {
  @ApiProperty() field: string;
  @ApiProperty() message: string;
}

export class PlanImportRowItem {
  @ApiProperty() rowNumber: number;
  @ApiProperty({ enum: ['action', 'continuation', 'section', 'header', 'footer', 'blank'] }) kind: string;
  @ApiProperty({ nullable: true, type: String }) reference: string | null;
  @ApiProperty({ type: [String] }) sourceKeys: string[];
  @ApiProperty({ nullable: true, type: String }) section: string | null;
  @ApiProperty() description: string;
  @ApiProperty() recommendation: string;
  @ApiProperty() leadAgency: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) leadAgencyId: string | null;
  @ApiProperty({ nullable: true, type: String }) leadOfficerName: string | null;
  @ApiProperty() targetText: string;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) targetDate: string | null;
  @ApiProperty() targetToBeAgreed: boolean;
  @ApiProperty({ type: [String] }) milestones: string[];
  @ApiProperty() progress: string;
  @ApiProperty({ nullable: true, type: String }) rag: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) updatedOn: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'A cabinet’s or board’s decision on the recommendation (accepted, rejected, deferred)',
  })
  decision: string | null;
  @ApiProperty({
    nullable: true,
    enum: ['local', 'regional', 'national'],
    type: String,
    description: 'When the sheet has a scope column',
  })
  scope: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Who a national recommendation goes to' })
  nationalRecipient: string | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'The row of the first action answering the same recommendation, written once over several',
  })
  sharesRecommendationOf: number | null;
  @ApiProperty({ nullable: true, type: Number }) continues: number | null;
  @ApiProperty({ type: [PlanImportProblemItem] }) errors: PlanImportProblemItem[];
  @ApiProperty({ type: [PlanImportProblemItem] }) warnings: PlanImportProblemItem[];
}

export class PlanImportSummaryItem {
  @ApiProperty() actions: number;
  @ApiProperty() continuations: number;
  @ApiProperty() sections: number;
  @ApiProperty() errors: number;
  @ApiProperty() warnings: number;
}

export class PlanImportCountsItem {
  @ApiProperty() actionsCreated: number;
  @ApiProperty() actionsUpdated: number;
  @ApiProperty() actionsUnchanged: number;
  @ApiProperty() recommendationsCreated: number;
  @ApiProperty() progressUpdatesAdded: number;
}

export class PlanImportColumnItem {
  @ApiProperty({ description: '1-based column number' }) number: number;
  @ApiProperty({ description: "The sheet's heading over the column; empty when none" }) heading: string;
}

export class PlanImportPreviewResponse {
  @ApiProperty({
    description: 'field → 1-based column number',
    type: 'object',
    additionalProperties: { type: 'integer' },
  })
  suggestedMapping: Record<string, number>;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' } })
  mapping: Record<string, number>;
  @ApiProperty({ type: [PlanImportColumnItem] }) columns: PlanImportColumnItem[];
  @ApiProperty({ type: [PlanImportRowItem] }) rows: PlanImportRowItem[];
  @ApiProperty() summary: PlanImportSummaryItem;
  @ApiProperty({
    type: [String],
    description: 'Lead-agency names in the sheet that are no agency of the partnership (give agencyAliases)',
  })
  unknownAgencies: string[];
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string', format: 'uuid' },
    description:
      'The sheet’s lead-agency names given an agency, on this import or remembered from an earlier one: name → agency id',
  })
  agencyAliases: Record<string, string>;
  @ApiProperty({ description: 'A large plan imports as a background job (POST import-jobs)' })
  runsAsJob: boolean;
}

export class PlanImportResultResponse extends PlanImportPreviewResponse {
  @ApiProperty() counts: PlanImportCountsItem;
}

export class PlanImportJobResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['queued', 'running', 'done', 'failed'] }) status: string;
  @ApiProperty() filename: string;
  @ApiProperty({ description: 'Actions to import' }) rowsTotal: number;
  @ApiProperty({ description: 'Actions written so far (in a transaction: none is kept until all are)' })
  rowsDone: number;
  @ApiProperty({ description: '0 to 100' }) progress: number;
  @ApiProperty({ nullable: true, type: PlanImportCountsItem }) counts: PlanImportCountsItem | null;
  @ApiProperty({ type: [PlanImportProblemItem], description: 'Why it failed, or why it is being retried' })
  problems: PlanImportProblemItem[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) finishedAt: string | null;
}
