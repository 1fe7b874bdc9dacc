import { Column, Entity, Index } from 'typeorm';
import { ImrRecordColumns } from './imr-record.columns';

/** A single-agency recommendation proposed in the IMR: the columns of seed 003's Appendix B. */
@Entity('imr_recommendation')
@Index('ix_imr_recommendation_request', ['partnershipId', 'requestId'])
export class ImrRecommendationEntity extends ImrRecordColumns {
  @Column('uuid', { name: 'request_id' })
  requestId: string;

  @Column('int')
  position: number;

  @Column('text')
  recommendation: string;

  @Column('varchar', { length: 200 })
  lead: string;

  @Column('text')
  action: string;

  @Column('text', { name: 'key_milestone', nullable: true })
  keyMilestone: string | null;

  @Column('date', { name: 'target_date' })
  targetDate: string;
}
