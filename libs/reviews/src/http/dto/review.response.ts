import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { RELATIONSHIPS, REVIEW_TYPES } from '../../domain/review';
import { REVIEW_STATUSES, REVIEW_TRANSITIONS } from '../../domain/review-status';
import { PAUSE_REASONS } from '../../domain/pause';

const CLOCK_STATES = ['not_started', 'running', 'due_soon', 'overdue', 'met', 'missed'];
const CAPABILITIES = ['view', 'view_identities', 'work', 'administer', 'decide', 'sign_off'];

export class ClockResponse {
  @ApiProperty({ type: String, format: 'date', nullable: true }) dueOn: string | null;
  @ApiProperty({ enum: CLOCK_STATES }) state: string;
  @ApiProperty({ type: Number, nullable: true }) daysRemaining: number | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) stoppedOn: string | null;
}

export class ClocksResponse {
  @ApiProperty({ type: ClockResponse }) decision: ClockResponse;
  @ApiProperty({ type: ClockResponse }) completion: ClockResponse;
  @ApiProperty() pausedDays: number;
  @ApiProperty() paused: boolean;
}

export class NotificationResponse {
  @ApiProperty({ format: 'date' }) notifiedOn: string;
  @ApiProperty() notifiedBy: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) notifyingAgencyId: string | null;
  @ApiProperty({ type: String, nullable: true }) policeForce: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) dateOfDeath: string | null;
  @ApiProperty({ enum: RELATIONSHIPS }) relationship: string;
  @ApiProperty() suspectedSuicide: boolean;
  @ApiProperty({ type: String, nullable: true }) circumstances: string | null;
}

export class DecisionResponse {
  @ApiProperty({ enum: ['commission', 'decline'] }) outcome: string;
  @ApiProperty({ format: 'date' }) decidedOn: string;
  @ApiProperty() decisionMaker: string;
  @ApiProperty() rationale: string;
}

export class ChairResponse {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() name: string;
  @ApiProperty({ format: 'date' }) appointedOn: string;
  @ApiProperty({ type: String, nullable: true }) independenceStatement: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) independenceDeclaredAt: string | null;
}

export class FamilyInvolvementResponse {
  @ApiProperty({ type: String, format: 'date', nullable: true }) advocacyOfferedOn: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) draftSharedOn: string | null;
  @ApiProperty({ type: String, nullable: true }) pseudonymNote: string | null;
}

export class PublicationResponse {
  @ApiProperty({ type: String, format: 'date', nullable: true }) publishedOn: string | null;
  @ApiProperty({ type: String, nullable: true }) url: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) familyToldOn: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) removalReviewOn: string | null;
}

export class BreachResponse {
  @ApiProperty() reason: string;
  @ApiProperty() note: string;
}

export class SignOffResponse {
  @ApiProperty({ format: 'date' }) signedOffOn: string;
  @ApiProperty() signedOffBy: string;
}

export class ReviewSummaryResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'DHR-2026-004' }) reference: string;
  @ApiProperty({ enum: REVIEW_TYPES }) reviewType: string;
  @ApiProperty({ enum: REVIEW_STATUSES }) status: string;
  @ApiProperty() statusLabel: string;
  @ApiProperty({ format: 'date' }) notifiedOn: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) statusChangedOn: string | null;
  @ApiProperty({ type: ClocksResponse }) clocks: ClocksResponse;
  @ApiProperty() version: number;
}

export class ReviewSummaryList {
  @ApiProperty({ type: [ReviewSummaryResponse] }) items: ReviewSummaryResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class BlockerResponse {
  @ApiProperty() code: string;
  @ApiProperty() message: string;
}

export class TransitionResponse {
  @ApiProperty({ enum: REVIEW_TRANSITIONS }) transition: string;
  @ApiProperty() label: string;
  @ApiProperty({ enum: REVIEW_STATUSES }) to: string;
  @ApiProperty() available: boolean;
  @ApiProperty({ type: [BlockerResponse] }) blockers: BlockerResponse[];
}

export class PauseResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: PAUSE_REASONS }) reason: string;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) parallelProcessId: string | null;
  @ApiProperty({ format: 'date' }) pausedOn: string;
  @ApiProperty({ format: 'date' }) revisitOn: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) resumedOn: string | null;
}

export class ReviewResponse extends ReviewSummaryResponse {
  @ApiProperty({ type: NotificationResponse }) notification: NotificationResponse;
  @ApiProperty({ type: DecisionResponse, nullable: true }) decision: DecisionResponse | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) homeOfficeInformedOn: string | null;
  @ApiProperty({ type: ChairResponse, nullable: true }) chair: ChairResponse | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) authorUserId: string | null;
  @ApiProperty({ type: BreachResponse, nullable: true }) breach: BreachResponse | null;
  @ApiProperty({ type: SignOffResponse, nullable: true }) signOff: SignOffResponse | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) firstSubmittedOn: string | null;
  @ApiProperty({ type: FamilyInvolvementResponse }) family: FamilyInvolvementResponse;
  @ApiProperty({ type: PublicationResponse }) publication: PublicationResponse;
  @ApiProperty({ type: String, nullable: true }) transferredTo: string | null;
  @ApiProperty({ type: String, nullable: true }) statusNote: string | null;
  @ApiProperty({ enum: CAPABILITIES, isArray: true }) capabilities: string[];
  @ApiProperty({ type: [TransitionResponse] }) transitions: TransitionResponse[];
  @ApiProperty({ type: [PauseResponse] }) pauses: PauseResponse[];
}

export class SubjectResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() pseudonym: string;
  @ApiProperty({ enum: ['victim', 'perpetrator', 'other'] }) role: string;
  @ApiProperty({ type: String, nullable: true }) sex: string | null;
  @ApiProperty({ type: String, nullable: true }) ethnicity: string | null;
  @ApiProperty({ type: String, nullable: true }) ageBand: string | null;
  @ApiProperty({ type: String, nullable: true }) relationshipToVictim: string | null;
  @ApiProperty({ description: 'whether a real identity is held (never the identity itself)' })
  identityRecorded: boolean;
  @ApiProperty() version: number;
}

export class SubjectList {
  @ApiProperty({ type: [SubjectResponse] }) items: SubjectResponse[];
}

export class SubjectIdentityResponse {
  @ApiProperty() fullName: string;
  @ApiPropertyOptional({ type: String, nullable: true }) otherNames: string | null;
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true }) dateOfBirth: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) address: string | null;
}
