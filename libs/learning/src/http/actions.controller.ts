import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Actor, Allow, CurrentActor, inPartnership, PartnershipActor } from '@dhr/platform-auth';
import { DEFAULT_PAGE_SIZE } from '@dhr/platform-database';
import { AgencyId, UserId } from '@dhr/platform-domain';
import { IfMatch, setEtag } from '@dhr/platform-http';
import { ActionDetails, ActionService } from '../application/action.service';
import { PlanQueries } from '../application/plan.queries';
import { ProgressService } from '../application/progress.service';
import { Action } from '../domain/learning-records';
import {
  ActionPage,
  ActionRequest,
  ActionResponse,
  CompletionRequest,
  PlanQuery,
  ProgressRequest,
  RejectionRequest,
} from './dto/action.dto';
import { toActionResponse, toActionSummary } from './action.mapper';

/**
 * The action plan. The coordinator creates and changes actions and signs off their completion; a lead officer
 * sees and updates only their own agency's actions. Changes need If-Match with the action's ETag.
 */
@ApiTags('learning')
@Controller('api/v1/actions')
export class ActionsController {
  constructor(
    private readonly actions: ActionService,
    private readonly progress: ProgressService,
    private readonly queries: PlanQueries,
  ) {}

  @Get()
  @Allow('learning.read')
  @ApiOkResponse({ type: ActionPage })
  async listActions(@CurrentActor() actor: Actor, @Query() query: PlanQuery): Promise<ActionPage> {
    const page = await this.queries.plan(
      inPartnership(actor),
      {
        agencyId: query.agencyId as AgencyId | undefined,
        reviewId: query.reviewId,
        leadOfficerUserId: query.leadOfficerUserId as UserId | undefined,
        rag: query.rag,
        status: query.status,
        dueFrom: query.dueFrom,
        dueTo: query.dueTo,
        leadOfficer: query.leadOfficer?.trim() || undefined,
        sort: query.sort,
      },
      query.limit ?? DEFAULT_PAGE_SIZE,
      query.cursor,
    );
    return { items: page.items.map(toActionSummary), nextCursor: page.nextCursor };
  }

  @Post()
  @Allow('learning.manage')
  @ApiCreatedResponse({ type: ActionResponse })
  createAction(
    @CurrentActor() actor: Actor,
    @Body() body: ActionRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ActionResponse> {
    return this.respond(actor, reply, (a) => this.actions.create(a, details(body)));
  }

  @Get(':actionId')
  @Allow('learning.read')
  @ApiOkResponse({ type: ActionResponse })
  getAction(
    @CurrentActor() actor: Actor,
    @Param('actionId', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ActionResponse> {
    return this.respond(actor, reply, async (a) => (await this.queries.detail(a, id)).action);
  }

  @Put(':actionId')
  @Allow('learning.manage')
  @ApiOkResponse({ type: ActionResponse })
  changeAction(
    @CurrentActor() actor: Actor,
    @Param('actionId', ParseUUIDPipe) id: string,
    @IfMatch() version: number,
    @Body() body: ActionRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ActionResponse> {
    return this.respond(actor, reply, (a) => this.actions.update(a, id, version, details(body)));
  }

  @Post(':actionId/progress-updates')
  @HttpCode(200)
  @Allow('learning.read')
  @ApiOkResponse({ type: ActionResponse })
  reportProgress(
    @CurrentActor() actor: Actor,
    @Param('actionId', ParseUUIDPipe) id: string,
    @IfMatch() version: number,
    @Body() body: ProgressRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ActionResponse> {
    return this.respond(actor, reply, (a) => this.progress.report(a, id, version, body));
  }

  @Post(':actionId/completion')
  @HttpCode(200)
  @Allow('learning.read')
  @ApiOkResponse({ type: ActionResponse })
  submitActionCompletion(
    @CurrentActor() actor: Actor,
    @Param('actionId', ParseUUIDPipe) id: string,
    @IfMatch() version: number,
    @Body() body: CompletionRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ActionResponse> {
    return this.respond(actor, reply, (a) =>
      this.progress.submitCompletion(a, id, version, body.completedOn, body.outcome),
    );
  }

  @Post(':actionId/approval')
  @HttpCode(200)
  @Allow('learning.manage')
  @ApiOkResponse({ type: ActionResponse })
  approveActionCompletion(
    @CurrentActor() actor: Actor,
    @Param('actionId', ParseUUIDPipe) id: string,
    @IfMatch() version: number,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ActionResponse> {
    return this.respond(actor, reply, (a) => this.progress.approve(a, id, version));
  }

  @Post(':actionId/rejection')
  @HttpCode(200)
  @Allow('learning.manage')
  @ApiOkResponse({ type: ActionResponse })
  rejectActionCompletion(
    @CurrentActor() actor: Actor,
    @Param('actionId', ParseUUIDPipe) id: string,
    @IfMatch() version: number,
    @Body() body: RejectionRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ActionResponse> {
    return this.respond(actor, reply, (a) => this.progress.reject(a, id, version, body.reason));
  }

  private async respond(
    actor: Actor,
    reply: FastifyReply,
    command: (actor: PartnershipActor) => Promise<Action>,
  ): Promise<ActionResponse> {
    const partnershipActor = inPartnership(actor);
    const action = await command(partnershipActor);
    const detail = await this.queries.detail(partnershipActor, action.id);
    setEtag(reply, detail.action.version);
    return toActionResponse(detail);
  }
}

function details(body: ActionRequest): ActionDetails {
  return {
    ...body,
    leadAgencyId: body.leadAgencyId as AgencyId,
    leadOfficerUserId: (body.leadOfficerUserId ?? null) as UserId | null,
    milestones: body.milestones.map((m) => ({
      description: m.description,
      dueOn: m.dueOn ?? null,
      done: m.done,
    })),
  };
}
