import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Patch, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Actor, Allow, CurrentActor, inPartnership, PartnershipActor } from '@dhr/platform-auth';
import { IfMatch, setEtag } from '@dhr/platform-http';
import { ChronologyService } from '../application/chronology.service';
import { ImrQueries } from '../application/imr.queries';
import { ChronologyEntry } from '../domain/imr-content';
import { ImrRequest } from '../domain/imr-request';
import { ChronologyEntryRequest, ChronologyEntryResponse, ChronologyResponse } from './dto/chronology.dto';

/** An agency's chronology for one IMR. Changes need the IMR's ETag, and answer with the whole chronology. */
@ApiTags('imr')
@Controller('api/v1/imr-requests/:requestId/chronology-entries')
export class ChronologyController {
  constructor(
    private readonly chronology: ChronologyService,
    private readonly queries: ImrQueries,
  ) {}

  @Get()
  @Allow('imr.read')
  @ApiOkResponse({ type: ChronologyResponse })
  async listChronologyEntries(
    @CurrentActor() actor: Actor,
    @Param('requestId', ParseUUIDPipe) requestId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ChronologyResponse> {
    const partnershipActor = inPartnership(actor);
    const { request } = await this.queries.workspace(partnershipActor, requestId);
    return this.respond(partnershipActor, reply, request);
  }

  @Post()
  @Allow('imr.read')
  @ApiCreatedResponse({ type: ChronologyResponse })
  async addChronologyEntry(
    @CurrentActor() actor: Actor,
    @Param('requestId', ParseUUIDPipe) requestId: string,
    @IfMatch() version: number,
    @Body() body: ChronologyEntryRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ChronologyResponse> {
    const partnershipActor = inPartnership(actor);
    const request = await this.chronology.add(partnershipActor, requestId, version, body);
    return this.respond(partnershipActor, reply, request);
  }

  @Patch(':entryId')
  @Allow('imr.read')
  @ApiOkResponse({ type: ChronologyResponse })
  async changeChronologyEntry(
    @CurrentActor() actor: Actor,
    @Param('requestId', ParseUUIDPipe) requestId: string,
    @Param('entryId', ParseUUIDPipe) entryId: string,
    @IfMatch() version: number,
    @Body() body: ChronologyEntryRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ChronologyResponse> {
    const partnershipActor = inPartnership(actor);
    const request = await this.chronology.update(partnershipActor, requestId, entryId, version, body);
    return this.respond(partnershipActor, reply, request);
  }

  @Delete(':entryId')
  @Allow('imr.read')
  @ApiOkResponse({ type: ChronologyResponse })
  async removeChronologyEntry(
    @CurrentActor() actor: Actor,
    @Param('requestId', ParseUUIDPipe) requestId: string,
    @Param('entryId', ParseUUIDPipe) entryId: string,
    @IfMatch() version: number,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ChronologyResponse> {
    const partnershipActor = inPartnership(actor);
    const request = await this.chronology.remove(partnershipActor, requestId, entryId, version);
    return this.respond(partnershipActor, reply, request);
  }

  private async respond(
    actor: PartnershipActor,
    reply: FastifyReply,
    request: ImrRequest,
  ): Promise<ChronologyResponse> {
    const entries = await this.chronology.list(actor, request.id);
    setEtag(reply, request.version);
    return { items: entries.map(toEntryResponse), version: request.version };
  }
}

export function toEntryResponse(entry: ChronologyEntry): ChronologyEntryResponse {
  return {
    id: entry.id,
    agencyId: entry.agencyId,
    date: entry.dateText,
    earliestOn: entry.earliestOn,
    latestOn: entry.latestOn,
    precision: entry.occurred.from.precision,
    approximate: entry.occurred.approximate,
    sourceReference: entry.sourceReference,
    subjects: entry.subjects,
    event: entry.event,
    actionOutcome: entry.actionOutcome,
    analysis: entry.analysis,
  };
}
