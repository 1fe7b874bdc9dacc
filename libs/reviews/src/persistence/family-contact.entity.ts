import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, VersionColumn } from 'typeorm';

/** One contact with the family or friends, including the ones that got no reply. An append-only log. */
@Entity('family_contact')
@Index('ix_family_contact_review', ['partnershipId', 'reviewId'])
export class FamilyContactEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'partnership_id' })
  partnershipId: string;

  @Column('uuid', { name: 'review_id' })
  reviewId: string;

  @Column('varchar', { length: 200 })
  person: string;

  @Column('varchar', { length: 100 })
  relationship: string;

  @Column('varchar', { length: 20 })
  channel: string;

  @Column('date', { name: 'contacted_on' })
  contactedOn: string;

  @Column('varchar', { length: 20 })
  outcome: string;

  @Column('text', { nullable: true })
  notes: string | null;

  @VersionColumn()
  version: number;

  @Column('uuid', { name: 'recorded_by' })
  recordedBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
