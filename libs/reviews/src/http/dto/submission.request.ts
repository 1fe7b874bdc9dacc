import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { DateField } from '@dhr/platform-http';
import { QA_OUTCOMES, QaOutcome } from '../../domain/submission';

const part = (what: string) =>
  ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: `the ${what}: a document attached to this review; omitted stays, null clears`,
  });

/** The parts of the bundle, each a document attached to the review (POST /api/v1/documents?ownerType=review). */
export class SubmissionDocumentsRequest {
  @part('overview report') @IsOptional() @IsUUID() overviewReport?: string | null;
  @part('executive summary') @IsOptional() @IsUUID() executiveSummary?: string | null;
  @part('action plan') @IsOptional() @IsUUID() actionPlan?: string | null;
  @part('CSP sign-off letter') @IsOptional() @IsUUID() signOffLetter?: string | null;
}

export class SendSubmissionRequest {
  @DateField('not in the future, nor before the sign-off') sentOn: string;
}

export class QaOutcomeRequest {
  @ApiProperty({ enum: QA_OUTCOMES }) @IsIn(QA_OUTCOMES) outcome: QaOutcome;
  @DateField('the date of the QA panel’s letter') outcomeOn: string;
  @ApiProperty({ format: 'uuid', description: 'the QA letter, a document attached to this review' })
  @IsUUID()
  letterDocumentId: string;
}
