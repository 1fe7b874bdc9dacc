import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUrl, IsUUID, MaxLength } from 'class-validator';
import { DateField, OptionalDateField, OptionalTextField, TextField } from '@dhr/platform-http';
import { PAUSE_REASONS, PauseReason } from '../../domain/pause';
import { DECISIONS, Decision } from '../../domain/review';
import { BREACH_REASONS, BreachReason } from '../../domain/statutory-clock';
import { SIMPLE_TRANSITIONS, SimpleTransition } from '../../application/review-lifecycle.service';

export class DecisionRequest {
  @ApiProperty({ enum: DECISIONS }) @IsIn(DECISIONS) outcome: Decision;
  @DateField() decidedOn: string;
  @TextField(200, 'Chair, Safer Rotherham Partnership') decisionMaker: string;
  @TextField(5000) rationale: string;
  @OptionalDateField() homeOfficeInformedOn?: string | null;
}

export class HomeOfficeInformedRequest {
  @DateField() informedOn: string;
}

export class AppointChairRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() chairUserId: string;
  @DateField() appointedOn: string;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  authorUserId?: string | null;
}

export class IndependenceRequest {
  @TextField(5000, 'I have never been employed by any of the agencies involved with this review.')
  statement: string;
}

export class TransitionRequest {
  @ApiProperty({ enum: SIMPLE_TRANSITIONS }) @IsIn(SIMPLE_TRANSITIONS) transition: SimpleTransition;
  @DateField() on: string;
  @OptionalTextField(2000) note?: string | null;
}

export class SignOffRequest {
  @DateField() signedOffOn: string;
  @TextField(200, 'Chair, Safer Rotherham Partnership Board') signedOffBy: string;
}

export class TransferRequest {
  @TextField(200) to: string;
  @TextField(2000) reason: string;
  @DateField() transferredOn: string;
}

export class PublicationRequest {
  @DateField() publishedOn: string;

  @ApiProperty({ maxLength: 500, example: 'https://www.example.gov.uk/dhr-2026-001' })
  @IsUrl(
    { protocols: ['https', 'http'], require_protocol: true },
    { message: 'url must be a web address starting https://' },
  )
  @MaxLength(500)
  url: string;

  @OptionalDateField('when to consider taking it down (at least 12 months on)') removalReviewOn?:
    | string
    | null;
}

export class BreachReasonRequest {
  @ApiProperty({ enum: BREACH_REASONS }) @IsIn(BREACH_REASONS) reason: BreachReason;
  @TextField(2000) note: string;
}

export class PauseRequest {
  @ApiProperty({ enum: PAUSE_REASONS }) @IsIn(PAUSE_REASONS) reason: PauseReason;
  @OptionalTextField(2000) note?: string | null;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  parallelProcessId?: string | null;
  @DateField() pausedOn: string;
  @DateField() revisitOn: string;
}

export class ResumeRequest {
  @DateField() resumedOn: string;
}

export class FamilyInvolvementRequest {
  @OptionalDateField() advocacyOfferedOn?: string | null;
  @OptionalDateField() draftSharedOn?: string | null;
  @OptionalTextField(2000) pseudonymNote?: string | null;
  @OptionalDateField('when the family was told the date of publication') familyToldPublicationOn?:
    | string
    | null;
}
