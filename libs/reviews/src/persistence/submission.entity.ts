import { Column, Entity, Index } from 'typeorm';
import { ReviewRecordColumns } from './review-record.columns';

/** One version of the bundle sent to the Home Office, and what its quality-assurance panel said of it. */
@Entity('submission')
@Index('uq_submission_version', ['partnershipId', 'reviewId', 'versionNumber'], { unique: true })
export class SubmissionEntity extends ReviewRecordColumns {
  @Column('int', { name: 'version_number' })
  versionNumber: number;

  @Column('uuid', { name: 'overview_report_document_id', nullable: true })
  overviewReportDocumentId: string | null;

  @Column('uuid', { name: 'executive_summary_document_id', nullable: true })
  executiveSummaryDocumentId: string | null;

  @Column('uuid', { name: 'action_plan_document_id', nullable: true })
  actionPlanDocumentId: string | null;

  @Column('uuid', { name: 'sign_off_letter_document_id', nullable: true })
  signOffLetterDocumentId: string | null;

  @Column('uuid', { name: 'anonymisation_checked_by', nullable: true })
  anonymisationCheckedBy: string | null;

  @Column('timestamptz', { name: 'anonymisation_checked_at', nullable: true })
  anonymisationCheckedAt: Date | null;

  @Column('date', { name: 'sent_on', nullable: true })
  sentOn: string | null;

  @Column('varchar', { name: 'qa_outcome', length: 20, nullable: true })
  qaOutcome: string | null;

  @Column('date', { name: 'qa_outcome_on', nullable: true })
  qaOutcomeOn: string | null;

  @Column('uuid', { name: 'qa_letter_document_id', nullable: true })
  qaLetterDocumentId: string | null;
}
