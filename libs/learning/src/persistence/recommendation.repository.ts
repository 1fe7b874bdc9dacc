import { Injectable } from '@nestjs/common';
import { Db, decodeCursor, isUuid, Page, toPage } from '@dhr/platform-database';
import { AgencyId, PartnershipId } from '@dhr/platform-domain';
import { Recommendation } from '../domain/learning-records';
import { PartnershipRecords } from './learning-records';
import { RecommendationEntity } from './recommendation.entity';

@Injectable()
export class RecommendationRepository extends PartnershipRecords<RecommendationEntity, Recommendation> {
  constructor(db: Db) {
    super(db, RecommendationEntity);
  }

  async listForReview(partnershipId: PartnershipId, reviewId: string): Promise<Recommendation[]> {
    const rows = await this.db
      .repository(RecommendationEntity)
      .find({ where: { partnershipId, reviewId }, order: { createdAt: 'ASC', id: 'ASC' } });
    return rows.map((row) => this.toRecord(row));
  }

  /** A source's recommendations in the order they were added (ids are time-ordered), a page at a time. */
  async listForSource(
    partnershipId: PartnershipId,
    sourceId: string,
    limit: number,
    cursor?: string,
  ): Promise<Page<Recommendation>> {
    const query = this.db
      .repository(RecommendationEntity)
      .createQueryBuilder('r')
      .where('r.partnership_id = :partnershipId AND r.source_id = :sourceId', { partnershipId, sourceId })
      .orderBy('r.id', 'ASC')
      .take(limit + 1);
    const after = decodeCursor(cursor, isUuid);
    if (after) query.andWhere('r.id > :after', { after });
    return toPage(
      (await query.getMany()).map((row) => this.toRecord(row)),
      limit,
      (recommendation) => recommendation.id,
    );
  }

  async listByIds(partnershipId: PartnershipId, ids: string[]): Promise<Recommendation[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .repository(RecommendationEntity)
      .createQueryBuilder('r')
      .where('r.partnership_id = :partnershipId AND r.id IN (:...ids)', { partnershipId, ids })
      .getMany();
    return rows.map((row) => this.toRecord(row));
  }

  async findByImrRecommendation(partnershipId: PartnershipId, imrRequestId: string, reference: string) {
    const row = await this.db
      .repository(RecommendationEntity)
      .findOneBy({ partnershipId, imrRequestId, reference });
    return row ? this.toRecord(row) : undefined;
  }

  protected toRecord(row: RecommendationEntity): Recommendation {
    return {
      id: row.id,
      partnershipId: row.partnershipId as PartnershipId,
      sourceId: row.sourceId,
      reviewId: row.reviewId,
      reference: row.reference,
      level: row.level as Recommendation['level'],
      text: row.text,
      scope: row.scope as Recommendation['scope'],
      nationalRecipient: row.nationalRecipient,
      nationalNotifiedOn: row.nationalNotifiedOn,
      leadAgencyId: row.leadAgencyId as AgencyId | null,
      targetDate: row.targetDate,
      targetToBeAgreed: row.targetToBeAgreed,
      imrRequestId: row.imrRequestId,
      themeIds: row.themeIds,
      version: row.version,
    };
  }
}
