import { Column, Entity, Index } from 'typeorm';
import { ImrRecordColumns } from './imr-record.columns';

/** What one agency is asked for in one review, and where its answer stands. One request per agency and review. */
@Entity('imr_request')
@Index('uq_imr_request_agency', ['partnershipId', 'reviewId', 'agencyId'], { unique: true })
@Index('ix_imr_request_agency', ['partnershipId', 'agencyId'])
export class ImrRequestEntity extends ImrRecordColumns {
  @Column('uuid', { name: 'agency_id' })
  agencyId: string;

  @Column('varchar', { length: 20 })
  kind: string;

  @Column('varchar', { length: 30 })
  status: string;

  @Column('date', { name: 'due_on' })
  dueOn: string;

  @Column('uuid', { name: 'author_user_id' })
  authorUserId: string;

  @Column('uuid', { name: 'senior_manager_user_id', nullable: true })
  seniorManagerUserId: string | null;

  @Column('int', { name: 'terms_version_number', nullable: true })
  termsVersionNumber: number | null;

  @Column('date', { name: 'requested_on', nullable: true })
  requestedOn: string | null;

  @Column('text', { name: 'independence_statement', nullable: true })
  independenceStatement: string | null;

  @Column('timestamptz', { name: 'submitted_at', nullable: true })
  submittedAt: Date | null;

  @Column('uuid', { name: 'signed_off_by', nullable: true })
  signedOffBy: string | null;

  @Column('timestamptz', { name: 'signed_off_at', nullable: true })
  signedOffAt: Date | null;

  @Column('timestamptz', { name: 'accepted_at', nullable: true })
  acceptedAt: Date | null;
}
