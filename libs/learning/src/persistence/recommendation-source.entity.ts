import { Column, Entity, Index } from 'typeorm';
import { LearningRecordColumns } from './learning-record.columns';

/**
 * Where recommendations come from: a review of the partnership, or another source (a scrutiny review, an
 * inspection, another partnership's review) with the key a plan uses for it (seed 000: S, H, Z, N).
 */
@Entity('recommendation_source')
@Index('uq_recommendation_source_key', ['partnershipId', 'key'], { unique: true })
export class RecommendationSourceEntity extends LearningRecordColumns {
  @Column('varchar', { length: 30 })
  key: string;

  @Column('varchar', { length: 300 })
  name: string;

  @Column('varchar', { length: 20 })
  kind: string;

  @Column('uuid', { name: 'review_id', nullable: true })
  reviewId: string | null;
}
