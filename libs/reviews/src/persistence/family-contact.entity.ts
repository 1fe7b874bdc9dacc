import { Column, Entity, Index } from 'typeorm';
import { ReviewRecordColumns } from './review-record.columns';

/** One contact with the family or friends, including the ones that got no reply. An append-only log. */
@Entity('family_contact')
@Index('ix_family_contact_review', ['partnershipId', 'reviewId'])
export class FamilyContactEntity extends ReviewRecordColumns {
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

  @Column('uuid', { name: 'recorded_by' })
  recordedBy: string;
}
