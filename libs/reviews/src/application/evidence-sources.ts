import { Injectable } from '@nestjs/common';
import { PartnershipId } from '@dhr/platform-domain';

/** What another context knows of the evidence a review still waits for (the IMR context: unaccepted requests). */
export interface EvidenceSource {
  /** names of the agencies whose evidence is still outstanding for the review */
  outstanding(partnershipId: PartnershipId, reviewId: string): Promise<string[]>;
}

/**
 * Rule 6 needs to know what the IMR context knows, but reviews must not depend on it (it depends on
 * reviews): the IMR context registers its source here when it starts, as documents' owners do.
 */
@Injectable()
export class EvidenceSources {
  private readonly sources: EvidenceSource[] = [];

  register(source: EvidenceSource): void {
    this.sources.push(source);
  }

  async outstanding(partnershipId: PartnershipId, reviewId: string): Promise<string[]> {
    const names: string[] = [];
    for (const source of this.sources) names.push(...(await source.outstanding(partnershipId, reviewId)));
    return names;
  }
}
