import { Column, Entity, Index } from 'typeorm';
import { ImrRecordColumns } from './imr-record.columns';

/** The chair's decision on a likely duplicate pair of entries: the same event (linked), or not (dismissed). */
@Entity('chronology_link')
@Index('uq_chronology_link_pair', ['partnershipId', 'entryA', 'entryB'], { unique: true })
export class ChronologyLinkEntity extends ImrRecordColumns {
  @Column('uuid', { name: 'entry_a' })
  entryA: string;

  @Column('uuid', { name: 'entry_b' })
  entryB: string;

  @Column('varchar', { length: 20 })
  decision: string;

  @Column('uuid', { name: 'decided_by' })
  decidedBy: string;
}
