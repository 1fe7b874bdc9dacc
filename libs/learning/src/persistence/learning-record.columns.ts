import { Column, CreateDateColumn, PrimaryColumn, VersionColumn } from 'typeorm';

/** The columns of every record of the learning context: its id, partnership and version. */
export abstract class LearningRecordColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'partnership_id' })
  partnershipId: string;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
