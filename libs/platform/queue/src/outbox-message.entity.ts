import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A job to run, written in the same transaction as the change that caused it. The relay hands it to BullMQ
 * with this id as the job id; the processor marks it processed. Redis can lose it; this table cannot.
 */
@Entity('outbox_message')
@Index('ix_outbox_message_pending', ['createdAt'], { where: 'processed_at IS NULL' })
export class OutboxMessageEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'partnership_id', nullable: true })
  partnershipId: string | null;

  @Column('varchar', { name: 'job_name', length: 100 })
  jobName: string;

  @Column('int', { name: 'payload_version' })
  payloadVersion: number;

  @Column('jsonb')
  payload: unknown;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz', { name: 'relayed_at', nullable: true })
  relayedAt: Date | null;

  @Column('timestamptz', { name: 'processed_at', nullable: true })
  processedAt: Date | null;
}
