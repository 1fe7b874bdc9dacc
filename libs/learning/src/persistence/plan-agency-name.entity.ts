import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A name the partnership's spreadsheets give one of its agencies ("WP" for the police), as the coordinator said
 * on an import: the next import of a sheet that uses it knows the agency.
 */
@Entity('plan_agency_name')
export class PlanAgencyNameEntity {
  @PrimaryColumn('uuid', { name: 'partnership_id' })
  partnershipId: string;

  /** The name as aliasKey reads it: spaces and capitals do not matter. */
  @PrimaryColumn('varchar', { name: 'name_key', length: 200 })
  nameKey: string;

  /** The name as it was first written in a sheet. */
  @Column('varchar', { length: 200 })
  name: string;

  @Column('uuid', { name: 'agency_id' })
  agencyId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
