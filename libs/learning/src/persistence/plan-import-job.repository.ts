import { Injectable } from '@nestjs/common';
import { Db } from '@dhr/platform-database';
import { PartnershipId } from '@dhr/platform-domain';
import { PartnershipRecords } from './learning-records';
import { PlanImportJobEntity } from './plan-import-job.entity';

export type PlanImportJobStatus = 'queued' | 'running' | 'done' | 'failed';

/** A large action plan's import in the background, without its file. */
export interface PlanImportJob {
  id: string;
  partnershipId: PartnershipId;
  status: PlanImportJobStatus;
  filename: string;
  options: Record<string, unknown>;
  rowsTotal: number;
  rowsDone: number;
  counts: Record<string, number> | null;
  problems: { field: string; message: string }[] | null;
  requestedBy: string;
  createdAt: Date;
  finishedAt: Date | null;
  version: number;
}

@Injectable()
export class PlanImportJobRepository extends PartnershipRecords<PlanImportJobEntity, PlanImportJob> {
  constructor(db: Db) {
    super(db, PlanImportJobEntity);
  }

  /** The file waiting to be imported; null once the import has finished. */
  async content(partnershipId: PartnershipId, id: string): Promise<Buffer | null> {
    const row = await this.db
      .repository(PlanImportJobEntity)
      .createQueryBuilder('x')
      .addSelect('x.content')
      .where('x.partnership_id = :partnershipId AND x.id = :id', { partnershipId, id })
      .getOne();
    return row?.content ?? null;
  }

  protected toRecord(row: PlanImportJobEntity): PlanImportJob {
    return {
      id: row.id,
      partnershipId: row.partnershipId as PartnershipId,
      status: row.status as PlanImportJobStatus,
      filename: row.filename,
      options: row.options,
      rowsTotal: row.rowsTotal,
      rowsDone: row.rowsDone,
      counts: row.counts,
      problems: row.problems,
      requestedBy: row.requestedBy,
      createdAt: row.createdAt,
      finishedAt: row.finishedAt,
      version: row.version,
    };
  }
}
