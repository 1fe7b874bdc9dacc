import { Column, Entity, Index } from 'typeorm';
import { ReviewRecordColumns } from './review-record.columns';

/** A person at the centre of a review, by pseudonym only ("MA 1"). The real identity is in subject_identity. */
@Entity('review_subject')
@Index('uq_review_subject_pseudonym', ['partnershipId', 'reviewId', 'pseudonym'], { unique: true })
export class ReviewSubjectEntity extends ReviewRecordColumns {
  @Column('varchar', { length: 50 })
  pseudonym: string;

  @Column('varchar', { length: 20 })
  role: string;

  @Column('varchar', { length: 40, nullable: true })
  sex: string | null;

  @Column('varchar', { length: 100, nullable: true })
  ethnicity: string | null;

  @Column('varchar', { name: 'age_band', length: 20, nullable: true })
  ageBand: string | null;

  @Column('varchar', { name: 'relationship_to_victim', length: 100, nullable: true })
  relationshipToVictim: string | null;
}
