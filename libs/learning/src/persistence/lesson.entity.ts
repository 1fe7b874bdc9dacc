import { Column, Entity, Index } from 'typeorm';
import { LearningRecordColumns } from './learning-record.columns';

/** A numbered lesson of a review: the narrative, the lesson itself, and what it came from. */
@Entity('lesson')
@Index('uq_lesson_number', ['partnershipId', 'reviewId', 'number'], { unique: true })
export class LessonEntity extends LearningRecordColumns {
  @Column('uuid', { name: 'review_id' })
  reviewId: string;

  @Column('int')
  number: number;

  @Column('text')
  narrative: string;

  @Column('text')
  statement: string;

  @Column('int', { name: 'question_numbers', array: true })
  questionNumbers: number[];

  @Column('uuid', { name: 'imr_request_ids', array: true })
  imrRequestIds: string[];

  @Column('uuid', { name: 'theme_ids', array: true })
  themeIds: string[];
}
