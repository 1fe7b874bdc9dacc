import { Column, Entity, Index } from 'typeorm';
import { ReviewRecordColumns } from './review-record.columns';

/** A period the review waited on something else (a trial, an inquest); the clocks stay visible throughout. */
@Entity('review_pause')
@Index('ix_review_pause_review', ['partnershipId', 'reviewId'])
export class ReviewPauseEntity extends ReviewRecordColumns {
  @Column('varchar', { length: 40 })
  reason: string;

  @Column('text', { nullable: true })
  note: string | null;

  @Column('uuid', { name: 'parallel_process_id', nullable: true })
  parallelProcessId: string | null;

  @Column('date', { name: 'paused_on' })
  pausedOn: string;

  @Column('date', { name: 'revisit_on' })
  revisitOn: string;

  @Column('date', { name: 'resumed_on', nullable: true })
  resumedOn: string | null;
}
