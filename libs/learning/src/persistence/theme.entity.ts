import { Column, Entity, Index } from 'typeorm';
import { LearningRecordColumns } from './learning-record.columns';

/** A theme of the partnership's own list (risk assessment, information sharing, GP involvement...). */
@Entity('learning_theme')
@Index('uq_learning_theme_name', ['partnershipId', 'name'], { unique: true })
export class ThemeEntity extends LearningRecordColumns {
  @Column('varchar', { length: 100 })
  name: string;

  @Column('boolean', { default: true })
  active: boolean;
}
