import { Column, CreateDateColumn, PrimaryColumn, VersionColumn } from 'typeorm';

/** The columns of every record of the IMR context: its id, partnership, review and version. */
export abstract class ImrRecordColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'partnership_id' })
  partnershipId: string;

  @Column('uuid', { name: 'review_id' })
  reviewId: string;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
