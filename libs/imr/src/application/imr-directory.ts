import { Injectable } from '@nestjs/common';
import { AgencyId, PartnershipId } from '@dhr/platform-domain';
import { RequestKind, RequestStatus } from '../domain/imr-request';
import { ImrContentRepository } from '../persistence/imr-content.repository';
import { ImrRequestRepository } from '../persistence/imr-request.repository';

export interface ImrRequestForOthers {
  id: string;
  agencyId: AgencyId;
  kind: RequestKind;
  status: RequestStatus;
}

/** A single-agency recommendation proposed in an accepted IMR (seed 003's Appendix B columns). */
export interface AcceptedImrRecommendation {
  agencyId: AgencyId;
  requestId: string;
  /** 0-based, the order in the IMR */
  position: number;
  recommendation: string;
  lead: string;
  action: string;
  keyMilestone: string | null;
  targetDate: string;
}

/**
 * What other contexts (learning) may ask about a review's IMRs. It neither checks who asks nor audits: the
 * caller has already decided the actor may see the review.
 */
@Injectable()
export class ImrDirectory {
  constructor(
    private readonly requests: ImrRequestRepository,
    private readonly content: ImrContentRepository,
  ) {}

  async requestsOf(partnershipId: PartnershipId, reviewId: string): Promise<ImrRequestForOthers[]> {
    const requests = await this.requests.listFor(partnershipId, reviewId);
    return requests.map((request) => ({
      id: request.id,
      agencyId: request.agencyId,
      kind: request.kind,
      status: request.status,
    }));
  }

  /** The proposed recommendations of every accepted request of the review, request by request, in order. */
  async acceptedRecommendations(
    partnershipId: PartnershipId,
    reviewId: string,
  ): Promise<AcceptedImrRecommendation[]> {
    const requests = await this.requests.listFor(partnershipId, reviewId);
    const found: AcceptedImrRecommendation[] = [];
    for (const request of requests.filter((r) => r.status === 'accepted')) {
      for (const item of await this.content.recommendations(partnershipId, request.id)) {
        found.push({
          agencyId: request.agencyId,
          requestId: request.id,
          position: item.position,
          recommendation: item.recommendation,
          lead: item.lead,
          action: item.action,
          keyMilestone: item.keyMilestone,
          targetDate: item.targetDate,
        });
      }
    }
    return found;
  }
}
