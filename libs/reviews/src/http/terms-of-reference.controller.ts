import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Actor, Allow, CurrentActor, inPartnership } from '@dhr/platform-auth';
import { IfMatch, setEtag } from '@dhr/platform-http';
import { ApproximateDate, formatApproximateDate } from '@dhr/platform-domain';
import { TermsOfReferenceService } from '../application/terms-of-reference.service';
import { ReviewId } from '../domain/review';
import { TermsOfReference } from '../domain/terms-of-reference';
import {
  AgreementRequest,
  ApproximateDateResponse,
  TermsOfReferenceList,
  TermsOfReferenceRequest,
  TermsOfReferenceResponse,
} from './dto/terms-of-reference.dto';

/** Versions of the terms of reference: drafted, revised, agreed at a panel meeting; agreed versions never change. */
@ApiTags('reviews')
@Controller('api/v1/reviews/:reviewId/terms-of-reference')
export class TermsOfReferenceController {
  constructor(private readonly terms: TermsOfReferenceService) {}

  @Get()
  @Allow('reviews.read')
  @ApiOkResponse({ type: TermsOfReferenceList })
  async listTermsOfReference(
    @CurrentActor() actor: Actor,
    @Param('reviewId', ParseUUIDPipe) reviewId: string,
  ): Promise<TermsOfReferenceList> {
    const versions = await this.terms.list(inPartnership(actor), reviewId as ReviewId);
    return { items: versions.map(toTermsResponse) };
  }

  @Post()
  @Allow('reviews.read')
  @ApiCreatedResponse({
    type: TermsOfReferenceResponse,
    description: 'the first draft, or a revision copied from the latest agreed version',
  })
  async startTermsDraft(
    @CurrentActor() actor: Actor,
    @Param('reviewId', ParseUUIDPipe) reviewId: string,
    @Body() body: TermsOfReferenceRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TermsOfReferenceResponse> {
    const draft = await this.terms.startDraft(inPartnership(actor), reviewId as ReviewId, body);
    setEtag(reply, draft.version);
    return toTermsResponse(draft);
  }

  @Get(':versionId')
  @Allow('reviews.read')
  @ApiOkResponse({ type: TermsOfReferenceResponse })
  async getTermsVersion(
    @CurrentActor() actor: Actor,
    @Param('reviewId', ParseUUIDPipe) reviewId: string,
    @Param('versionId', ParseUUIDPipe) versionId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TermsOfReferenceResponse> {
    const version = await this.terms.version(inPartnership(actor), reviewId as ReviewId, versionId);
    setEtag(reply, version.version);
    return toTermsResponse(version);
  }

  @Patch(':versionId')
  @Allow('reviews.read')
  @ApiOkResponse({ type: TermsOfReferenceResponse })
  async updateTermsDraft(
    @CurrentActor() actor: Actor,
    @Param('reviewId', ParseUUIDPipe) reviewId: string,
    @Param('versionId', ParseUUIDPipe) versionId: string,
    @IfMatch() version: number,
    @Body() body: TermsOfReferenceRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TermsOfReferenceResponse> {
    const draft = await this.terms.updateDraft(
      inPartnership(actor),
      reviewId as ReviewId,
      versionId,
      version,
      body,
    );
    setEtag(reply, draft.version);
    return toTermsResponse(draft);
  }

  @Post(':versionId/agreement')
  @HttpCode(200)
  @Allow('reviews.read')
  @ApiOkResponse({ type: TermsOfReferenceResponse, description: 'the version, now agreed' })
  async agreeTerms(
    @CurrentActor() actor: Actor,
    @Param('reviewId', ParseUUIDPipe) reviewId: string,
    @Param('versionId', ParseUUIDPipe) versionId: string,
    @IfMatch() version: number,
    @Body() body: AgreementRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TermsOfReferenceResponse> {
    const agreed = await this.terms.agree(
      inPartnership(actor),
      reviewId as ReviewId,
      versionId,
      version,
      body.meetingId,
    );
    setEtag(reply, agreed.version);
    return toTermsResponse(agreed);
  }
}

function toTermsResponse(terms: TermsOfReference): TermsOfReferenceResponse {
  return {
    id: terms.id,
    versionNumber: terms.versionNumber,
    status: terms.status,
    purpose: terms.purpose,
    periodFrom: toDateResponse(terms.periodFrom),
    periodTo: toDateResponse(terms.periodTo),
    agencyIds: terms.agencyIds,
    questions: terms.questions.map(({ number, text }) => ({ number, text })),
    equalityAndDiversity: terms.equalityAndDiversity,
    familyInvolvement: terms.familyInvolvement,
    parallelProcesses: terms.parallelProcesses,
    revisionNote: terms.revisionNote,
    agreedOn: terms.agreedOn,
    agreedAtMeetingId: terms.agreedAtMeetingId,
    version: terms.version,
  };
}

function toDateResponse(date: ApproximateDate): ApproximateDateResponse {
  return { ...date, label: formatApproximateDate(date) };
}
