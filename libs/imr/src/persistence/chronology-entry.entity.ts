import { Column, Entity, Index } from 'typeorm';
import { ImrRecordColumns } from './imr-record.columns';

/**
 * One event in an agency's chronology. The date as the agency gave it (with its precision) is kept whole; its
 * earliest and latest days are stored beside it so that the combined chronology can be ordered in SQL.
 */
@Entity('chronology_entry')
@Index('ix_chronology_entry_review', ['partnershipId', 'reviewId', 'earliestOn'])
@Index('ix_chronology_entry_request', ['partnershipId', 'requestId'])
export class ChronologyEntryEntity extends ImrRecordColumns {
  @Column('uuid', { name: 'request_id' })
  requestId: string;

  @Column('uuid', { name: 'agency_id' })
  agencyId: string;

  @Column('jsonb', { name: 'occurred' })
  occurred: object;

  @Column('varchar', { name: 'date_text', length: 100 })
  dateText: string;

  @Column('date', { name: 'earliest_on' })
  earliestOn: string;

  @Column('date', { name: 'latest_on' })
  latestOn: string;

  @Column('varchar', { name: 'source_reference', length: 200, nullable: true })
  sourceReference: string | null;

  @Column('text', { array: true })
  subjects: string[];

  @Column('text')
  event: string;

  @Column('text', { name: 'action_outcome', nullable: true })
  actionOutcome: string | null;

  @Column('text', { nullable: true })
  analysis: string | null;
}
