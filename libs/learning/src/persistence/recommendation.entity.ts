import { Column, Entity, Index } from 'typeorm';
import { LearningRecordColumns } from './learning-record.columns';

/** A recommendation: the panel's to the partnership, or one agency's, from a review or another source. */
@Entity('recommendation')
@Index('ix_recommendation_source', ['partnershipId', 'sourceId'])
@Index('ix_recommendation_review', ['partnershipId', 'reviewId'])
export class RecommendationEntity extends LearningRecordColumns {
  @Column('uuid', { name: 'source_id' })
  sourceId: string;

  @Column('uuid', { name: 'review_id', nullable: true })
  reviewId: string | null;

  @Column('varchar', { length: 30 })
  reference: string;

  @Column('varchar', { length: 20 })
  level: string;

  @Column('text')
  text: string;

  @Column('varchar', { length: 20 })
  scope: string;

  @Column('varchar', { name: 'national_recipient', length: 200, nullable: true })
  nationalRecipient: string | null;

  @Column('date', { name: 'national_notified_on', nullable: true })
  nationalNotifiedOn: string | null;

  @Column('uuid', { name: 'lead_agency_id', nullable: true })
  leadAgencyId: string | null;

  @Column('date', { name: 'target_date', nullable: true })
  targetDate: string | null;

  @Column('boolean', { name: 'target_to_be_agreed', default: false })
  targetToBeAgreed: boolean;

  @Column('uuid', { name: 'imr_request_id', nullable: true })
  imrRequestId: string | null;

  @Column('uuid', { name: 'theme_ids', array: true })
  themeIds: string[];
}
