import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** The first response to a request sent with an Idempotency-Key, replayed for retries of it. */
@Entity('idempotency_record')
@Index('uq_idempotency_record_user_key', ['userId', 'key'], { unique: true })
export class IdempotencyRecordEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'user_id' })
  userId: string;

  @Column('varchar', { length: 255 })
  key: string;

  /** sha-256 of method, route and body: a key reused for a different request is refused. */
  @Column('char', { length: 64 })
  fingerprint: string;

  @Column('int', { name: 'status_code' })
  statusCode: number;

  @Column('jsonb', { name: 'response_body', nullable: true })
  responseBody: unknown;

  @Column('text', { nullable: true })
  etag: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
