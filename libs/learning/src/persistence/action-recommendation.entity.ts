import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One action may answer several recommendations, and one recommendation be answered by several actions. */
@Entity('action_recommendation')
export class ActionRecommendationEntity {
  @PrimaryColumn('uuid', { name: 'action_id' })
  actionId: string;

  @PrimaryColumn('uuid', { name: 'recommendation_id' })
  recommendationId: string;

  @Column('uuid', { name: 'partnership_id' })
  partnershipId: string;
}
