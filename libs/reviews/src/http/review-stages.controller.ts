import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Put, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Actor, Allow, CurrentActor } from '@dhr/platform-auth';
import { UserId } from '@dhr/platform-domain';
import { IfMatch } from '@dhr/platform-http';
import { ReviewDecisionService } from '../application/review-decision.service';
import { ReviewLifecycleService } from '../application/review-lifecycle.service';
import { ReviewQueries } from '../application/review.queries';
import { ReviewId } from '../domain/review';
import { ReviewResponse } from './dto/review.response';
import { replyWithReview } from './review-reply';
import {
  AppointChairRequest,
  BreachReasonRequest,
  DecisionRequest,
  FamilyInvolvementRequest,
  HomeOfficeInformedRequest,
  IndependenceRequest,
  PauseRequest,
  PublicationRequest,
  ResumeRequest,
  SignOffRequest,
  TransferRequest,
  TransitionRequest,
} from './dto/stage.request';

/**
 * Each stage of a review, one command a route. Every command needs If-Match with the review's ETag, and
 * answers with the review as it now is, including what can happen next.
 */
@ApiTags('reviews')
@Controller('api/v1/reviews/:reviewId')
export class ReviewStagesController {
  constructor(
    private readonly decisions: ReviewDecisionService,
    private readonly lifecycle: ReviewLifecycleService,
    private readonly queries: ReviewQueries,
  ) {}

  @Post('decision')
  @HttpCode(200)
  @Allow('reviews.read')
  @ApiOkResponse({ type: ReviewResponse })
  decideReview(
    @CurrentActor() actor: Actor,
    @Param('reviewId', ParseUUIDPipe) id: string,
    @IfMatch() version: number,
    @Body() body: DecisionRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ReviewResponse> {
    return replyWithReview(this.queries, actor, reply, (a) =>
      this.decisions.decide(a, id as ReviewId, version, body),
    );
  }

  @Post('home-office-informed')
  @HttpCode(200)
  @Allow('reviews.read')
  @ApiOkResponse({ type: ReviewResponse })
  recordHomeOfficeInformed(
    @CurrentActor() actor: Actor,
    @Param('reviewId', ParseUUIDPipe) id: string,
    @IfMatch() version: number,
    @Body() body: HomeOfficeInformedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ReviewResponse> {
    return replyWithReview(this.queries, actor, reply, (a) =>
      this.decisions.recordHomeOfficeInformed(a, id as ReviewId, version, body.informedOn),
    );
  }

  @Put('chair')
  @Allow('reviews.read')
  @ApiOkResponse({ type: ReviewResponse })
  appointChair(
    @CurrentActor() actor: Actor,
    @Param('reviewId', ParseUUIDPipe) id: string,
    @IfMatch() version: number,
    @Body() body: AppointChairRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ReviewResponse> {
    return replyWithReview(this.queries, actor, reply, (a) =>
      this.decisions.appointChair(a, id as ReviewId, version, {
        chairUserId: body.chairUserId as UserId,
        appointedOn: body.appointedOn,
        authorUserId: (body.authorUserId ?? null) as UserId | null,
      }),
    );
  }

  @Post('chair/independence')
  @HttpCode(200)
  @Allow('reviews.read')
  @ApiOkResponse({ type: ReviewResponse })
  declareChairIndependence(
    @CurrentActor() actor: Actor,
    @Param('reviewId', ParseUUIDPipe) id: string,
    @IfMatch() version: number,
    @Body() body: IndependenceRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ReviewResponse> {
    return replyWithReview(this.queries, actor, reply, (a) =>
      this.decisions.declareIndependence(a, id as ReviewId, version, body.statement),
    );
  }

  @Post('transitions')
  @HttpCode(200)
  @Allow('reviews.read')
  @ApiOkResponse({ type: ReviewResponse })
  moveReview(
    @CurrentActor() actor: Actor,
    @Param('reviewId', ParseUUIDPipe) id: string,
    @IfMatch() version: number,
    @Body() body: TransitionRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ReviewResponse> {
    return replyWithReview(this.queries, actor, reply, (a) =>
      this.lifecycle.move(a, id as ReviewId, version, body.transition, body.on, body.note ?? null),
    );
  }

  @Post('sign-off')
  @HttpCode(200)
  @Allow('reviews.read')
  @ApiOkResponse({ type: ReviewResponse })
  signOffReview(
    @CurrentActor() actor: Actor,
    @Param('reviewId', ParseUUIDPipe) id: string,
    @IfMatch() version: number,
    @Body() body: SignOffRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ReviewResponse> {
    return replyWithReview(this.queries, actor, reply, (a) =>
      this.lifecycle.signOff(a, id as ReviewId, version, body.signedOffOn, body.signedOffBy),
    );
  }

  @Post('transfer')
  @HttpCode(200)
  @Allow('reviews.read')
  @ApiOkResponse({ type: ReviewResponse })
  transferReview(
    @CurrentActor() actor: Actor,
    @Param('reviewId', ParseUUIDPipe) id: string,
    @IfMatch() version: number,
    @Body() body: TransferRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ReviewResponse> {
    return replyWithReview(this.queries, actor, reply, (a) =>
      this.lifecycle.transfer(a, id as ReviewId, version, body.to, body.reason, body.transferredOn),
    );
  }

  @Post('publication')
  @HttpCode(200)
  @Allow('reviews.read')
  @ApiOkResponse({ type: ReviewResponse })
  publishReview(
    @CurrentActor() actor: Actor,
    @Param('reviewId', ParseUUIDPipe) id: string,
    @IfMatch() version: number,
    @Body() body: PublicationRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ReviewResponse> {
    return replyWithReview(this.queries, actor, reply, (a) =>
      this.lifecycle.publish(a, id as ReviewId, version, body),
    );
  }

  @Put('breach-reason')
  @Allow('reviews.read')
  @ApiOkResponse({ type: ReviewResponse })
  explainBreach(
    @CurrentActor() actor: Actor,
    @Param('reviewId', ParseUUIDPipe) id: string,
    @IfMatch() version: number,
    @Body() body: BreachReasonRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ReviewResponse> {
    return replyWithReview(this.queries, actor, reply, (a) =>
      this.lifecycle.recordBreachReason(a, id as ReviewId, version, body.reason, body.note),
    );
  }

  @Post('pause')
  @HttpCode(200)
  @Allow('reviews.read')
  @ApiOkResponse({ type: ReviewResponse })
  pauseReview(
    @CurrentActor() actor: Actor,
    @Param('reviewId', ParseUUIDPipe) id: string,
    @IfMatch() version: number,
    @Body() body: PauseRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ReviewResponse> {
    return replyWithReview(this.queries, actor, reply, (a) =>
      this.lifecycle.pause(a, id as ReviewId, version, body),
    );
  }

  @Post('resume')
  @HttpCode(200)
  @Allow('reviews.read')
  @ApiOkResponse({ type: ReviewResponse })
  resumeReview(
    @CurrentActor() actor: Actor,
    @Param('reviewId', ParseUUIDPipe) id: string,
    @IfMatch() version: number,
    @Body() body: ResumeRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ReviewResponse> {
    return replyWithReview(this.queries, actor, reply, (a) =>
      this.lifecycle.resume(a, id as ReviewId, version, body.resumedOn),
    );
  }

  @Put('family')
  @Allow('reviews.read')
  @ApiOkResponse({ type: ReviewResponse })
  recordFamilyInvolvement(
    @CurrentActor() actor: Actor,
    @Param('reviewId', ParseUUIDPipe) id: string,
    @IfMatch() version: number,
    @Body() body: FamilyInvolvementRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ReviewResponse> {
    return replyWithReview(this.queries, actor, reply, (a) =>
      this.lifecycle.recordFamilyInvolvement(a, id as ReviewId, version, body),
    );
  }
}
