import { Column, Entity, Index } from 'typeorm';
import { LearningRecordColumns } from './learning-record.columns';

/** A row of the action plan: what an agency will do, by when, and how it is going. */
@Entity('action')
@Index('ix_action_agency', ['partnershipId', 'leadAgencyId'])
@Index('ix_action_target', ['partnershipId', 'targetDate'])
export class ActionEntity extends LearningRecordColumns {
  @Column('varchar', { length: 30 })
  reference: string;

  @Column('varchar', { name: 'plan_section', length: 200, nullable: true })
  planSection: string | null;

  @Column('text')
  description: string;

  @Column('uuid', { name: 'lead_agency_id' })
  leadAgencyId: string;

  @Column('uuid', { name: 'lead_officer_user_id', nullable: true })
  leadOfficerUserId: string | null;

  @Column('varchar', { name: 'lead_officer_name', length: 200, nullable: true })
  leadOfficerName: string | null;

  @Column('date', { name: 'target_date', nullable: true })
  targetDate: string | null;

  @Column('boolean', { name: 'target_to_be_agreed', default: false })
  targetToBeAgreed: boolean;

  @Column('varchar', { length: 30 })
  status: string;

  @Column('varchar', { name: 'reported_rag', length: 20, nullable: true })
  reportedRag: string | null;

  @Column('date', { name: 'last_update_on', nullable: true })
  lastUpdateOn: string | null;

  @Column('date', { name: 'completed_on', nullable: true })
  completedOn: string | null;

  @Column('text', { nullable: true })
  outcome: string | null;

  @Column('uuid', { name: 'closed_by', nullable: true })
  closedBy: string | null;

  @Column('timestamptz', { name: 'closed_at', nullable: true })
  closedAt: Date | null;

  @Column('text', { name: 'rejection_reason', nullable: true })
  rejectionReason: string | null;
}
