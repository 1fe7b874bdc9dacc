import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A stored file's record: what it is, whose record it belongs to, and where its bytes are. */
@Entity('document')
@Index('ix_document_owner', ['partnershipId', 'ownerType', 'ownerId'])
export class DocumentEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'partnership_id' })
  partnershipId: string;

  @Column('varchar', { name: 'owner_type', length: 40 })
  ownerType: string;

  @Column('uuid', { name: 'owner_id' })
  ownerId: string;

  @Column('varchar', { length: 200 })
  filename: string;

  @Column('varchar', { name: 'content_type', length: 120 })
  contentType: string;

  @Column('bigint', {
    name: 'size_bytes',
    transformer: { to: (v: number) => v, from: (v: string) => Number(v) },
  })
  sizeBytes: number;

  @Column('char', { length: 64 })
  sha256: string;

  @Column('varchar', { name: 'storage_key', length: 200 })
  storageKey: string;

  @Column('uuid', { name: 'uploaded_by' })
  uploadedBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
