import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Actor, Allow, CurrentActor, inPartnership } from '@dhr/platform-auth';
import { IfMatch, setEtag } from '@dhr/platform-http';
import { PanelService } from '../application/panel.service';
import { PANEL_ROLE_LABELS, PanelMeeting, PanelMember } from '../domain/panel';
import { ReviewId } from '../domain/review';
import {
  PanelMeetingList,
  PanelMeetingRequest,
  PanelMeetingResponse,
  PanelMemberList,
  PanelMemberRequest,
  PanelMemberResponse,
  UpdatePanelMeetingRequest,
  UpdatePanelMemberRequest,
} from './dto/panel.dto';

/** The panel of a review and its meetings. Reading needs 'view' on the review, changing 'work'. */
@ApiTags('reviews')
@Controller('api/v1/reviews/:reviewId')
export class PanelController {
  constructor(private readonly panel: PanelService) {}

  @Get('panel-members')
  @Allow('reviews.read')
  @ApiOkResponse({ type: PanelMemberList })
  async listPanelMembers(
    @CurrentActor() actor: Actor,
    @Param('reviewId', ParseUUIDPipe) reviewId: string,
  ): Promise<PanelMemberList> {
    const members = await this.panel.listMembers(inPartnership(actor), reviewId as ReviewId);
    return { items: members.map(toPanelMemberResponse) };
  }

  @Post('panel-members')
  @Allow('reviews.read')
  @ApiCreatedResponse({ type: PanelMemberResponse })
  async addPanelMember(
    @CurrentActor() actor: Actor,
    @Param('reviewId', ParseUUIDPipe) reviewId: string,
    @Body() body: PanelMemberRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PanelMemberResponse> {
    const member = await this.panel.addMember(inPartnership(actor), reviewId as ReviewId, body);
    setEtag(reply, member.version);
    return toPanelMemberResponse(member);
  }

  @Patch('panel-members/:memberId')
  @Allow('reviews.read')
  @ApiOkResponse({ type: PanelMemberResponse })
  async updatePanelMember(
    @CurrentActor() actor: Actor,
    @Param('reviewId', ParseUUIDPipe) reviewId: string,
    @Param('memberId', ParseUUIDPipe) memberId: string,
    @IfMatch() version: number,
    @Body() body: UpdatePanelMemberRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PanelMemberResponse> {
    const member = await this.panel.updateMember(
      inPartnership(actor),
      reviewId as ReviewId,
      memberId,
      version,
      body,
    );
    setEtag(reply, member.version);
    return toPanelMemberResponse(member);
  }

  @Get('meetings')
  @Allow('reviews.read')
  @ApiOkResponse({ type: PanelMeetingList })
  async listMeetings(
    @CurrentActor() actor: Actor,
    @Param('reviewId', ParseUUIDPipe) reviewId: string,
  ): Promise<PanelMeetingList> {
    const meetings = await this.panel.listMeetings(inPartnership(actor), reviewId as ReviewId);
    return { items: meetings.map(toPanelMeetingResponse) };
  }

  @Get('meetings/:meetingId')
  @Allow('reviews.read')
  @ApiOkResponse({ type: PanelMeetingResponse })
  async getMeeting(
    @CurrentActor() actor: Actor,
    @Param('reviewId', ParseUUIDPipe) reviewId: string,
    @Param('meetingId', ParseUUIDPipe) meetingId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PanelMeetingResponse> {
    const meeting = await this.panel.meeting(inPartnership(actor), reviewId as ReviewId, meetingId);
    setEtag(reply, meeting.version);
    return toPanelMeetingResponse(meeting);
  }

  @Post('meetings')
  @Allow('reviews.read')
  @ApiCreatedResponse({ type: PanelMeetingResponse })
  async recordMeeting(
    @CurrentActor() actor: Actor,
    @Param('reviewId', ParseUUIDPipe) reviewId: string,
    @Body() body: PanelMeetingRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PanelMeetingResponse> {
    const meeting = await this.panel.recordMeeting(inPartnership(actor), reviewId as ReviewId, body);
    setEtag(reply, meeting.version);
    return toPanelMeetingResponse(meeting);
  }

  @Patch('meetings/:meetingId')
  @Allow('reviews.read')
  @ApiOkResponse({ type: PanelMeetingResponse })
  async updateMeeting(
    @CurrentActor() actor: Actor,
    @Param('reviewId', ParseUUIDPipe) reviewId: string,
    @Param('meetingId', ParseUUIDPipe) meetingId: string,
    @IfMatch() version: number,
    @Body() body: UpdatePanelMeetingRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PanelMeetingResponse> {
    const meeting = await this.panel.updateMeeting(
      inPartnership(actor),
      reviewId as ReviewId,
      meetingId,
      version,
      body,
    );
    setEtag(reply, meeting.version);
    return toPanelMeetingResponse(meeting);
  }
}

function toPanelMemberResponse(member: PanelMember): PanelMemberResponse {
  return {
    id: member.id,
    name: member.name,
    agencyId: member.agencyId,
    organisation: member.organisation,
    jobTitle: member.jobTitle,
    panelRole: member.panelRole,
    panelRoleLabel: PANEL_ROLE_LABELS[member.panelRole],
    userId: member.userId,
    joinedOn: member.joinedOn,
    leftOn: member.leftOn,
    version: member.version,
  };
}

function toPanelMeetingResponse(meeting: PanelMeeting): PanelMeetingResponse {
  return {
    id: meeting.id,
    heldOn: meeting.heldOn,
    attendeeIds: meeting.attendeeIds,
    decisions: meeting.decisions,
    notes: meeting.notes,
    version: meeting.version,
  };
}
