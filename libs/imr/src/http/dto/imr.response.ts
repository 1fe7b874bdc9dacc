import { ApiProperty } from '@nestjs/swagger';
import { REQUEST_KINDS, REQUEST_STATUSES } from '../../domain/imr-request';

export class ImrRequestResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) reviewId: string;
  @ApiProperty() reviewReference: string;
  @ApiProperty({ format: 'uuid' }) agencyId: string;
  @ApiProperty({ enum: REQUEST_KINDS }) kind: string;
  @ApiProperty() kindLabel: string;
  @ApiProperty({ enum: REQUEST_STATUSES }) status: string;
  @ApiProperty() statusLabel: string;
  @ApiProperty({ format: 'date' }) dueOn: string;
  @ApiProperty() overdue: boolean;
  @ApiProperty({ format: 'uuid' }) authorUserId: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) seniorManagerUserId: string | null;
  @ApiProperty({ type: Number, nullable: true }) termsVersionNumber: number | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) requestedOn: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) submittedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) signedOffAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) acceptedAt: string | null;
  @ApiProperty() version: number;
}

export class ImrRequestList {
  @ApiProperty({ type: [ImrRequestResponse] }) items: ImrRequestResponse[];
}

export class WorkspaceQuestionResponse {
  @ApiProperty() number: number;
  @ApiProperty() text: string;
  @ApiProperty() addedInVersion: number;
  @ApiProperty({ description: 'asked by a revision of the terms after the request was sent' })
  addedSinceRequest: boolean;
  @ApiProperty({ type: String, nullable: true }) answer: string | null;
}

export class FindingsResponse {
  @ApiProperty({ type: [String] }) goodPractice: string[];
  @ApiProperty({ type: [String] }) lessons: string[];
}

export class RecommendationResponse {
  @ApiProperty() recommendation: string;
  @ApiProperty() lead: string;
  @ApiProperty() action: string;
  @ApiProperty({ type: String, nullable: true }) keyMilestone: string | null;
  @ApiProperty({ format: 'date' }) targetDate: string;
}

export class ChairCommentResponse {
  @ApiProperty() section: string;
  @ApiProperty() comment: string;
}

export class RevisionResponse {
  @ApiProperty() revisionNumber: number;
  @ApiProperty({ format: 'date-time' }) submittedAt: string;
  @ApiProperty({ type: String, enum: ['returned', 'accepted'], nullable: true }) outcome: string | null;
  @ApiProperty({ type: [ChairCommentResponse] }) comments: ChairCommentResponse[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) decidedAt: string | null;
}

export class ImrWorkspaceResponse {
  @ApiProperty({ type: ImrRequestResponse }) request: ImrRequestResponse;
  @ApiProperty({ enum: ['read', 'author', 'sign_off', 'manage'], isArray: true }) capabilities: string[];
  @ApiProperty({ type: Number, nullable: true }) termsVersionNumber: number | null;
  @ApiProperty({ type: [WorkspaceQuestionResponse] }) questions: WorkspaceQuestionResponse[];
  @ApiProperty({ type: FindingsResponse }) findings: FindingsResponse;
  @ApiProperty({ type: [RecommendationResponse] }) recommendations: RecommendationResponse[];
  @ApiProperty() chronologyEntries: number;
  @ApiProperty({ type: String, nullable: true }) independenceStatement: string | null;
  @ApiProperty({ type: [RevisionResponse] }) revisions: RevisionResponse[];
}

export class CoverageRowResponse {
  @ApiProperty({ type: ImrRequestResponse }) request: ImrRequestResponse;
  @ApiProperty({ type: [Number] }) answered: number[];
}

export class CoverageResponse {
  @ApiProperty({ type: [Number] }) questionNumbers: number[];
  @ApiProperty({ type: [CoverageRowResponse] }) rows: CoverageRowResponse[];
}
