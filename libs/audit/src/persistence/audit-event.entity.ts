import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One change (or one view of a real identity). Append-only: the database refuses UPDATE and DELETE. */
@Entity('audit_event')
@Index('ix_audit_event_partnership', ['partnershipId', 'id'])
@Index('ix_audit_event_entity', ['entityType', 'entityId'])
export class AuditEventEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'partnership_id', nullable: true })
  partnershipId: string | null;

  @Column('uuid', { name: 'actor_user_id' })
  actorUserId: string;

  @Column('varchar', { length: 100 })
  action: string;

  @Column('varchar', { name: 'entity_type', length: 60 })
  entityType: string;

  @Column('uuid', { name: 'entity_id' })
  entityId: string;

  @Column('jsonb', { nullable: true })
  before: object | null;

  @Column('jsonb', { nullable: true })
  after: object | null;

  @Column('varchar', { name: 'request_id', length: 64 })
  requestId: string;

  @Column('timestamptz', { name: 'occurred_at', default: () => 'now()' })
  occurredAt: Date;
}
