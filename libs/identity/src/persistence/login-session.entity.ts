import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** One sign-in. Its refresh tokens rotate; revoking it signs the user out everywhere it reached. */
@Entity('login_session')
@Index('ix_login_session_user', ['userId'])
export class LoginSessionEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'user_id' })
  userId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt: Date;

  @Column('timestamptz', { name: 'revoked_at', nullable: true })
  revokedAt: Date | null;

  @Column('varchar', { name: 'revoked_reason', length: 40, nullable: true })
  revokedReason: string | null;
}
