import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Actor, Allow, CurrentActor, inPartnership } from '@dhr/platform-auth';
import { IfMatch, setEtag } from '@dhr/platform-http';
import { SubjectService } from '../application/subject.service';
import { ReviewId } from '../domain/review';
import { SubjectIdentityRequest, SubjectRequest, UpdateSubjectRequest } from './dto/notification.request';
import { SubjectIdentityResponse, SubjectList, SubjectResponse } from './dto/review.response';
import { toSubjectResponse } from './review.mapper';

/** Subjects by pseudonym; their real identities only through the identity routes, each reading audited. */
@ApiTags('reviews')
@Controller('api/v1/reviews/:reviewId/subjects')
export class SubjectsController {
  constructor(private readonly subjects: SubjectService) {}

  @Get()
  @Allow('reviews.read')
  @ApiOkResponse({ type: SubjectList })
  async listSubjects(
    @CurrentActor() actor: Actor,
    @Param('reviewId', ParseUUIDPipe) reviewId: string,
  ): Promise<SubjectList> {
    const subjects = await this.subjects.list(inPartnership(actor), reviewId as ReviewId);
    return { items: subjects.map(toSubjectResponse) };
  }

  @Post()
  @Allow('reviews.read')
  @ApiCreatedResponse({ type: SubjectResponse })
  async addSubject(
    @CurrentActor() actor: Actor,
    @Param('reviewId', ParseUUIDPipe) reviewId: string,
    @Body() body: SubjectRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SubjectResponse> {
    const subject = await this.subjects.add(inPartnership(actor), reviewId as ReviewId, body);
    setEtag(reply, subject.version);
    return toSubjectResponse({ ...subject, identityRecorded: !!body.identity });
  }

  @Patch(':subjectId')
  @Allow('reviews.read')
  @ApiOkResponse({ type: SubjectResponse })
  async updateSubject(
    @CurrentActor() actor: Actor,
    @Param('reviewId', ParseUUIDPipe) reviewId: string,
    @Param('subjectId', ParseUUIDPipe) subjectId: string,
    @IfMatch() version: number,
    @Body() body: UpdateSubjectRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SubjectResponse> {
    const subject = await this.subjects.update(
      inPartnership(actor),
      reviewId as ReviewId,
      subjectId,
      version,
      body,
    );
    setEtag(reply, subject.version);
    return toSubjectResponse(subject);
  }

  @Get(':subjectId/identity')
  @Allow('reviews.read')
  @ApiOkResponse({ type: SubjectIdentityResponse })
  async readSubjectIdentity(
    @CurrentActor() actor: Actor,
    @Param('reviewId', ParseUUIDPipe) reviewId: string,
    @Param('subjectId', ParseUUIDPipe) subjectId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SubjectIdentityResponse> {
    void reply.header('cache-control', 'no-store');
    const identity = await this.subjects.readIdentity(inPartnership(actor), reviewId as ReviewId, subjectId);
    return {
      fullName: identity.fullName,
      otherNames: identity.otherNames ?? null,
      dateOfBirth: identity.dateOfBirth ?? null,
      address: identity.address ?? null,
    };
  }

  @Put(':subjectId/identity')
  @HttpCode(204)
  @Allow('reviews.read')
  @ApiNoContentResponse()
  async recordSubjectIdentity(
    @CurrentActor() actor: Actor,
    @Param('reviewId', ParseUUIDPipe) reviewId: string,
    @Param('subjectId', ParseUUIDPipe) subjectId: string,
    @Body() body: SubjectIdentityRequest,
  ): Promise<void> {
    await this.subjects.recordIdentity(inPartnership(actor), reviewId as ReviewId, subjectId, {
      fullName: body.fullName,
      otherNames: body.otherNames ?? null,
      dateOfBirth: body.dateOfBirth ?? null,
      address: body.address ?? null,
    });
  }
}
