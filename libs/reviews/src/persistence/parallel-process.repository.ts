import { Injectable } from '@nestjs/common';
import { Db, ReviewRecords } from '@dhr/platform-database';
import { ParallelProcess, ParallelProcessKind, ParallelProcessStatus } from '../domain/parallel-process';
import { ReviewId } from '../domain/review';
import { ParallelProcessEntity } from './parallel-process.entity';

@Injectable()
export class ParallelProcessRepository extends ReviewRecords<ParallelProcessEntity, ParallelProcess> {
  constructor(db: Db) {
    super(db, ParallelProcessEntity, 'createdAt');
  }

  protected toRecord(row: ParallelProcessEntity): ParallelProcess {
    return {
      id: row.id,
      reviewId: row.reviewId as ReviewId,
      kind: row.kind as ParallelProcessKind,
      reference: row.reference,
      status: row.status as ParallelProcessStatus,
      nextHearingOn: row.nextHearingOn,
      concludedOn: row.concludedOn,
      outcome: row.outcome,
      notes: row.notes,
      version: row.version,
    };
  }
}
