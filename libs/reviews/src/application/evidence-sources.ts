import { Injectable } from '@nestjs/common';
import { PartnershipId } from '@dhr/platform-domain';

/** What another context knows of the evidence a review still waits for (the IMR context: unaccepted requests). */
export interface EvidenceSource {
  /** names of the agencies whose evidence is still outstanding for the review */
  outstanding(partnershipId: PartnershipId, reviewId: string): Promise<string[]>;
}

/** What another context knows of the actions a review's recommendations led to (the learning context). */
export interface ActionSource {
  /** references of the actions answering the review's recommendations that are not closed */
  openActions(partnershipId: PartnershipId, reviewId: string): Promise<string[]>;
}

/**
 * Rules 6 and 11 need to know what the IMR and learning contexts know, but reviews must not depend on them
 * (they depend on reviews): each registers its source here when it starts, as documents' owners do.
 */
@Injectable()
export class EvidenceSources {
  private readonly sources: EvidenceSource[] = [];
  private readonly actionSources: ActionSource[] = [];

  register(source: EvidenceSource): void {
    this.sources.push(source);
  }

  registerActions(source: ActionSource): void {
    this.actionSources.push(source);
  }

  async openActions(partnershipId: PartnershipId, reviewId: string): Promise<string[]> {
    const references: string[] = [];
    for (const source of this.actionSources)
      references.push(...(await source.openActions(partnershipId, reviewId)));
    return references;
  }

  async outstanding(partnershipId: PartnershipId, reviewId: string): Promise<string[]> {
    const names: string[] = [];
    for (const source of this.sources) names.push(...(await source.outstanding(partnershipId, reviewId)));
    return names;
  }
}
