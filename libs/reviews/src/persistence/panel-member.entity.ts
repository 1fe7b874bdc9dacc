import { Column, Entity, Index } from 'typeorm';
import { ReviewRecordColumns } from './review-record.columns';

/** A senior agency representative on a review's panel (seed 003 had 22). */
@Entity('panel_member')
@Index('ix_panel_member_review', ['partnershipId', 'reviewId'])
export class PanelMemberEntity extends ReviewRecordColumns {
  @Column('varchar', { length: 200 })
  name: string;

  @Column('uuid', { name: 'agency_id', nullable: true })
  agencyId: string | null;

  @Column('varchar', { length: 200, nullable: true })
  organisation: string | null;

  @Column('varchar', { name: 'job_title', length: 200, nullable: true })
  jobTitle: string | null;

  @Column('varchar', { name: 'panel_role', length: 30 })
  panelRole: string;

  @Column('uuid', { name: 'user_id', nullable: true })
  userId: string | null;

  @Column('date', { name: 'joined_on' })
  joinedOn: string;

  @Column('date', { name: 'left_on', nullable: true })
  leftOn: string | null;
}
