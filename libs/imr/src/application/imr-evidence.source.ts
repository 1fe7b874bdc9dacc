import { Injectable, OnModuleInit } from '@nestjs/common';
import { PartnershipDirectory } from '@dhr/partnerships';
import { AgencyId, PartnershipId } from '@dhr/platform-domain';
import { EvidenceSource, EvidenceSources } from '@dhr/reviews';
import { ImrRequestRepository } from '../persistence/imr-request.repository';

/** Rule 6, from the IMR side: every agency asked whose IMR, summary or nil return the chair has not accepted. */
@Injectable()
export class ImrEvidenceSource implements EvidenceSource, OnModuleInit {
  constructor(
    private readonly sources: EvidenceSources,
    private readonly requests: ImrRequestRepository,
    private readonly partnerships: PartnershipDirectory,
  ) {}

  onModuleInit(): void {
    this.sources.register(this);
  }

  async outstanding(partnershipId: PartnershipId, reviewId: string): Promise<string[]> {
    const waiting = (await this.requests.listFor(partnershipId, reviewId)).filter(
      (r) => r.status !== 'accepted',
    );
    const names: string[] = [];
    for (const request of waiting) {
      const agency = await this.partnerships.agency(partnershipId, request.agencyId as AgencyId);
      names.push(agency?.name ?? 'an agency');
    }
    return names.sort();
  }
}
