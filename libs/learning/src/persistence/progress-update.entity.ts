import { Column, Entity, Index } from 'typeorm';
import { LearningRecordColumns } from './learning-record.columns';

/** A dated progress update with the lead officer's RAG rating. The history is appended to, never overwritten. */
@Entity('progress_update')
@Index('ix_progress_update_action', ['partnershipId', 'actionId', 'reportedOn'])
export class ProgressUpdateEntity extends LearningRecordColumns {
  @Column('uuid', { name: 'action_id' })
  actionId: string;

  @Column('date', { name: 'reported_on' })
  reportedOn: string;

  /** The lead officer's rating; none only on progress imported from a sheet that gave none. */
  @Column('varchar', { length: 20, nullable: true })
  rag: string | null;

  @Column('text')
  narrative: string;

  @Column('uuid', { name: 'author_user_id', nullable: true })
  authorUserId: string | null;
}
