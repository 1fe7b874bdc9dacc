import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * The real identity of a subject, sealed (AES-256-GCM) with the key from configuration: a database dump or
 * backup alone does not reveal who the review is about.
 */
@Entity('subject_identity')
export class SubjectIdentityEntity {
  @PrimaryColumn('uuid', { name: 'subject_id' })
  subjectId: string;

  @Column('uuid', { name: 'partnership_id' })
  partnershipId: string;

  @Column('text')
  sealed: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
