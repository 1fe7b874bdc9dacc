import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A likely duplicate pair found by one check; entry_a < entry_b, so a pair has one row per check. */
@Entity('chronology_duplicate')
export class ChronologyDuplicateEntity {
  @PrimaryColumn('uuid', { name: 'check_id' })
  checkId: string;

  @PrimaryColumn('uuid', { name: 'entry_a' })
  entryA: string;

  @PrimaryColumn('uuid', { name: 'entry_b' })
  entryB: string;

  @Column('double precision')
  score: number;

  @Column('text', { array: true })
  reasons: string[];
}
