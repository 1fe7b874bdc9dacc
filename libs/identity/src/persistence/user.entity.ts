import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

@Entity('app_user')
@Index('ix_app_user_partnership', ['partnershipId', 'id'])
export class UserEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'partnership_id', nullable: true })
  partnershipId: string | null;

  @Column('uuid', { name: 'agency_id', nullable: true })
  agencyId: string | null;

  /** stored lower-cased; unique across the system so sign-in needs no partnership */
  @Column('varchar', { length: 320, unique: true })
  email: string;

  @Column('varchar', { name: 'display_name', length: 200 })
  displayName: string;

  @Column('varchar', { name: 'job_title', length: 200, nullable: true })
  jobTitle: string | null;

  @Column('text', { array: true })
  roles: string[];

  @Column('varchar', { length: 20 })
  status: string;

  @Column('text', { name: 'password_hash', nullable: true })
  passwordHash: string | null;

  @Column('int', { name: 'failed_login_count', default: 0 })
  failedLoginCount: number;

  @Column('timestamptz', { name: 'locked_until', nullable: true })
  lockedUntil: Date | null;

  @Column('timestamptz', { name: 'last_login_at', nullable: true })
  lastLoginAt: Date | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
