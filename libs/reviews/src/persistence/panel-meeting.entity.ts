import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, VersionColumn } from 'typeorm';

/** A meeting of the panel: who came, what was decided. Minutes are documents attached to it. */
@Entity('panel_meeting')
@Index('ix_panel_meeting_review', ['partnershipId', 'reviewId'])
export class PanelMeetingEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'partnership_id' })
  partnershipId: string;

  @Column('uuid', { name: 'review_id' })
  reviewId: string;

  @Column('date', { name: 'held_on' })
  heldOn: string;

  @Column('uuid', { name: 'attendee_ids', array: true })
  attendeeIds: string[];

  @Column('text', { array: true })
  decisions: string[];

  @Column('text', { nullable: true })
  notes: string | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
