import { Injectable } from '@nestjs/common';
import { Db, ReviewRecords } from '@dhr/platform-database';
import { PartnershipId } from '@dhr/platform-domain';
import { ChronologyLinkEntity } from './chronology-link.entity';

export const LINK_DECISIONS = ['linked', 'dismissed'] as const;
export type LinkDecision = (typeof LINK_DECISIONS)[number];

/** The chair's decision on a pair of entries; entryA < entryB. */
export interface ChronologyLink {
  id: string;
  reviewId: string;
  entryA: string;
  entryB: string;
  decision: LinkDecision;
  decidedBy: string;
  version: number;
}

@Injectable()
export class ChronologyLinkRepository extends ReviewRecords<ChronologyLinkEntity, ChronologyLink> {
  constructor(db: Db) {
    super(db, ChronologyLinkEntity, 'createdAt');
  }

  /** The decision on a pair, locked until the transaction ends (so two decisions on it queue up). */
  async findPairForUpdate(
    partnershipId: PartnershipId,
    entryA: string,
    entryB: string,
  ): Promise<ChronologyLink | undefined> {
    const row = await this.db
      .repository(ChronologyLinkEntity)
      .createQueryBuilder('l')
      .setLock('pessimistic_write')
      .where('l.partnership_id = :partnershipId AND l.entry_a = :entryA AND l.entry_b = :entryB', {
        partnershipId,
        entryA,
        entryB,
      })
      .getOne();
    return row ? this.toRecord(row) : undefined;
  }

  protected toRecord(row: ChronologyLinkEntity): ChronologyLink {
    return {
      id: row.id,
      reviewId: row.reviewId,
      entryA: row.entryA,
      entryB: row.entryB,
      decision: row.decision as LinkDecision,
      decidedBy: row.decidedBy,
      version: row.version,
    };
  }
}
