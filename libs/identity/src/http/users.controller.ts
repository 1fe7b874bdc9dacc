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
import { ApiAcceptedResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Actor, Allow, CurrentActor, inPartnership } from '@dhr/platform-auth';
import { DEFAULT_PAGE_SIZE } from '@dhr/platform-database';
import { AgencyId, PartnershipId, UserId } from '@dhr/platform-domain';
import { IfMatch, setEtag } from '@dhr/platform-http';
import { UserService } from '../application/user.service';
import {
  CreateCoordinatorRequest,
  CreateUserRequest,
  ListUsersQuery,
  UpdateUserRequest,
  UserPage,
  UserResponse,
} from './dto/user.dto';
import { toUserResponse } from './me.mapper';

@ApiTags('users')
@Controller('api/v1')
export class UsersController {
  constructor(private readonly users: UserService) {}

  @Get('users')
  @Allow('users.read')
  @ApiOkResponse({ type: UserPage })
  async listUsers(@CurrentActor() actor: Actor, @Query() query: ListUsersQuery): Promise<UserPage> {
    const { limit = DEFAULT_PAGE_SIZE, cursor, agencyId, ...filter } = query;
    const page = await this.users.list(
      inPartnership(actor),
      { ...filter, agencyId: agencyId as AgencyId | undefined },
      limit,
      cursor,
    );
    return { items: page.items.map(toUserResponse), nextCursor: page.nextCursor };
  }

  @Get('users/:userId')
  @Allow('users.read')
  @ApiOkResponse({ type: UserResponse })
  async getUser(
    @CurrentActor() actor: Actor,
    @Param('userId', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<UserResponse> {
    const user = await this.users.get(inPartnership(actor), id as UserId);
    setEtag(reply, user.version);
    return toUserResponse(user);
  }

  /** Creates the user and emails them a link to set their password. */
  @Post('users')
  @Allow('users.manage')
  @ApiCreatedResponse({ type: UserResponse })
  async createUser(
    @CurrentActor() actor: Actor,
    @Body() body: CreateUserRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<UserResponse> {
    const user = await this.users.invite(inPartnership(actor), {
      ...body,
      agencyId: body.agencyId as AgencyId | null | undefined,
    });
    setEtag(reply, user.version);
    return toUserResponse(user);
  }

  @Patch('users/:userId')
  @Allow('users.manage')
  @ApiOkResponse({ type: UserResponse })
  async updateUser(
    @CurrentActor() actor: Actor,
    @Param('userId', ParseUUIDPipe) id: string,
    @IfMatch() version: number,
    @Body() body: UpdateUserRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<UserResponse> {
    const user = await this.users.update(inPartnership(actor), id as UserId, version, {
      ...body,
      agencyId: body.agencyId as AgencyId | null | undefined,
    });
    setEtag(reply, user.version);
    return toUserResponse(user);
  }

  /** Sends a new set-password link; earlier links stop working. */
  @Post('users/:userId/invitation')
  @Allow('users.manage')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: UserResponse })
  async resendInvitation(
    @CurrentActor() actor: Actor,
    @Param('userId', ParseUUIDPipe) id: string,
  ): Promise<UserResponse> {
    return toUserResponse(await this.users.resendInvitation(inPartnership(actor), id as UserId));
  }

  /** A system administrator invites a partnership's first coordinator. */
  @Post('partnerships/:partnershipId/coordinators')
  @Allow('partnerships.manage')
  @ApiCreatedResponse({ type: UserResponse })
  async createCoordinator(
    @CurrentActor() actor: Actor,
    @Param('partnershipId', ParseUUIDPipe) partnershipId: string,
    @Body() body: CreateCoordinatorRequest,
  ): Promise<UserResponse> {
    return toUserResponse(await this.users.inviteCoordinator(actor, partnershipId as PartnershipId, body));
  }
}
