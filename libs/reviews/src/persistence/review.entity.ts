import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/** One DHR (or DARDR): notification, decision, chair, clocks' dates, sign-off, publication. */
@Entity('review')
@Index('uq_review_reference', ['partnershipId', 'reference'], { unique: true })
@Index('ix_review_partnership_status', ['partnershipId', 'status'])
export class ReviewEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'partnership_id' })
  partnershipId: string;

  @Column('varchar', { length: 30 })
  reference: string;

  @Column('varchar', { name: 'review_type', length: 10 })
  reviewType: string;

  @Column('varchar', { length: 30 })
  status: string;

  @Column('date', { name: 'notified_on' })
  notifiedOn: string;

  @Column('varchar', { name: 'notified_by', length: 200 })
  notifiedBy: string;

  @Column('uuid', { name: 'notifying_agency_id', nullable: true })
  notifyingAgencyId: string | null;

  @Column('varchar', { name: 'police_force', length: 200, nullable: true })
  policeForce: string | null;

  @Column('date', { name: 'date_of_death', nullable: true })
  dateOfDeath: string | null;

  @Column('varchar', { length: 40 })
  relationship: string;

  @Column('boolean', { name: 'suspected_suicide' })
  suspectedSuicide: boolean;

  @Column('text', { nullable: true })
  circumstances: string | null;

  @Column('varchar', { length: 20, nullable: true })
  decision: string | null;

  @Column('date', { name: 'decided_on', nullable: true })
  decidedOn: string | null;

  @Column('varchar', { name: 'decision_maker', length: 200, nullable: true })
  decisionMaker: string | null;

  @Column('text', { name: 'decision_rationale', nullable: true })
  decisionRationale: string | null;

  @Column('date', { name: 'home_office_informed_on', nullable: true })
  homeOfficeInformedOn: string | null;

  @Column('uuid', { name: 'chair_user_id', nullable: true })
  chairUserId: string | null;

  @Column('date', { name: 'chair_appointed_on', nullable: true })
  chairAppointedOn: string | null;

  @Column('uuid', { name: 'author_user_id', nullable: true })
  authorUserId: string | null;

  @Column('text', { name: 'chair_independence_statement', nullable: true })
  chairIndependenceStatement: string | null;

  @Column('timestamptz', { name: 'chair_independence_declared_at', nullable: true })
  chairIndependenceDeclaredAt: Date | null;

  @Column('varchar', { name: 'breach_reason', length: 40, nullable: true })
  breachReason: string | null;

  @Column('text', { name: 'breach_note', nullable: true })
  breachNote: string | null;

  @Column('date', { name: 'signed_off_on', nullable: true })
  signedOffOn: string | null;

  @Column('varchar', { name: 'signed_off_by', length: 200, nullable: true })
  signedOffBy: string | null;

  @Column('date', { name: 'first_submitted_on', nullable: true })
  firstSubmittedOn: string | null;

  @Column('date', { name: 'family_advocacy_offered_on', nullable: true })
  familyAdvocacyOfferedOn: string | null;

  @Column('date', { name: 'family_draft_shared_on', nullable: true })
  familyDraftSharedOn: string | null;

  @Column('text', { name: 'family_pseudonym_note', nullable: true })
  familyPseudonymNote: string | null;

  @Column('date', { name: 'published_on', nullable: true })
  publishedOn: string | null;

  @Column('varchar', { name: 'publication_url', length: 500, nullable: true })
  publicationUrl: string | null;

  @Column('date', { name: 'family_told_publication_on', nullable: true })
  familyToldPublicationOn: string | null;

  @Column('date', { name: 'removal_review_on', nullable: true })
  removalReviewOn: string | null;

  @Column('varchar', { name: 'transferred_to', length: 200, nullable: true })
  transferredTo: string | null;

  @Column('text', { name: 'status_note', nullable: true })
  statusNote: string | null;

  @Column('date', { name: 'status_changed_on', nullable: true })
  statusChangedOn: string | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
