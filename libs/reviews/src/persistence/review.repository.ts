import { Injectable } from '@nestjs/common';
import { Db, decodeCursor, isUuid, Page, toPage } from '@dhr/platform-database';
import { AgencyId, PartnershipId, UserId } from '@dhr/platform-domain';
import { Review, ReviewId, ReviewType, Relationship, Decision } from '../domain/review';
import { ReviewStatus } from '../domain/review-status';
import { ReviewEntity } from './review.entity';

/** Columns a use case may change; the repository bumps the version. */
export type ReviewRow = Omit<ReviewEntity, 'version' | 'createdAt' | 'updatedAt'>;
export type ReviewChanges = Partial<Omit<ReviewRow, 'id' | 'partnershipId' | 'reference'>>;

export interface ReviewListFilter {
  status?: ReviewStatus[];
  /** only reviews this user chairs or sits on the panel of */
  memberUserId?: UserId;
}

const RUNNING_STATUSES: ReviewStatus[] = [
  'notified',
  'setting_up',
  'evidence_gathering',
  'drafting',
  'consultation',
  'signed_off',
];

@Injectable()
export class ReviewRepository {
  constructor(private readonly db: Db) {}

  async find(partnershipId: PartnershipId, id: ReviewId): Promise<Review | undefined> {
    const row = await this.db.repository(ReviewEntity).findOneBy({ partnershipId, id });
    return row ? toReview(row) : undefined;
  }

  /** For changes: the row, locked until the transaction ends, so two changes to one review queue up. */
  async findForUpdate(partnershipId: PartnershipId, id: ReviewId): Promise<Review | undefined> {
    const row = await this.db
      .repository(ReviewEntity)
      .createQueryBuilder('r')
      .setLock('pessimistic_write')
      .where('r.partnership_id = :partnershipId AND r.id = :id', { partnershipId, id })
      .getOne();
    return row ? toReview(row) : undefined;
  }

  async list(
    partnershipId: PartnershipId,
    filter: ReviewListFilter,
    limit: number,
    cursor?: string,
  ): Promise<Page<Review>> {
    const query = this.db
      .repository(ReviewEntity)
      .createQueryBuilder('r')
      .where('r.partnership_id = :partnershipId', { partnershipId })
      .orderBy('r.id', 'DESC')
      .take(limit + 1);
    if (filter.status?.length) query.andWhere('r.status IN (:...status)', { status: filter.status });
    if (filter.memberUserId) {
      query.andWhere(
        `(r.chair_user_id = :userId OR EXISTS (SELECT 1 FROM panel_member m WHERE m.partnership_id = r.partnership_id
          AND m.review_id = r.id AND m.user_id = :userId AND m.left_on IS NULL))`,
        { userId: filter.memberUserId },
      );
    }
    const after = decodeCursor(cursor, isUuid);
    if (after) query.andWhere('r.id < :after', { after });
    const rows = await query.getMany();
    return toPage(rows.map(toReview), limit, (review) => review.id);
  }

  /** The reviews whose clocks may still be running: decided or not, not yet submitted or ended. */
  async listRunning(partnershipId: PartnershipId): Promise<Review[]> {
    const rows = await this.db
      .repository(ReviewEntity)
      .createQueryBuilder('r')
      .where('r.partnership_id = :partnershipId AND r.status IN (:...running)', {
        partnershipId,
        running: RUNNING_STATUSES,
      })
      .orderBy('r.id', 'ASC')
      .getMany();
    return rows.map(toReview);
  }

  /** The next reference of the partnership for the year: DHR-2026-004 after DHR-2026-003, safe under concurrency. */
  async nextReferenceNumber(partnershipId: PartnershipId, year: number): Promise<number> {
    const rows: { last_number: number }[] = await this.db.manager.query(
      `INSERT INTO review_reference_counter (partnership_id, year, last_number) VALUES ($1, $2, 1)
       ON CONFLICT (partnership_id, year) DO UPDATE SET last_number = review_reference_counter.last_number + 1
       RETURNING last_number`,
      [partnershipId, year],
    );
    const [row] = rows;
    if (!row) throw new Error('The reference counter returned no number');
    return row.last_number;
  }

  async insert(row: ReviewRow): Promise<Review> {
    await this.db.repository(ReviewEntity).insert({ ...row, version: 1 });
    return toReview(await this.db.repository(ReviewEntity).findOneByOrFail({ id: row.id }));
  }

  async update(partnershipId: PartnershipId, id: ReviewId, changes: ReviewChanges): Promise<Review> {
    const repository = this.db.repository(ReviewEntity);
    await repository
      .createQueryBuilder()
      .update()
      .set({ ...changes, version: () => 'version + 1' })
      .where('partnership_id = :partnershipId AND id = :id', { partnershipId, id })
      .execute();
    return toReview(await repository.findOneByOrFail({ partnershipId, id }));
  }
}

function toReview(row: ReviewEntity): Review {
  return {
    id: row.id as ReviewId,
    partnershipId: row.partnershipId as PartnershipId,
    reference: row.reference,
    reviewType: row.reviewType as ReviewType,
    status: row.status as ReviewStatus,
    notification: {
      notifiedOn: row.notifiedOn,
      notifiedBy: row.notifiedBy,
      notifyingAgencyId: row.notifyingAgencyId as AgencyId | null,
      policeForce: row.policeForce,
      dateOfDeath: row.dateOfDeath,
      relationship: row.relationship as Relationship,
      suspectedSuicide: row.suspectedSuicide,
      circumstances: row.circumstances,
    },
    decision:
      row.decision && row.decidedOn
        ? {
            outcome: row.decision as Decision,
            decidedOn: row.decidedOn,
            decisionMaker: row.decisionMaker ?? '',
            rationale: row.decisionRationale ?? '',
          }
        : null,
    homeOfficeInformedOn: row.homeOfficeInformedOn,
    chair:
      row.chairUserId && row.chairAppointedOn
        ? {
            userId: row.chairUserId as UserId,
            appointedOn: row.chairAppointedOn,
            independenceStatement: row.chairIndependenceStatement,
            independenceDeclaredAt: row.chairIndependenceDeclaredAt,
          }
        : null,
    authorUserId: row.authorUserId as UserId | null,
    breach: row.breachReason ? { reason: row.breachReason, note: row.breachNote ?? '' } : null,
    signOff:
      row.signedOffOn && row.signedOffBy
        ? { signedOffOn: row.signedOffOn, signedOffBy: row.signedOffBy }
        : null,
    firstSubmittedOn: row.firstSubmittedOn,
    family: {
      advocacyOfferedOn: row.familyAdvocacyOfferedOn,
      draftSharedOn: row.familyDraftSharedOn,
      pseudonymNote: row.familyPseudonymNote,
    },
    publication: {
      publishedOn: row.publishedOn,
      url: row.publicationUrl,
      familyToldOn: row.familyToldPublicationOn,
      removalReviewOn: row.removalReviewOn,
    },
    transferredTo: row.transferredTo,
    statusNote: row.statusNote,
    statusChangedOn: row.statusChangedOn,
    version: row.version,
    createdAt: row.createdAt,
  };
}
