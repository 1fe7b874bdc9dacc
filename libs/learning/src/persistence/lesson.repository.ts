import { Injectable } from '@nestjs/common';
import { Db } from '@dhr/platform-database';
import { PartnershipId } from '@dhr/platform-domain';
import { Lesson } from '../domain/learning-records';
import { PartnershipRecords } from './learning-records';
import { LessonEntity } from './lesson.entity';

@Injectable()
export class LessonRepository extends PartnershipRecords<LessonEntity, Lesson> {
  constructor(db: Db) {
    super(db, LessonEntity);
  }

  async listForReview(partnershipId: PartnershipId, reviewId: string): Promise<Lesson[]> {
    const rows = await this.db
      .repository(LessonEntity)
      .find({ where: { partnershipId, reviewId }, order: { number: 'ASC' } });
    return rows.map((row) => this.toRecord(row));
  }

  protected toRecord(row: LessonEntity): Lesson {
    return {
      id: row.id,
      reviewId: row.reviewId,
      number: row.number,
      narrative: row.narrative,
      statement: row.statement,
      questionNumbers: row.questionNumbers,
      imrRequestIds: row.imrRequestIds,
      themeIds: row.themeIds,
      version: row.version,
    };
  }
}
