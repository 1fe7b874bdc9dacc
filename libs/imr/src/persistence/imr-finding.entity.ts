import { Column, Entity, Index } from 'typeorm';
import { ImrRecordColumns } from './imr-record.columns';

/** Good practice found, or a lesson learned, in the agency's own words; kept in the order given. */
@Entity('imr_finding')
@Index('ix_imr_finding_request', ['partnershipId', 'requestId'])
export class ImrFindingEntity extends ImrRecordColumns {
  @Column('uuid', { name: 'request_id' })
  requestId: string;

  @Column('varchar', { length: 20 })
  kind: string;

  @Column('int')
  position: number;

  @Column('text')
  text: string;
}
