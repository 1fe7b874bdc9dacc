import { Column, Entity, Index } from 'typeorm';
import { ImrRecordColumns } from './imr-record.columns';

/** One run of the duplicate check over a review's combined chronology, with its progress for the chair. */
@Entity('chronology_check')
@Index('ix_chronology_check_review', ['partnershipId', 'reviewId', 'createdAt'])
export class ChronologyCheckEntity extends ImrRecordColumns {
  /** queued | running | done | failed */
  @Column('varchar', { length: 20 })
  status: string;

  /** 0 to 100 */
  @Column('integer')
  progress: number;

  @Column('integer', { name: 'entries_checked' })
  entriesChecked: number;

  @Column('integer', { name: 'pairs_found' })
  pairsFound: number;

  @Column('uuid', { name: 'requested_by' })
  requestedBy: string;

  @Column('timestamptz', { name: 'finished_at', nullable: true })
  finishedAt: Date | null;
}
