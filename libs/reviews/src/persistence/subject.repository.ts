import { Injectable } from '@nestjs/common';
import { Db, ReviewRecords } from '@dhr/platform-database';
import { PartnershipId } from '@dhr/platform-domain';
import { ReviewId } from '../domain/review';
import { AgeBand, ReviewSubject, SubjectRole } from '../domain/subject';
import { ReviewSubjectEntity } from './review-subject.entity';
import { SubjectIdentityEntity } from './subject-identity.entity';

@Injectable()
export class SubjectRepository extends ReviewRecords<ReviewSubjectEntity, ReviewSubject> {
  constructor(db: Db) {
    super(db, ReviewSubjectEntity, 'createdAt');
  }

  async findByPseudonym(
    partnershipId: PartnershipId,
    reviewId: ReviewId,
    pseudonym: string,
  ): Promise<ReviewSubject | undefined> {
    const row = await this.db
      .repository(ReviewSubjectEntity)
      .createQueryBuilder('s')
      .where(
        's.partnership_id = :partnershipId AND s.review_id = :reviewId AND lower(s.pseudonym) = lower(:pseudonym)',
        {
          partnershipId,
          reviewId,
          pseudonym,
        },
      )
      .getOne();
    return row ? this.toRecord(row) : undefined;
  }

  /** The sealed identity of a subject, only within the partnership. */
  async sealedIdentity(partnershipId: PartnershipId, subjectId: string): Promise<string | undefined> {
    const row = await this.db.repository(SubjectIdentityEntity).findOneBy({ partnershipId, subjectId });
    return row?.sealed;
  }

  async hasIdentity(partnershipId: PartnershipId, subjectIds: string[]): Promise<Set<string>> {
    if (subjectIds.length === 0) return new Set();
    const rows = await this.db
      .repository(SubjectIdentityEntity)
      .createQueryBuilder('i')
      .select('i.subject_id', 'subjectId')
      .where('i.partnership_id = :partnershipId AND i.subject_id IN (:...subjectIds)', {
        partnershipId,
        subjectIds,
      })
      .getRawMany<{ subjectId: string }>();
    return new Set(rows.map((row) => row.subjectId));
  }

  async storeIdentity(partnershipId: PartnershipId, subjectId: string, sealed: string): Promise<void> {
    await this.db
      .repository(SubjectIdentityEntity)
      .upsert({ partnershipId, subjectId, sealed }, ['subjectId']);
  }

  protected toRecord(row: ReviewSubjectEntity): ReviewSubject {
    return {
      id: row.id,
      partnershipId: row.partnershipId as PartnershipId,
      reviewId: row.reviewId as ReviewId,
      pseudonym: row.pseudonym,
      role: row.role as SubjectRole,
      sex: row.sex,
      ethnicity: row.ethnicity,
      ageBand: row.ageBand as AgeBand | null,
      relationshipToVictim: row.relationshipToVictim,
      version: row.version,
    };
  }
}
