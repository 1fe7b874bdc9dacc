import { Column, CreateDateColumn, PrimaryColumn, VersionColumn } from 'typeorm';

/** The columns every record that belongs to one review has: its id, its partnership and review, its version. */
export abstract class ReviewRecordColumns {
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
