import { ApiProperty } from '@nestjs/swagger';
import { TextField } from '@dhr/platform-http';

export class LearningDashboardRagCounts {
  @ApiProperty() red: number;
  @ApiProperty() amber: number;
  @ApiProperty() light_green: number;
  @ApiProperty() green: number;
}

export class LearningDashboardAgencyRow {
  @ApiProperty({ format: 'uuid' }) agencyId: string;
  @ApiProperty() agencyName: string;
  @ApiProperty() total: number;
  @ApiProperty({ type: LearningDashboardRagCounts }) rag: LearningDashboardRagCounts;
}

export class LearningDashboardThemeRow {
  @ApiProperty({ format: 'uuid' }) themeId: string;
  @ApiProperty() themeName: string;
  @ApiProperty({ description: 'actions answering recommendations with this theme' }) total: number;
  @ApiProperty({ type: LearningDashboardRagCounts }) rag: LearningDashboardRagCounts;
}

export class LearningDashboardReviewRow {
  @ApiProperty({ format: 'uuid' }) reviewId: string;
  @ApiProperty() reviewReference: string;
  @ApiProperty({ description: 'actions answering the review’s recommendations that are closed' })
  closed: number;
  @ApiProperty({ description: 'actions answering the review’s recommendations' }) total: number;
}

export class LearningDashboardQuarterRow {
  @ApiProperty({ example: 'Q3 2026' }) label: string;
  @ApiProperty({ type: String, format: 'date', description: 'first day of the quarter' }) start: string;
  @ApiProperty({ description: 'actions signed off in the quarter' }) actionsClosed: number;
  @ApiProperty({ description: 'actions added to the plan in the quarter' }) actionsCreated: number;
  @ApiProperty({ description: 'progress updates dated in the quarter' }) updatesGiven: number;
}

export class LearningDashboardResponse {
  @ApiProperty({ enum: ['partnership', 'agency'] }) scope: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) agencyId: string | null;
  @ApiProperty({ type: String, format: 'date' }) today: string;
  @ApiProperty() total: number;
  @ApiProperty({ type: LearningDashboardRagCounts, description: 'actions by effective RAG' })
  rag: LearningDashboardRagCounts;
  @ApiProperty({ description: 'incomplete actions past their target date' }) overdue: number;
  @ApiProperty({ type: [LearningDashboardAgencyRow] }) byAgency: LearningDashboardAgencyRow[];
  @ApiProperty({ type: [LearningDashboardThemeRow] }) byTheme: LearningDashboardThemeRow[];
  @ApiProperty({ type: [LearningDashboardReviewRow] }) byReview: LearningDashboardReviewRow[];
  @ApiProperty({
    type: [LearningDashboardQuarterRow],
    description: 'the last 4 calendar quarters, oldest first',
  })
  byQuarter: LearningDashboardQuarterRow[];
}

export class LearningSearchQuery {
  @TextField(200, 'risk assessment') q: string;
}

export class LearningSearchHit {
  @ApiProperty({ enum: ['lesson', 'recommendation'] }) kind: string;
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) reviewId: string | null;
  @ApiProperty({ type: String, nullable: true }) reviewReference: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'a recommendation’s source key' })
  sourceKey: string | null;
  @ApiProperty({ description: 'the lesson’s number, or the recommendation’s reference' }) label: string;
  @ApiProperty({ description: 'the lesson’s statement, or the recommendation’s text' }) text: string;
  @ApiProperty({ type: String, nullable: true }) narrative: string | null;
  @ApiProperty() rank: number;
}

export class LearningSearchResponse {
  @ApiProperty({ type: [LearningSearchHit] }) items: LearningSearchHit[];
}

export class LearningThemeFrequencyRow {
  @ApiProperty({ format: 'uuid' }) themeId: string;
  @ApiProperty() themeName: string;
  @ApiProperty() active: boolean;
  @ApiProperty({ description: 'distinct reviews whose lessons or recommendations carry the theme' })
  reviews: number;
}

export class LearningThemeFrequencyResponse {
  @ApiProperty({ type: [LearningThemeFrequencyRow] }) items: LearningThemeFrequencyRow[];
}
