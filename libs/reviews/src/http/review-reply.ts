import type { FastifyReply } from 'fastify';
import { Actor, inPartnership, PartnershipActor } from '@dhr/platform-auth';
import { setEtag } from '@dhr/platform-http';
import { ReviewQueries } from '../application/review.queries';
import { Review } from '../domain/review';
import { ReviewResponse } from './dto/review.response';
import { toReviewResponse } from './review.mapper';

/**
 * Runs a command on a review and answers with the review as it now is (its ETag too), including what can
 * happen next: what every stage command returns.
 */
export async function replyWithReview(
  queries: ReviewQueries,
  actor: Actor,
  reply: FastifyReply,
  command: (actor: PartnershipActor) => Promise<Review>,
): Promise<ReviewResponse> {
  const partnershipActor = inPartnership(actor);
  const review = await command(partnershipActor);
  const detail = await queries.detail(partnershipActor, review.id);
  setEtag(reply, detail.review.version);
  return toReviewResponse(detail);
}
