import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * An alert sent for one state of one clock of one review: its key is what makes the daily check idempotent,
 * so a check that runs twice, or again after a crash, sends nothing twice.
 */
@Entity('review_clock_alert')
export class ReviewClockAlertEntity {
  @PrimaryColumn('uuid', { name: 'review_id' })
  reviewId: string;

  @PrimaryColumn('varchar', { length: 20 })
  clock: string;

  @PrimaryColumn('varchar', { length: 20 })
  state: string;

  @PrimaryColumn('date', { name: 'due_on' })
  dueOn: string;

  @Column('uuid', { name: 'partnership_id' })
  partnershipId: string;

  @CreateDateColumn({ name: 'sent_at', type: 'timestamptz' })
  sentAt: Date;
}
