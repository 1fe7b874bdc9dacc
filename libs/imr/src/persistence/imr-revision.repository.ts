import { Injectable } from '@nestjs/common';
import { Db, ReviewRecords } from '@dhr/platform-database';
import { PartnershipId } from '@dhr/platform-domain';
import { ChairOutcome, ImrRevision, ImrSnapshot } from '../domain/imr-content';
import { ImrRevisionEntity } from './imr-revision.entity';

@Injectable()
export class ImrRevisionRepository extends ReviewRecords<ImrRevisionEntity, ImrRevision> {
  constructor(db: Db) {
    super(db, ImrRevisionEntity, 'createdAt');
  }

  async listForRequest(partnershipId: PartnershipId, requestId: string): Promise<ImrRevision[]> {
    const rows = await this.db
      .repository(ImrRevisionEntity)
      .find({ where: { partnershipId, requestId }, order: { revisionNumber: 'ASC' } });
    return rows.map((row) => this.toRecord(row));
  }

  protected toRecord(row: ImrRevisionEntity): ImrRevision {
    return {
      id: row.id,
      requestId: row.requestId,
      revisionNumber: row.revisionNumber,
      content: row.content as ImrSnapshot,
      submittedBy: row.submittedBy,
      submittedAt: row.createdAt,
      outcome: row.outcome as ChairOutcome | null,
      chairComments: row.chairComments,
      decidedBy: row.decidedBy,
      decidedAt: row.decidedAt,
    };
  }
}
