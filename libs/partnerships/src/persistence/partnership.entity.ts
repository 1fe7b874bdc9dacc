import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

@Entity('partnership')
export class PartnershipEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('varchar', { length: 200, unique: true })
  name: string;

  @Column('varchar', { name: 'reference_prefix', length: 12 })
  referencePrefix: string;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
