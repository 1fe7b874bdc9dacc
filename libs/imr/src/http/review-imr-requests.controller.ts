import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Actor, Allow, CurrentActor, inPartnership } from '@dhr/platform-auth';
import { AgencyId, UserId } from '@dhr/platform-domain';
import { setEtag } from '@dhr/platform-http';
import { ImrQueries } from '../application/imr.queries';
import { ScopingService } from '../application/scoping.service';
import { ScopeAgencyRequest } from './dto/imr.request';
import { CoverageResponse, ImrRequestList, ImrRequestResponse } from './dto/imr.response';
import { toRequestResponse } from './imr.mapper';
import { ReviewReferences } from './review-references';

/** Scoping a review: which agencies are asked for what, and the chair's coverage matrix. */
@ApiTags('imr')
@Controller('api/v1/reviews/:reviewId')
export class ReviewImrRequestsController {
  constructor(
    private readonly scoping: ScopingService,
    private readonly queries: ImrQueries,
    private readonly references: ReviewReferences,
  ) {}

  @Get('imr-requests')
  @Allow('imr.read')
  @ApiOkResponse({ type: ImrRequestList })
  async listImrRequests(
    @CurrentActor() actor: Actor,
    @Param('reviewId', ParseUUIDPipe) reviewId: string,
  ): Promise<ImrRequestList> {
    const partnershipActor = inPartnership(actor);
    const requests = await this.scoping.list(partnershipActor, reviewId);
    const reference = await this.references.of(partnershipActor, reviewId);
    return { items: requests.map((request) => toRequestResponse(request, reference)) };
  }

  @Post('imr-requests')
  @Allow('imr.read')
  @ApiCreatedResponse({ type: ImrRequestResponse })
  async scopeAgency(
    @CurrentActor() actor: Actor,
    @Param('reviewId', ParseUUIDPipe) reviewId: string,
    @Body() body: ScopeAgencyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ImrRequestResponse> {
    const partnershipActor = inPartnership(actor);
    const request = await this.scoping.scope(partnershipActor, reviewId, {
      agencyId: body.agencyId as AgencyId,
      kind: body.kind,
      dueOn: body.dueOn,
      authorUserId: body.authorUserId as UserId,
      seniorManagerUserId: (body.seniorManagerUserId ?? null) as UserId | null,
    });
    setEtag(reply, request.version);
    return toRequestResponse(request, await this.references.of(partnershipActor, reviewId));
  }

  @Get('imr-coverage')
  @Allow('imr.read')
  @ApiOkResponse({ type: CoverageResponse })
  async imrCoverage(
    @CurrentActor() actor: Actor,
    @Param('reviewId', ParseUUIDPipe) reviewId: string,
  ): Promise<CoverageResponse> {
    const partnershipActor = inPartnership(actor);
    const coverage = await this.queries.coverage(partnershipActor, reviewId);
    const reference = await this.references.of(partnershipActor, reviewId);
    return {
      questionNumbers: coverage.questionNumbers,
      rows: coverage.rows.map((row) => ({
        request: toRequestResponse(row.request, reference),
        answered: row.answered,
      })),
    };
  }
}
