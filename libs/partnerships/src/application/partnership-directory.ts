import { Injectable } from '@nestjs/common';
import { AgencyId, PartnershipId } from '@dhr/platform-domain';
import { Agency, Partnership } from '../domain/partnership';
import { AgencyRepository } from '../persistence/agency.repository';
import { PartnershipRepository } from '../persistence/partnership.repository';

/** What other contexts may ask about partnerships and agencies. */
@Injectable()
export class PartnershipDirectory {
  constructor(
    private readonly partnerships: PartnershipRepository,
    private readonly agencies: AgencyRepository,
  ) {}

  /** Every partnership: for system work that runs for each (scheduled checks), never for a user's request. */
  all(): Promise<Partnership[]> {
    return this.partnerships.list();
  }

  partnership(id: PartnershipId): Promise<Partnership | undefined> {
    return this.partnerships.find(id);
  }

  /** The agency, only if it belongs to the partnership. */
  agency(partnershipId: PartnershipId, agencyId: AgencyId): Promise<Agency | undefined> {
    return this.agencies.find(partnershipId, agencyId);
  }
}
