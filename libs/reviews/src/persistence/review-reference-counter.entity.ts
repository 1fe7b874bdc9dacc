import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The last reference number a partnership gave in a year: DHR-2026-004 follows DHR-2026-003. */
@Entity('review_reference_counter')
export class ReviewReferenceCounterEntity {
  @PrimaryColumn('uuid', { name: 'partnership_id' })
  partnershipId: string;

  @PrimaryColumn('int')
  year: number;

  @Column('int', { name: 'last_number' })
  lastNumber: number;
}
