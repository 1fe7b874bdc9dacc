import { Injectable } from '@nestjs/common';
import { Db, ReviewRecords } from '@dhr/platform-database';
import { PartnershipId } from '@dhr/platform-domain';
import { ReviewId } from '../domain/review';
import { QaOutcome, Submission } from '../domain/submission';
import { SubmissionEntity } from './submission.entity';

@Injectable()
export class SubmissionRepository extends ReviewRecords<SubmissionEntity, Submission> {
  constructor(db: Db) {
    super(db, SubmissionEntity, 'versionNumber');
  }

  async latest(partnershipId: PartnershipId, reviewId: ReviewId): Promise<Submission | undefined> {
    const row = await this.db
      .repository(SubmissionEntity)
      .findOne({ where: { partnershipId, reviewId }, order: { versionNumber: 'DESC' } });
    return row ? this.toRecord(row) : undefined;
  }

  protected toRecord(row: SubmissionEntity): Submission {
    return {
      id: row.id,
      reviewId: row.reviewId as ReviewId,
      versionNumber: row.versionNumber,
      documents: {
        overviewReport: row.overviewReportDocumentId,
        executiveSummary: row.executiveSummaryDocumentId,
        actionPlan: row.actionPlanDocumentId,
        signOffLetter: row.signOffLetterDocumentId,
      },
      anonymisationCheck:
        row.anonymisationCheckedBy && row.anonymisationCheckedAt
          ? { checkedBy: row.anonymisationCheckedBy, checkedAt: row.anonymisationCheckedAt }
          : null,
      sentOn: row.sentOn,
      qa:
        row.qaOutcome && row.qaOutcomeOn
          ? {
              outcome: row.qaOutcome as QaOutcome,
              outcomeOn: row.qaOutcomeOn,
              letterDocumentId: row.qaLetterDocumentId,
            }
          : null,
      version: row.version,
    };
  }
}
