import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseIntPipe,
  ParseUUIDPipe,
  Patch,
  Post,
  Put,
  Res,
} from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Actor, Allow, CurrentActor, inPartnership, PartnershipActor } from '@dhr/platform-auth';
import { UserId } from '@dhr/platform-domain';
import { IfMatch, setEtag } from '@dhr/platform-http';
import { ImrAuthoringService } from '../application/imr-authoring.service';
import { ImrDecisionsService } from '../application/imr-decisions.service';
import { ImrQueries } from '../application/imr.queries';
import { ScopingService } from '../application/scoping.service';
import { ImrRequest } from '../domain/imr-request';
import {
  AnswerRequest,
  CommentRequest,
  FindingsRequest,
  RecommendationsRequest,
  ReturnRequest,
  StatementRequest,
  UpdateScopeRequest,
} from './dto/imr.request';
import { ImrRequestList, ImrWorkspaceResponse } from './dto/imr.response';
import { toRequestResponse, toWorkspaceResponse } from './imr.mapper';

/**
 * One agency's IMR: the author's workspace, the senior manager's sign-off, the chair's decision. Every change
 * needs If-Match with the request's ETag and answers with the IMR as it now is.
 */
@ApiTags('imr')
@Controller('api/v1')
export class ImrRequestsController {
  constructor(
    private readonly scoping: ScopingService,
    private readonly authoring: ImrAuthoringService,
    private readonly decisions: ImrDecisionsService,
    private readonly queries: ImrQueries,
  ) {}

  @Get('my-imr-requests')
  @Allow('imr.read')
  @ApiOkResponse({ type: ImrRequestList })
  async listMyImrRequests(@CurrentActor() actor: Actor): Promise<ImrRequestList> {
    const mine = await this.queries.mine(inPartnership(actor));
    return { items: mine.map(({ request, reviewReference }) => toRequestResponse(request, reviewReference)) };
  }

  @Get('imr-requests/:requestId')
  @Allow('imr.read')
  @ApiOkResponse({ type: ImrWorkspaceResponse })
  getImr(
    @CurrentActor() actor: Actor,
    @Param('requestId', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ImrWorkspaceResponse> {
    return this.respond(actor, reply, async (a) => (await this.queries.workspace(a, id)).request);
  }

  @Patch('imr-requests/:requestId')
  @Allow('imr.read')
  @ApiOkResponse({ type: ImrWorkspaceResponse })
  changeImrRequest(
    @CurrentActor() actor: Actor,
    @Param('requestId', ParseUUIDPipe) id: string,
    @IfMatch() version: number,
    @Body() body: UpdateScopeRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ImrWorkspaceResponse> {
    return this.respond(actor, reply, (a) =>
      this.scoping.update(a, id, version, {
        ...body,
        authorUserId: body.authorUserId as UserId | undefined,
        seniorManagerUserId: body.seniorManagerUserId as UserId | null | undefined,
      }),
    );
  }

  @Post('imr-requests/:requestId/sending')
  @HttpCode(200)
  @Allow('imr.read')
  @ApiOkResponse({ type: ImrWorkspaceResponse })
  sendImrRequest(
    @CurrentActor() actor: Actor,
    @Param('requestId', ParseUUIDPipe) id: string,
    @IfMatch() version: number,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ImrWorkspaceResponse> {
    return this.respond(actor, reply, (a) => this.scoping.send(a, id, version));
  }

  @Put('imr-requests/:requestId/answers/:questionNumber')
  @Allow('imr.read')
  @ApiOkResponse({ type: ImrWorkspaceResponse })
  saveImrAnswer(
    @CurrentActor() actor: Actor,
    @Param('requestId', ParseUUIDPipe) id: string,
    @Param('questionNumber', ParseIntPipe) questionNumber: number,
    @IfMatch() version: number,
    @Body() body: AnswerRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ImrWorkspaceResponse> {
    return this.respond(actor, reply, (a) =>
      this.authoring.saveAnswer(a, id, version, questionNumber, body.answer),
    );
  }

  @Put('imr-requests/:requestId/good-practice')
  @Allow('imr.read')
  @ApiOkResponse({ type: ImrWorkspaceResponse })
  saveImrGoodPractice(
    @CurrentActor() actor: Actor,
    @Param('requestId', ParseUUIDPipe) id: string,
    @IfMatch() version: number,
    @Body() body: FindingsRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ImrWorkspaceResponse> {
    return this.respond(actor, reply, (a) =>
      this.authoring.saveFindings(a, id, version, 'good_practice', body.items),
    );
  }

  @Put('imr-requests/:requestId/lessons')
  @Allow('imr.read')
  @ApiOkResponse({ type: ImrWorkspaceResponse })
  saveImrLessons(
    @CurrentActor() actor: Actor,
    @Param('requestId', ParseUUIDPipe) id: string,
    @IfMatch() version: number,
    @Body() body: FindingsRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ImrWorkspaceResponse> {
    return this.respond(actor, reply, (a) =>
      this.authoring.saveFindings(a, id, version, 'lesson', body.items),
    );
  }

  @Put('imr-requests/:requestId/recommendations')
  @Allow('imr.read')
  @ApiOkResponse({ type: ImrWorkspaceResponse })
  saveImrRecommendations(
    @CurrentActor() actor: Actor,
    @Param('requestId', ParseUUIDPipe) id: string,
    @IfMatch() version: number,
    @Body() body: RecommendationsRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ImrWorkspaceResponse> {
    return this.respond(actor, reply, (a) =>
      this.authoring.saveRecommendations(
        a,
        id,
        version,
        body.items.map((item) => ({ ...item, keyMilestone: item.keyMilestone ?? null })),
      ),
    );
  }

  @Put('imr-requests/:requestId/independence-statement')
  @Allow('imr.read')
  @ApiOkResponse({ type: ImrWorkspaceResponse })
  saveImrIndependenceStatement(
    @CurrentActor() actor: Actor,
    @Param('requestId', ParseUUIDPipe) id: string,
    @IfMatch() version: number,
    @Body() body: StatementRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ImrWorkspaceResponse> {
    return this.respond(actor, reply, (a) =>
      this.authoring.saveIndependenceStatement(a, id, version, body.statement),
    );
  }

  @Post('imr-requests/:requestId/submission')
  @HttpCode(200)
  @Allow('imr.read')
  @ApiOkResponse({ type: ImrWorkspaceResponse })
  submitImr(
    @CurrentActor() actor: Actor,
    @Param('requestId', ParseUUIDPipe) id: string,
    @IfMatch() version: number,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ImrWorkspaceResponse> {
    return this.respond(actor, reply, (a) => this.authoring.submit(a, id, version));
  }

  @Post('imr-requests/:requestId/sign-off')
  @HttpCode(200)
  @Allow('imr.read')
  @ApiOkResponse({ type: ImrWorkspaceResponse })
  signOffImr(
    @CurrentActor() actor: Actor,
    @Param('requestId', ParseUUIDPipe) id: string,
    @IfMatch() version: number,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ImrWorkspaceResponse> {
    return this.respond(actor, reply, (a) => this.decisions.signOff(a, id, version));
  }

  @Post('imr-requests/:requestId/sign-off-declined')
  @HttpCode(200)
  @Allow('imr.read')
  @ApiOkResponse({ type: ImrWorkspaceResponse })
  declineImrSignOff(
    @CurrentActor() actor: Actor,
    @Param('requestId', ParseUUIDPipe) id: string,
    @IfMatch() version: number,
    @Body() body: CommentRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ImrWorkspaceResponse> {
    return this.respond(actor, reply, (a) => this.decisions.sendBackToAuthor(a, id, version, body.comment));
  }

  @Post('imr-requests/:requestId/return')
  @HttpCode(200)
  @Allow('imr.read')
  @ApiOkResponse({ type: ImrWorkspaceResponse })
  returnImr(
    @CurrentActor() actor: Actor,
    @Param('requestId', ParseUUIDPipe) id: string,
    @IfMatch() version: number,
    @Body() body: ReturnRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ImrWorkspaceResponse> {
    return this.respond(actor, reply, (a) =>
      this.decisions.returnForAmendment(a, id, version, body.comments),
    );
  }

  @Post('imr-requests/:requestId/acceptance')
  @HttpCode(200)
  @Allow('imr.read')
  @ApiOkResponse({ type: ImrWorkspaceResponse })
  acceptImr(
    @CurrentActor() actor: Actor,
    @Param('requestId', ParseUUIDPipe) id: string,
    @IfMatch() version: number,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ImrWorkspaceResponse> {
    return this.respond(actor, reply, (a) => this.decisions.accept(a, id, version));
  }

  private async respond(
    actor: Actor,
    reply: FastifyReply,
    command: (actor: PartnershipActor) => Promise<ImrRequest>,
  ): Promise<ImrWorkspaceResponse> {
    const partnershipActor = inPartnership(actor);
    const request = await command(partnershipActor);
    const workspace = await this.queries.workspace(partnershipActor, request.id);
    setEtag(reply, workspace.request.version);
    return toWorkspaceResponse(workspace);
  }
}
