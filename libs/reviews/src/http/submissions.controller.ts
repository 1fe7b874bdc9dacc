import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Actor, Allow, CurrentActor, inPartnership } from '@dhr/platform-auth';
import { IfMatch, setEtag } from '@dhr/platform-http';
import { ReviewQueries } from '../application/review.queries';
import { SubmissionService } from '../application/submission.service';
import { ReviewId } from '../domain/review';
import { missingFromSubmission, Submission } from '../domain/submission';
import { ReviewResponse } from './dto/review.response';
import { replyWithReview } from './review-reply';
import {
  QaOutcomeRequest,
  SendSubmissionRequest,
  SubmissionDocumentsRequest,
} from './dto/submission.request';
import { SubmissionList, SubmissionResponse } from './dto/submission.response';

/**
 * The versions of the bundle for the Home Office. Preparing a version (its documents, its anonymisation check)
 * takes If-Match with the submission's ETag; sending it and recording the QA outcome move the review itself,
 * so they take the review's ETag and answer with the review.
 */
@ApiTags('reviews')
@Controller('api/v1/reviews/:reviewId/submissions')
export class SubmissionsController {
  constructor(
    private readonly submissions: SubmissionService,
    private readonly queries: ReviewQueries,
  ) {}

  @Get()
  @Allow('reviews.read')
  @ApiOkResponse({ type: SubmissionList })
  async listSubmissions(
    @CurrentActor() actor: Actor,
    @Param('reviewId', ParseUUIDPipe) reviewId: string,
  ): Promise<SubmissionList> {
    const submissions = await this.submissions.list(inPartnership(actor), reviewId as ReviewId);
    return { items: submissions.map(toSubmissionResponse) };
  }

  @Post()
  @Allow('reviews.read')
  @ApiOperation({ summary: 'Start the next submission version (after sign-off; none unsent)' })
  @ApiCreatedResponse({ type: SubmissionResponse })
  async startSubmission(
    @CurrentActor() actor: Actor,
    @Param('reviewId', ParseUUIDPipe) reviewId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SubmissionResponse> {
    const submission = await this.submissions.start(inPartnership(actor), reviewId as ReviewId);
    setEtag(reply, submission.version);
    return toSubmissionResponse(submission);
  }

  @Patch(':submissionId/documents')
  @Allow('reviews.read')
  @ApiOperation({ summary: 'Set parts of an unsent version (If-Match: the submission’s ETag)' })
  @ApiOkResponse({ type: SubmissionResponse })
  async setSubmissionDocuments(
    @CurrentActor() actor: Actor,
    @Param('reviewId', ParseUUIDPipe) reviewId: string,
    @Param('submissionId', ParseUUIDPipe) submissionId: string,
    @IfMatch() version: number,
    @Body() body: SubmissionDocumentsRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SubmissionResponse> {
    const submission = await this.submissions.setDocuments(
      inPartnership(actor),
      reviewId as ReviewId,
      submissionId,
      version,
      body,
    );
    setEtag(reply, submission.version);
    return toSubmissionResponse(submission);
  }

  @Post(':submissionId/anonymisation-check')
  @HttpCode(200)
  @Allow('reviews.read')
  @ApiOperation({
    summary: 'Record that you checked no real identity appears in any part (If-Match: the submission’s ETag)',
  })
  @ApiOkResponse({ type: SubmissionResponse })
  async recordAnonymisationCheck(
    @CurrentActor() actor: Actor,
    @Param('reviewId', ParseUUIDPipe) reviewId: string,
    @Param('submissionId', ParseUUIDPipe) submissionId: string,
    @IfMatch() version: number,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SubmissionResponse> {
    const submission = await this.submissions.recordAnonymisationCheck(
      inPartnership(actor),
      reviewId as ReviewId,
      submissionId,
      version,
    );
    setEtag(reply, submission.version);
    return toSubmissionResponse(submission);
  }

  @Post(':submissionId/send')
  @HttpCode(200)
  @Allow('reviews.read')
  @ApiOperation({ summary: 'Send the latest version to the Home Office (If-Match: the review’s ETag)' })
  @ApiOkResponse({ type: ReviewResponse })
  sendSubmission(
    @CurrentActor() actor: Actor,
    @Param('reviewId', ParseUUIDPipe) reviewId: string,
    @Param('submissionId', ParseUUIDPipe) submissionId: string,
    @IfMatch() version: number,
    @Body() body: SendSubmissionRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ReviewResponse> {
    return replyWithReview(this.queries, actor, reply, (a) =>
      this.submissions.send(a, reviewId as ReviewId, submissionId, version, body.sentOn),
    );
  }

  @Post(':submissionId/qa-outcome')
  @HttpCode(200)
  @Allow('reviews.read')
  @ApiOperation({
    summary: 'Record the Home Office QA outcome of the version sent (If-Match: the review’s ETag)',
  })
  @ApiOkResponse({ type: ReviewResponse })
  recordQaOutcome(
    @CurrentActor() actor: Actor,
    @Param('reviewId', ParseUUIDPipe) reviewId: string,
    @Param('submissionId', ParseUUIDPipe) submissionId: string,
    @IfMatch() version: number,
    @Body() body: QaOutcomeRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ReviewResponse> {
    return replyWithReview(this.queries, actor, reply, (a) =>
      this.submissions.recordQaOutcome(a, reviewId as ReviewId, submissionId, version, body),
    );
  }
}

function toSubmissionResponse(submission: Submission): SubmissionResponse {
  return {
    id: submission.id,
    versionNumber: submission.versionNumber,
    documents: { ...submission.documents },
    anonymisationCheck: submission.anonymisationCheck
      ? {
          checkedBy: submission.anonymisationCheck.checkedBy,
          checkedAt: submission.anonymisationCheck.checkedAt.toISOString(),
        }
      : null,
    missing: submission.sentOn ? [] : missingFromSubmission(submission),
    sentOn: submission.sentOn,
    qa: submission.qa ? { ...submission.qa } : null,
    version: submission.version,
  };
}
