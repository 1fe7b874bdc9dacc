import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Actor, Allow, CurrentActor, inPartnership } from '@dhr/platform-auth';
import { IfMatch, setEtag } from '@dhr/platform-http';
import { LessonService } from '../application/lesson.service';
import { LessonList, LessonRequest, LessonResponse, UpdateLessonRequest } from './dto/learning.dto';
import { toLessonResponse } from './learning.mapper';

/**
 * A review's numbered lessons. The route permission is 'learning.read'; whether the actor may see the review
 * (404 otherwise) or write its lessons (its chair and the coordinator; 403 otherwise) is the service's.
 */
@ApiTags('learning')
@Controller('api/v1')
export class LessonsController {
  constructor(private readonly lessons: LessonService) {}

  @Get('reviews/:reviewId/lessons')
  @Allow('learning.read')
  @ApiOkResponse({ type: LessonList })
  async listLessons(
    @CurrentActor() actor: Actor,
    @Param('reviewId', ParseUUIDPipe) reviewId: string,
  ): Promise<LessonList> {
    const lessons = await this.lessons.list(inPartnership(actor), reviewId);
    return { items: lessons.map(toLessonResponse) };
  }

  @Post('reviews/:reviewId/lessons')
  @Allow('learning.read')
  @ApiCreatedResponse({ type: LessonResponse })
  async addLesson(
    @CurrentActor() actor: Actor,
    @Param('reviewId', ParseUUIDPipe) reviewId: string,
    @Body() body: LessonRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LessonResponse> {
    const lesson = await this.lessons.add(inPartnership(actor), reviewId, {
      narrative: body.narrative,
      statement: body.statement,
      questionNumbers: body.questionNumbers ?? [],
      imrRequestIds: body.imrRequestIds ?? [],
      themeIds: body.themeIds ?? [],
    });
    setEtag(reply, lesson.version);
    return toLessonResponse(lesson);
  }

  @Patch('lessons/:lessonId')
  @Allow('learning.read')
  @ApiOkResponse({ type: LessonResponse })
  async updateLesson(
    @CurrentActor() actor: Actor,
    @Param('lessonId', ParseUUIDPipe) id: string,
    @IfMatch() version: number,
    @Body() body: UpdateLessonRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LessonResponse> {
    const lesson = await this.lessons.update(inPartnership(actor), id, version, body);
    setEtag(reply, lesson.version);
    return toLessonResponse(lesson);
  }
}
