import { Column, Entity, Index } from 'typeorm';
import { ReviewRecordColumns } from './review-record.columns';

/** A meeting of the panel: who came, what was decided. Minutes are documents attached to it. */
@Entity('panel_meeting')
@Index('ix_panel_meeting_review', ['partnershipId', 'reviewId'])
export class PanelMeetingEntity extends ReviewRecordColumns {
  @Column('date', { name: 'held_on' })
  heldOn: string;

  @Column('uuid', { name: 'attendee_ids', array: true })
  attendeeIds: string[];

  @Column('text', { array: true })
  decisions: string[];

  @Column('text', { nullable: true })
  notes: string | null;
}
