import { Injectable } from '@nestjs/common';
import { Db, ReviewRecords } from '@dhr/platform-database';
import { AgencyId, PartnershipId, UserId } from '@dhr/platform-domain';
import { ImrRequest, ImrRequestId, RequestKind, RequestStatus } from '../domain/imr-request';
import { ImrRequestEntity } from './imr-request.entity';

@Injectable()
export class ImrRequestRepository extends ReviewRecords<ImrRequestEntity, ImrRequest> {
  constructor(db: Db) {
    super(db, ImrRequestEntity, 'dueOn');
  }

  /** An agency's requests across the partnership's reviews: an IMR author's own work, and nothing else. */
  async listForAgency(partnershipId: PartnershipId, agencyId: AgencyId): Promise<ImrRequest[]> {
    const rows = await this.db
      .repository(ImrRequestEntity)
      .createQueryBuilder('r')
      .where("r.partnership_id = :partnershipId AND r.agency_id = :agencyId AND r.status <> 'scoped'", {
        partnershipId,
        agencyId,
      })
      .orderBy('r.due_on', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .getMany();
    return rows.map((row) => this.toRecord(row));
  }

  async findForAgency(
    partnershipId: PartnershipId,
    reviewId: string,
    agencyId: AgencyId,
  ): Promise<ImrRequest | undefined> {
    const row = await this.db.repository(ImrRequestEntity).findOneBy({ partnershipId, reviewId, agencyId });
    return row ? this.toRecord(row) : undefined;
  }

  /** For changes: the row, locked until the transaction ends. */
  async findForUpdate(partnershipId: PartnershipId, id: string): Promise<ImrRequest | undefined> {
    const row = await this.db
      .repository(ImrRequestEntity)
      .createQueryBuilder('r')
      .setLock('pessimistic_write')
      .where('r.partnership_id = :partnershipId AND r.id = :id', { partnershipId, id })
      .getOne();
    return row ? this.toRecord(row) : undefined;
  }

  protected toRecord(row: ImrRequestEntity): ImrRequest {
    return {
      id: row.id as ImrRequestId,
      partnershipId: row.partnershipId as PartnershipId,
      reviewId: row.reviewId,
      agencyId: row.agencyId as AgencyId,
      kind: row.kind as RequestKind,
      status: row.status as RequestStatus,
      dueOn: row.dueOn,
      authorUserId: row.authorUserId as UserId,
      seniorManagerUserId: row.seniorManagerUserId as UserId | null,
      termsVersionNumber: row.termsVersionNumber,
      requestedOn: row.requestedOn,
      independenceStatement: row.independenceStatement,
      submittedAt: row.submittedAt,
      signedOffBy: row.signedOffBy as UserId | null,
      signedOffAt: row.signedOffAt,
      acceptedAt: row.acceptedAt,
      version: row.version,
    };
  }
}
