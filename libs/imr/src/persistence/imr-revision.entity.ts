import { Column, Entity, Index } from 'typeorm';
import { ImrRecordColumns } from './imr-record.columns';

/**
 * Each time the author submits, the whole IMR as submitted; and what became of it: returned with the chair's
 * comments per section, or accepted. Every version is kept.
 */
@Entity('imr_revision')
@Index('uq_imr_revision_number', ['partnershipId', 'requestId', 'revisionNumber'], { unique: true })
export class ImrRevisionEntity extends ImrRecordColumns {
  @Column('uuid', { name: 'request_id' })
  requestId: string;

  @Column('int', { name: 'revision_number' })
  revisionNumber: number;

  @Column('jsonb')
  content: object;

  @Column('uuid', { name: 'submitted_by' })
  submittedBy: string;

  @Column('varchar', { length: 20, nullable: true })
  outcome: string | null;

  @Column('jsonb', { name: 'chair_comments' })
  chairComments: { section: string; comment: string }[];

  @Column('uuid', { name: 'decided_by', nullable: true })
  decidedBy: string | null;

  @Column('timestamptz', { name: 'decided_at', nullable: true })
  decidedAt: Date | null;
}
