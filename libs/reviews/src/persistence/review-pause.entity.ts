import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, VersionColumn } from 'typeorm';

/** A period the review waited on something else (a trial, an inquest); the clocks stay visible throughout. */
@Entity('review_pause')
@Index('ix_review_pause_review', ['partnershipId', 'reviewId'])
export class ReviewPauseEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'partnership_id' })
  partnershipId: string;

  @Column('uuid', { name: 'review_id' })
  reviewId: string;

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

  @VersionColumn()
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
