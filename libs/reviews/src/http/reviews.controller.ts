import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Actor, Allow, CurrentActor, inPartnership } from '@dhr/platform-auth';
import { AgencyId } from '@dhr/platform-domain';
import { DEFAULT_PAGE_SIZE } from '@dhr/platform-database';
import { setEtag } from '@dhr/platform-http';
import { ReviewNotificationService } from '../application/review-notification.service';
import { ReviewQueries } from '../application/review.queries';
import { ReviewId } from '../domain/review';
import { CreateNotificationRequest } from './dto/notification.request';
import { ListReviewsQuery } from './dto/list-reviews.query';
import { ReviewResponse, ReviewSummaryList } from './dto/review.response';
import { toReviewResponse, toSummaryResponse } from './review.mapper';

@ApiTags('reviews')
@Controller('api/v1/reviews')
export class ReviewsController {
  constructor(
    private readonly notifications: ReviewNotificationService,
    private readonly queries: ReviewQueries,
  ) {}

  @Get()
  @Allow('reviews.read')
  @ApiOkResponse({ type: ReviewSummaryList })
  async listReviews(
    @CurrentActor() actor: Actor,
    @Query() query: ListReviewsQuery,
  ): Promise<ReviewSummaryList> {
    const page = await this.queries.list(
      inPartnership(actor),
      query.status,
      query.limit ?? DEFAULT_PAGE_SIZE,
      query.cursor,
    );
    return { items: page.items.map(toSummaryResponse), nextCursor: page.nextCursor };
  }

  @Post()
  @Allow('reviews.notify')
  @ApiCreatedResponse({ type: ReviewResponse })
  async notifyReview(
    @CurrentActor() actor: Actor,
    @Body() body: CreateNotificationRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ReviewResponse> {
    const partnershipActor = inPartnership(actor);
    const review = await this.notifications.notify(partnershipActor, {
      ...body,
      notifyingAgencyId: (body.notifyingAgencyId ?? null) as AgencyId | null,
    });
    const detail = await this.queries.detail(partnershipActor, review.id);
    setEtag(reply, detail.review.version);
    return toReviewResponse(detail);
  }

  @Get(':reviewId')
  @Allow('reviews.read')
  @ApiOkResponse({ type: ReviewResponse })
  async getReview(
    @CurrentActor() actor: Actor,
    @Param('reviewId', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ReviewResponse> {
    const detail = await this.queries.detail(inPartnership(actor), id as ReviewId);
    setEtag(reply, detail.review.version);
    return toReviewResponse(detail);
  }
}
