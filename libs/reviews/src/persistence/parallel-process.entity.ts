import { Column, Entity, Index } from 'typeorm';
import { ReviewRecordColumns } from './review-record.columns';

/** Criminal proceedings, an inquest, a police-conduct investigation, or a review run jointly or alongside. */
@Entity('parallel_process')
@Index('ix_parallel_process_review', ['partnershipId', 'reviewId'])
export class ParallelProcessEntity extends ReviewRecordColumns {
  @Column('varchar', { length: 40 })
  kind: string;

  @Column('varchar', { length: 200, nullable: true })
  reference: string | null;

  @Column('varchar', { length: 20 })
  status: string;

  @Column('date', { name: 'next_hearing_on', nullable: true })
  nextHearingOn: string | null;

  @Column('date', { name: 'concluded_on', nullable: true })
  concludedOn: string | null;

  @Column('text', { nullable: true })
  outcome: string | null;

  @Column('text', { nullable: true })
  notes: string | null;
}
