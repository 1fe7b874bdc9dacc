import { Injectable } from '@nestjs/common';
import { Db, ReviewRecords } from '@dhr/platform-database';
import { PartnershipId } from '@dhr/platform-domain';
import { LikelyDuplicate } from '../domain/duplicates';
import { ChronologyCheckEntity } from './chronology-check.entity';
import { ChronologyDuplicateEntity } from './chronology-duplicate.entity';

export const CHECK_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

/** One run of the duplicate check over a review's combined chronology. */
export interface ChronologyCheck {
  id: string;
  partnershipId: PartnershipId;
  reviewId: string;
  status: CheckStatus;
  progress: number;
  entriesChecked: number;
  pairsFound: number;
  requestedBy: string;
  createdAt: Date;
  finishedAt: Date | null;
  version: number;
}

/** Rows are written a few hundred at a time, well inside PostgreSQL's limit on parameters. */
const INSERT_BATCH = 500;

@Injectable()
export class ChronologyCheckRepository extends ReviewRecords<ChronologyCheckEntity, ChronologyCheck> {
  constructor(db: Db) {
    super(db, ChronologyCheckEntity, 'createdAt');
  }

  /** The review's most recently requested check. */
  async latest(partnershipId: PartnershipId, reviewId: string): Promise<ChronologyCheck | undefined> {
    const row = await this.db
      .repository(ChronologyCheckEntity)
      .createQueryBuilder('c')
      .where('c.partnership_id = :partnershipId AND c.review_id = :reviewId', { partnershipId, reviewId })
      .orderBy('c.created_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(1)
      .getOne();
    return row ? this.toRecord(row) : undefined;
  }

  /** The check's pairs become exactly `pairs`: run in a transaction, a check run twice leaves the same rows. */
  async replacePairs(checkId: string, pairs: readonly LikelyDuplicate[]): Promise<void> {
    const repository = this.db.repository(ChronologyDuplicateEntity);
    await repository.delete({ checkId });
    for (let start = 0; start < pairs.length; start += INSERT_BATCH) {
      await repository.insert(
        pairs.slice(start, start + INSERT_BATCH).map((pair) => ({
          checkId,
          entryA: pair.a,
          entryB: pair.b,
          score: pair.score,
          reasons: pair.reasons,
        })),
      );
    }
  }

  /** The check's pairs, most alike first (as findLikelyDuplicates ordered them). */
  async pairsOf(checkId: string): Promise<LikelyDuplicate[]> {
    const rows = await this.db.repository(ChronologyDuplicateEntity).find({
      where: { checkId },
      order: { score: 'DESC', entryA: 'ASC', entryB: 'ASC' },
    });
    return rows.map((row) => ({ a: row.entryA, b: row.entryB, score: row.score, reasons: row.reasons }));
  }

  protected toRecord(row: ChronologyCheckEntity): ChronologyCheck {
    return {
      id: row.id,
      partnershipId: row.partnershipId as PartnershipId,
      reviewId: row.reviewId,
      status: row.status as CheckStatus,
      progress: row.progress,
      entriesChecked: row.entriesChecked,
      pairsFound: row.pairsFound,
      requestedBy: row.requestedBy,
      createdAt: row.createdAt,
      finishedAt: row.finishedAt,
      version: row.version,
    };
  }
}
