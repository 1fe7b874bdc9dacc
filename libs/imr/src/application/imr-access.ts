import { Injectable } from '@nestjs/common';
import { PartnershipActor } from '@dhr/platform-auth';
import { DomainError, NotFoundError } from '@dhr/platform-domain';
import { ReviewDirectory, ReviewId } from '@dhr/reviews';
import { ImrRequest, RequestStatus } from '../domain/imr-request';
import { ImrRequestRepository } from '../persistence/imr-request.repository';

/**
 * read: see the request and what has been written. author: write it (the agency's IMR authors). sign_off:
 * the senior manager named on it. manage: scope and send it, return or accept it (the review's chair and the
 * coordinator).
 */
export type ImrCapability = 'read' | 'author' | 'sign_off' | 'manage';

const REACHED_CHAIR: readonly RequestStatus[] = ['submitted', 'returned', 'accepted'];

export interface ImrInHand {
  request: ImrRequest;
  capabilities: Set<ImrCapability>;
}

/**
 * Who may do what on one agency's request. IMR authors and lead officers reach only their own agency's
 * requests, once sent; to anyone else a request they may not see does not exist (404, never 403).
 */
@Injectable()
export class ImrAccess {
  constructor(
    private readonly requests: ImrRequestRepository,
    private readonly reviews: ReviewDirectory,
  ) {}

  async require(actor: PartnershipActor, requestId: string, capability: ImrCapability, forUpdate = false) {
    const request = forUpdate
      ? await this.requests.findForUpdate(actor.partnershipId, requestId)
      : await this.requests.findInPartnership(actor.partnershipId, requestId);
    if (!request) throw new NotFoundError('IMR request');
    const capabilities = await this.capabilitiesOn(actor, request);
    if (!capabilities.has('read')) throw new NotFoundError('IMR request');
    if (!capabilities.has(capability)) {
      throw new DomainError('forbidden', 'forbidden', 'You do not have permission to do this on this IMR.');
    }
    return { request, capabilities };
  }

  async capabilitiesOn(actor: PartnershipActor, request: ImrRequest): Promise<Set<ImrCapability>> {
    const capabilities = new Set<ImrCapability>();
    const onReview = await this.reviews.capabilitiesOn(actor, request.reviewId as ReviewId);
    if (onReview.has('work')) capabilities.add('manage').add('read');
    // the panel and the CSP chair read what has reached the chair, not the agency's drafts
    else if (onReview.has('view') && REACHED_CHAIR.includes(request.status)) capabilities.add('read');
    const sent = request.status !== 'scoped';
    const ofAgency = actor.agencyId === request.agencyId;
    if (sent && ofAgency && (actor.roles.includes('imr_author') || actor.roles.includes('lead_officer'))) {
      capabilities.add('read');
      if (actor.roles.includes('imr_author')) capabilities.add('author');
    }
    if (sent && actor.userId === request.seniorManagerUserId) {
      capabilities.add('read');
      capabilities.add('sign_off');
    }
    return capabilities;
  }

  /** The review, if the actor may scope and decide on its requests (its chair, the coordinator). */
  async requireReview(actor: PartnershipActor, reviewId: string, manage: boolean): Promise<void> {
    const capabilities = await this.reviews.capabilitiesOn(actor, reviewId as ReviewId);
    if (!capabilities.has('view')) throw new NotFoundError('Review');
    if (manage && !capabilities.has('work')) {
      throw new DomainError(
        'forbidden',
        'forbidden',
        'You do not have permission to do this on this review.',
      );
    }
  }
}
