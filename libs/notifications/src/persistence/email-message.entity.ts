import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * An email to send, stored with the change that caused it. In development with no mail server, this table is
 * the local mailbox. After real delivery the body is cleared: it may hold a single-use link.
 */
@Entity('email_message')
@Index('ix_email_message_partnership', ['partnershipId', 'id'])
export class EmailMessageEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'partnership_id', nullable: true })
  partnershipId: string | null;

  @Column('varchar', { name: 'to_address', length: 320 })
  toAddress: string;

  @Column('varchar', { length: 300 })
  subject: string;

  @Column('text', { nullable: true })
  body: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz', { name: 'delivered_at', nullable: true })
  deliveredAt: Date | null;

  @Column('varchar', { name: 'delivered_by', length: 20, nullable: true })
  deliveredBy: 'smtp' | 'mailbox' | null;
}
