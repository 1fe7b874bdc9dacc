import { Column, Entity, Index } from 'typeorm';
import { LearningRecordColumns } from './learning-record.columns';

/** A key milestone of an action, with its date and whether it is done. */
@Entity('action_milestone')
@Index('ix_action_milestone_action', ['partnershipId', 'actionId'])
export class ActionMilestoneEntity extends LearningRecordColumns {
  @Column('uuid', { name: 'action_id' })
  actionId: string;

  @Column('int')
  position: number;

  @Column('text')
  description: string;

  @Column('date', { name: 'due_on', nullable: true })
  dueOn: string | null;

  @Column('boolean')
  done: boolean;
}
