import { Injectable } from '@nestjs/common';
import { Db, ReviewRecords } from '@dhr/platform-database';
import { PartnershipId } from '@dhr/platform-domain';
import { ReviewId } from '../domain/review';
import { TermsOfReference, TermsOfReferenceStatus } from '../domain/terms-of-reference';
import { TermsOfReferenceEntity } from './terms-of-reference.entity';

@Injectable()
export class TermsOfReferenceRepository extends ReviewRecords<TermsOfReferenceEntity, TermsOfReference> {
  constructor(db: Db) {
    super(db, TermsOfReferenceEntity, 'versionNumber');
  }

  async latest(partnershipId: PartnershipId, reviewId: ReviewId): Promise<TermsOfReference | undefined> {
    const row = await this.db
      .repository(TermsOfReferenceEntity)
      .findOne({ where: { partnershipId, reviewId }, order: { versionNumber: 'DESC' } });
    return row ? this.toRecord(row) : undefined;
  }

  protected toRecord(row: TermsOfReferenceEntity): TermsOfReference {
    return {
      id: row.id,
      reviewId: row.reviewId as ReviewId,
      versionNumber: row.versionNumber,
      status: row.status as TermsOfReferenceStatus,
      purpose: row.purpose,
      periodFrom: row.periodFrom,
      periodTo: row.periodTo,
      agencyIds: row.agencyIds,
      questions: row.questions,
      equalityAndDiversity: row.equalityAndDiversity,
      familyInvolvement: row.familyInvolvement,
      parallelProcesses: row.parallelProcesses,
      revisionNote: row.revisionNote,
      agreedOn: row.agreedOn,
      agreedAtMeetingId: row.agreedAtMeetingId,
      version: row.version,
    };
  }
}
