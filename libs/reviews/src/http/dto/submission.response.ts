import { ApiProperty } from '@nestjs/swagger';
import { QA_OUTCOMES } from '../../domain/submission';

const documentId = () => ApiProperty({ type: String, format: 'uuid', nullable: true });

export class SubmissionDocumentsResponse {
  @documentId() overviewReport: string | null;
  @documentId() executiveSummary: string | null;
  @documentId() actionPlan: string | null;
  @documentId() signOffLetter: string | null;
}

export class AnonymisationCheckResponse {
  @ApiProperty({ format: 'uuid' }) checkedBy: string;
  @ApiProperty({ format: 'date-time' }) checkedAt: string;
}

export class QaOutcomeResponse {
  @ApiProperty({ enum: QA_OUTCOMES }) outcome: string;
  @ApiProperty({ format: 'date' }) outcomeOn: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) letterDocumentId: string | null;
}

export class SubmissionResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 1 }) versionNumber: number;
  @ApiProperty({ type: SubmissionDocumentsResponse }) documents: SubmissionDocumentsResponse;
  @ApiProperty({ type: AnonymisationCheckResponse, nullable: true })
  anonymisationCheck: AnonymisationCheckResponse | null;
  @ApiProperty({ type: [String], example: ['executive summary', 'anonymisation check'] })
  missing: string[];
  @ApiProperty({ type: String, format: 'date', nullable: true }) sentOn: string | null;
  @ApiProperty({ type: QaOutcomeResponse, nullable: true }) qa: QaOutcomeResponse | null;
  @ApiProperty() version: number;
}

export class SubmissionList {
  @ApiProperty({ type: [SubmissionResponse] }) items: SubmissionResponse[];
}
