import { Injectable } from '@nestjs/common';
import { Db, ReviewRecords } from '@dhr/platform-database';
import { PartnershipId } from '@dhr/platform-domain';
import { ChronologyDate } from '../domain/chronology-date';
import { ChronologyEntry } from '../domain/imr-content';
import { ChronologyEntryEntity } from './chronology-entry.entity';

@Injectable()
export class ChronologyEntryRepository extends ReviewRecords<ChronologyEntryEntity, ChronologyEntry> {
  constructor(db: Db) {
    super(db, ChronologyEntryEntity, 'earliestOn');
  }

  async countForRequest(partnershipId: PartnershipId, requestId: string): Promise<number> {
    return this.db.repository(ChronologyEntryEntity).countBy({ partnershipId, requestId });
  }

  async listForRequest(partnershipId: PartnershipId, requestId: string): Promise<ChronologyEntry[]> {
    const rows = await this.db.repository(ChronologyEntryEntity).find({
      where: { partnershipId, requestId },
      order: { earliestOn: 'ASC', latestOn: 'ASC', id: 'ASC' },
    });
    return rows.map((row) => this.toRecord(row));
  }

  async remove(partnershipId: PartnershipId, reviewId: string, id: string): Promise<void> {
    await this.db.repository(ChronologyEntryEntity).delete({ partnershipId, reviewId, id });
  }

  async removeForRequest(partnershipId: PartnershipId, requestId: string): Promise<void> {
    await this.db.repository(ChronologyEntryEntity).delete({ partnershipId, requestId });
  }

  protected toRecord(row: ChronologyEntryEntity): ChronologyEntry {
    return {
      id: row.id,
      requestId: row.requestId,
      agencyId: row.agencyId,
      occurred: row.occurred as ChronologyDate,
      dateText: row.dateText,
      earliestOn: row.earliestOn,
      latestOn: row.latestOn,
      sourceReference: row.sourceReference,
      subjects: row.subjects,
      event: row.event,
      actionOutcome: row.actionOutcome,
      analysis: row.analysis,
      version: row.version,
      createdAt: row.createdAt,
    };
  }
}
