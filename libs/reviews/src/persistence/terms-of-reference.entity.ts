import { Column, Entity, Index } from 'typeorm';
import { ReviewRecordColumns } from './review-record.columns';
import type { ApproximateDate } from '@dhr/platform-domain';

/** One version of a review's terms of reference. Agreed versions never change; a revision is a new version. */
@Entity('terms_of_reference')
@Index('uq_terms_of_reference_version', ['partnershipId', 'reviewId', 'versionNumber'], { unique: true })
export class TermsOfReferenceEntity extends ReviewRecordColumns {
  @Column('int', { name: 'version_number' })
  versionNumber: number;

  @Column('varchar', { length: 20 })
  status: string;

  @Column('text')
  purpose: string;

  @Column('jsonb', { name: 'period_from' })
  periodFrom: ApproximateDate;

  @Column('jsonb', { name: 'period_to' })
  periodTo: ApproximateDate;

  @Column('uuid', { name: 'agency_ids', array: true })
  agencyIds: string[];

  @Column('jsonb')
  questions: { number: number; text: string }[];

  @Column('text', { name: 'equality_and_diversity', nullable: true })
  equalityAndDiversity: string | null;

  @Column('text', { name: 'family_involvement', nullable: true })
  familyInvolvement: string | null;

  @Column('text', { name: 'parallel_processes', nullable: true })
  parallelProcesses: string | null;

  @Column('text', { name: 'revision_note', nullable: true })
  revisionNote: string | null;

  @Column('date', { name: 'agreed_on', nullable: true })
  agreedOn: string | null;

  @Column('uuid', { name: 'agreed_at_meeting_id', nullable: true })
  agreedAtMeetingId: string | null;
}
