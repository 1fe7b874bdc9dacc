import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Actor, Allow, CurrentActor, inPartnership } from '@dhr/platform-auth';
import { DEFAULT_PAGE_SIZE } from '@dhr/platform-database';
import { IfMatch, setEtag } from '@dhr/platform-http';
import { RecommendationService } from '../application/recommendation.service';
import {
  ImrCopyResponse,
  RecommendationList,
  RecommendationPage,
  RecommendationRequest,
  LearningRecommendationResponse,
  SourceList,
  SourceRecommendationRequest,
  SourceRecommendationsQuery,
  SourceRequest,
  SourceResponse,
  UpdateRecommendationRequest,
} from './dto/learning.dto';
import { toRecommendationResponse, toSourceResponse } from './learning.mapper';

/**
 * Recommendations: a review's (kept by its chair and the coordinator), and those of other sources (the
 * coordinator's). Changes need If-Match with the recommendation's ETag.
 */
@ApiTags('learning')
@Controller('api/v1')
export class RecommendationsController {
  constructor(private readonly recommendations: RecommendationService) {}

  @Get('reviews/:reviewId/recommendations')
  @Allow('learning.read')
  @ApiOkResponse({ type: RecommendationList })
  async listReviewRecommendations(
    @CurrentActor() actor: Actor,
    @Param('reviewId', ParseUUIDPipe) reviewId: string,
  ): Promise<RecommendationList> {
    const items = await this.recommendations.listForReview(inPartnership(actor), reviewId);
    return { items: items.map(toRecommendationResponse) };
  }

  @Post('reviews/:reviewId/recommendations')
  @Allow('learning.read')
  @ApiCreatedResponse({ type: LearningRecommendationResponse })
  async addReviewRecommendation(
    @CurrentActor() actor: Actor,
    @Param('reviewId', ParseUUIDPipe) reviewId: string,
    @Body() body: RecommendationRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LearningRecommendationResponse> {
    const recommendation = await this.recommendations.addToReview(inPartnership(actor), reviewId, body);
    setEtag(reply, recommendation.version);
    return toRecommendationResponse(recommendation);
  }

  /** Copies the accepted IMRs' proposed recommendations; running it again adds only what is new. */
  @Post('reviews/:reviewId/recommendations/from-imrs')
  @HttpCode(200)
  @Allow('learning.read')
  @ApiOkResponse({ type: ImrCopyResponse })
  async copyImrRecommendations(
    @CurrentActor() actor: Actor,
    @Param('reviewId', ParseUUIDPipe) reviewId: string,
  ): Promise<ImrCopyResponse> {
    const copy = await this.recommendations.copyFromImrs(inPartnership(actor), reviewId);
    return { createdCount: copy.created.length, items: copy.items.map(toRecommendationResponse) };
  }

  @Get('recommendation-sources')
  @Allow('learning.read')
  @ApiOkResponse({ type: SourceList })
  async listRecommendationSources(@CurrentActor() actor: Actor): Promise<SourceList> {
    const sources = await this.recommendations.listSources(inPartnership(actor));
    return { items: sources.map(toSourceResponse) };
  }

  @Post('recommendation-sources')
  @Allow('learning.manage')
  @ApiCreatedResponse({ type: SourceResponse })
  async addRecommendationSource(
    @CurrentActor() actor: Actor,
    @Body() body: SourceRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SourceResponse> {
    const source = await this.recommendations.addSource(inPartnership(actor), body);
    setEtag(reply, source.version);
    return toSourceResponse(source);
  }

  /** One source's recommendations (a review's, or a scrutiny review's, an inspection's...), a page at a time. */
  @Get('recommendations')
  @Allow('learning.read')
  @ApiOkResponse({ type: RecommendationPage })
  async listSourceRecommendations(
    @CurrentActor() actor: Actor,
    @Query() query: SourceRecommendationsQuery,
  ): Promise<RecommendationPage> {
    const page = await this.recommendations.listForSource(
      inPartnership(actor),
      query.sourceId,
      query.limit ?? DEFAULT_PAGE_SIZE,
      query.cursor,
    );
    return { items: page.items.map(toRecommendationResponse), nextCursor: page.nextCursor };
  }

  @Post('recommendations')
  @Allow('learning.manage')
  @ApiCreatedResponse({ type: LearningRecommendationResponse })
  async addSourceRecommendation(
    @CurrentActor() actor: Actor,
    @Body() body: SourceRecommendationRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LearningRecommendationResponse> {
    const { sourceId, ...details } = body;
    const recommendation = await this.recommendations.addToSource(inPartnership(actor), sourceId, details);
    setEtag(reply, recommendation.version);
    return toRecommendationResponse(recommendation);
  }

  @Get('recommendations/:recommendationId')
  @Allow('learning.read')
  @ApiOkResponse({ type: LearningRecommendationResponse })
  async getRecommendation(
    @CurrentActor() actor: Actor,
    @Param('recommendationId', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LearningRecommendationResponse> {
    const recommendation = await this.recommendations.get(inPartnership(actor), id);
    setEtag(reply, recommendation.version);
    return toRecommendationResponse(recommendation);
  }

  @Patch('recommendations/:recommendationId')
  @Allow('learning.read')
  @ApiOkResponse({ type: LearningRecommendationResponse })
  async updateRecommendation(
    @CurrentActor() actor: Actor,
    @Param('recommendationId', ParseUUIDPipe) id: string,
    @IfMatch() version: number,
    @Body() body: UpdateRecommendationRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LearningRecommendationResponse> {
    const recommendation = await this.recommendations.update(inPartnership(actor), id, version, body);
    setEtag(reply, recommendation.version);
    return toRecommendationResponse(recommendation);
  }
}
