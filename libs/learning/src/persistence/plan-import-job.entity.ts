import { Column, Entity, Index } from 'typeorm';
import { LearningRecordColumns } from './learning-record.columns';

/**
 * A large action plan imported in the background: the file until it is imported, the choices made on the
 * preview, and the progress and outcome the coordinator watches.
 */
@Entity('plan_import_job')
@Index('ix_plan_import_job_partnership', ['partnershipId', 'createdAt'])
export class PlanImportJobEntity extends LearningRecordColumns {
  /** queued | running | done | failed */
  @Column('varchar', { length: 20 })
  status: string;

  @Column('varchar', { length: 255 })
  filename: string;

  /** The uploaded file; emptied once the import has finished, either way. */
  @Column('bytea', { nullable: true, select: false })
  content: Buffer | null;

  /** The mapping, source, review and default lead agency chosen on the preview. */
  @Column('jsonb')
  options: Record<string, unknown>;

  @Column('integer', { name: 'rows_total' })
  rowsTotal: number;

  @Column('integer', { name: 'rows_done' })
  rowsDone: number;

  /** What the import created, updated and left unchanged, once done. */
  @Column('jsonb', { nullable: true })
  counts: Record<string, number> | null;

  /** Why it failed, as problems naming the field or row. */
  @Column('jsonb', { nullable: true })
  problems: { field: string; message: string }[] | null;

  @Column('uuid', { name: 'requested_by' })
  requestedBy: string;

  @Column('timestamptz', { name: 'finished_at', nullable: true })
  finishedAt: Date | null;
}
