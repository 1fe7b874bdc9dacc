import { Column, Entity, Index } from 'typeorm';
import { ImrRecordColumns } from './imr-record.columns';

/** The agency's analysis against one numbered question of the terms of reference. */
@Entity('imr_answer')
@Index('uq_imr_answer_question', ['partnershipId', 'requestId', 'questionNumber'], { unique: true })
export class ImrAnswerEntity extends ImrRecordColumns {
  @Column('uuid', { name: 'request_id' })
  requestId: string;

  @Column('int', { name: 'question_number' })
  questionNumber: number;

  @Column('text')
  answer: string;
}
