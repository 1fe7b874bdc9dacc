import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

@Entity('agency')
@Index('uq_agency_partnership_name', ['partnershipId', 'name'], { unique: true })
export class AgencyEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'partnership_id' })
  partnershipId: string;

  @Column('varchar', { length: 200 })
  name: string;

  @Column('varchar', { name: 'short_name', length: 30, nullable: true })
  shortName: string | null;

  @Column('varchar', { length: 40 })
  type: string;

  @Column('boolean', { default: true })
  active: boolean;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
