import { Injectable } from '@nestjs/common';
import { Db } from '@dhr/platform-database';
import { PartnershipId } from '@dhr/platform-domain';
import { ChronologyDate } from '../domain/chronology-date';
import { ChronologyEntry } from '../domain/imr-content';
import { RequestStatus } from '../domain/imr-request';
import { ChronologyEntryEntity } from './chronology-entry.entity';

export interface CombinedChronologyFilter {
  agencyId?: string;
  /** a subject's pseudonym, matched whole and case-insensitively */
  subject?: string;
  /** YYYY-MM-DD: entries whose span [earliest_on, latest_on] overlaps [from, to] */
  from?: string;
  to?: string;
  /** only entries of requests in these statuses (for readers who may not see an agency's drafts) */
  requestStatuses?: readonly RequestStatus[];
}

/** Every agency's chronology entries of one review, filtered in SQL; the order is the domain's to decide. */
@Injectable()
export class CombinedChronologyRepository {
  constructor(private readonly db: Db) {}

  async listForReview(
    partnershipId: PartnershipId,
    reviewId: string,
    filter: CombinedChronologyFilter = {},
  ): Promise<ChronologyEntry[]> {
    const query = this.db
      .repository(ChronologyEntryEntity)
      .createQueryBuilder('e')
      .where('e.partnership_id = :partnershipId AND e.review_id = :reviewId', { partnershipId, reviewId });
    if (filter.agencyId) query.andWhere('e.agency_id = :agencyId', { agencyId: filter.agencyId });
    if (filter.subject) {
      query.andWhere('EXISTS (SELECT 1 FROM unnest(e.subjects) s WHERE lower(s) = lower(:subject))', {
        subject: filter.subject,
      });
    }
    if (filter.from) query.andWhere('e.latest_on >= :from', { from: filter.from });
    if (filter.to) query.andWhere('e.earliest_on <= :to', { to: filter.to });
    if (filter.requestStatuses) {
      query.andWhere(
        `e.request_id IN (SELECT r.id FROM imr_request r
           WHERE r.partnership_id = :partnershipId AND r.review_id = :reviewId AND r.status IN (:...statuses))`,
        { statuses: filter.requestStatuses.length > 0 ? filter.requestStatuses : [''] },
      );
    }
    const rows = await query.orderBy('e.earliest_on', 'ASC').addOrderBy('e.id', 'ASC').getMany();
    return rows.map(toEntry);
  }

  /** The entries among `ids` that belong to the review. */
  async findInReview(
    partnershipId: PartnershipId,
    reviewId: string,
    ids: string[],
  ): Promise<ChronologyEntry[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .repository(ChronologyEntryEntity)
      .createQueryBuilder('e')
      .where('e.partnership_id = :partnershipId AND e.review_id = :reviewId AND e.id IN (:...ids)', {
        partnershipId,
        reviewId,
        ids,
      })
      .getMany();
    return rows.map(toEntry);
  }
}

function toEntry(row: ChronologyEntryEntity): ChronologyEntry {
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
