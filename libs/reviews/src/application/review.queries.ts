import { Injectable } from '@nestjs/common';
import { UserDirectory } from '@dhr/identity';
import { can, PartnershipActor } from '@dhr/platform-auth';
import { Page } from '@dhr/platform-database';
import { Review, ReviewId } from '../domain/review';
import { ReviewCapability } from '../domain/review-access';
import { availableTransitions, TransitionAvailability } from '../domain/review-guards';
import { ReviewStatus } from '../domain/review-status';
import { ReviewClocks } from '../domain/statutory-clock';
import { ReviewPause } from '../domain/pause';
import { ReviewPauseRepository } from '../persistence/review-pause.repository';
import { ReviewRepository } from '../persistence/review.repository';
import { ReviewAccess } from './review-access';
import { ReviewFactsGatherer } from './review-facts';

export interface ReviewDetail {
  review: Review;
  chairName: string | null;
  capabilities: ReviewCapability[];
  clocks: ReviewClocks;
  pauses: ReviewPause[];
  transitions: TransitionAvailability[];
}

export interface ReviewSummary {
  review: Review;
  clocks: ReviewClocks;
}

/** Read models: one review with what can happen next, and the partnership's dashboard. */
@Injectable()
export class ReviewQueries {
  constructor(
    private readonly access: ReviewAccess,
    private readonly reviews: ReviewRepository,
    private readonly pauses: ReviewPauseRepository,
    private readonly facts: ReviewFactsGatherer,
    private readonly users: UserDirectory,
  ) {}

  async detail(actor: PartnershipActor, id: ReviewId, now = new Date()): Promise<ReviewDetail> {
    const { review, capabilities } = await this.access.require(actor, id, 'view');
    const { facts, clocks } = await this.facts.situationOf(review, now);
    const pauses = await this.pauses.listFor(actor.partnershipId, id);
    const chair = review.chair ? await this.users.user(actor.partnershipId, review.chair.userId) : undefined;
    return {
      review,
      chairName: chair?.displayName ?? null,
      capabilities: [...capabilities],
      clocks,
      pauses,
      transitions: availableTransitions(facts),
    };
  }

  /**
   * The reviews the actor may see: all of the partnership's for those who run or approve them, otherwise
   * only those they chair or sit on the panel of.
   */
  async list(
    actor: PartnershipActor,
    status: ReviewStatus[] | undefined,
    limit: number,
    cursor?: string,
    now = new Date(),
  ): Promise<Page<ReviewSummary>> {
    const seesAll = can(actor, 'reviews.read-all');
    const page = await this.reviews.list(
      actor.partnershipId,
      { status, memberUserId: seesAll ? undefined : actor.userId },
      limit,
      cursor,
    );
    const clocks = await this.facts.clocksOfMany(actor.partnershipId, page.items, now);
    return {
      items: page.items.map((review, index) => ({ review, clocks: clocks[index] as ReviewClocks })),
      nextCursor: page.nextCursor,
    };
  }
}
