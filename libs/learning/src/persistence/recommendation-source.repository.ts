import { Injectable } from '@nestjs/common';
import { Db } from '@dhr/platform-database';
import { PartnershipId } from '@dhr/platform-domain';
import { RecommendationSource, SourceKind } from '../domain/learning-records';
import { PartnershipRecords } from './learning-records';
import { RecommendationSourceEntity } from './recommendation-source.entity';

@Injectable()
export class RecommendationSourceRepository extends PartnershipRecords<
  RecommendationSourceEntity,
  RecommendationSource
> {
  constructor(db: Db) {
    super(db, RecommendationSourceEntity);
  }

  async list(partnershipId: PartnershipId): Promise<RecommendationSource[]> {
    const rows = await this.db
      .repository(RecommendationSourceEntity)
      .find({ where: { partnershipId }, order: { key: 'ASC' } });
    return rows.map((row) => this.toRecord(row));
  }

  async findByKey(partnershipId: PartnershipId, key: string): Promise<RecommendationSource | undefined> {
    const row = await this.db.repository(RecommendationSourceEntity).findOneBy({ partnershipId, key });
    return row ? this.toRecord(row) : undefined;
  }

  async findForReview(
    partnershipId: PartnershipId,
    reviewId: string,
  ): Promise<RecommendationSource | undefined> {
    const row = await this.db.repository(RecommendationSourceEntity).findOneBy({ partnershipId, reviewId });
    return row ? this.toRecord(row) : undefined;
  }

  protected toRecord(row: RecommendationSourceEntity): RecommendationSource {
    return {
      id: row.id,
      key: row.key,
      name: row.name,
      kind: row.kind as SourceKind,
      reviewId: row.reviewId,
      version: row.version,
    };
  }
}
