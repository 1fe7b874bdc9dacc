import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A refresh token, stored only as its SHA-256. Used once: a second use means it was stolen. */
@Entity('refresh_token')
@Index('ix_refresh_token_session', ['sessionId'])
export class RefreshTokenEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'session_id' })
  sessionId: string;

  @Column('char', { name: 'token_hash', length: 64, unique: true })
  tokenHash: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz', { name: 'used_at', nullable: true })
  usedAt: Date | null;
}
