import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Actor, Allow, CurrentActor, inPartnership } from '@dhr/platform-auth';
import { AgencyId } from '@dhr/platform-domain';
import { IfMatch, setEtag } from '@dhr/platform-http';
import { AgencyService } from '../application/agency.service';
import { AGENCY_TYPE_KEYS, AGENCY_TYPES } from '../domain/agency-type';
import { Agency } from '../domain/partnership';
import {
  AgencyList,
  AgencyResponse,
  AgencyTypeList,
  CreateAgencyRequest,
  ListAgenciesQuery,
  UpdateAgencyRequest,
} from './dto/agency.dto';

@ApiTags('agencies')
@Controller('api/v1')
export class AgenciesController {
  constructor(private readonly agencies: AgencyService) {}

  @Get('agency-types')
  @Allow('agencies.read')
  @ApiOkResponse({ type: AgencyTypeList })
  listAgencyTypes(): AgencyTypeList {
    return { items: AGENCY_TYPE_KEYS.map((key) => ({ key, label: AGENCY_TYPES[key] })) };
  }

  @Get('agencies')
  @Allow('agencies.read')
  @ApiOkResponse({ type: AgencyList })
  async listAgencies(@CurrentActor() actor: Actor, @Query() query: ListAgenciesQuery): Promise<AgencyList> {
    const agencies = await this.agencies.list(inPartnership(actor), query.includeInactive ?? false);
    return { items: agencies.map(toResponse) };
  }

  @Get('agencies/:agencyId')
  @Allow('agencies.read')
  @ApiOkResponse({ type: AgencyResponse })
  async getAgency(
    @CurrentActor() actor: Actor,
    @Param('agencyId', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AgencyResponse> {
    const agency = await this.agencies.get(inPartnership(actor), id as AgencyId);
    setEtag(reply, agency.version);
    return toResponse(agency);
  }

  @Post('agencies')
  @Allow('agencies.manage')
  @ApiCreatedResponse({ type: AgencyResponse })
  async createAgency(
    @CurrentActor() actor: Actor,
    @Body() body: CreateAgencyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AgencyResponse> {
    const agency = await this.agencies.create(inPartnership(actor), body);
    setEtag(reply, agency.version);
    return toResponse(agency);
  }

  @Patch('agencies/:agencyId')
  @Allow('agencies.manage')
  @ApiOkResponse({ type: AgencyResponse })
  async updateAgency(
    @CurrentActor() actor: Actor,
    @Param('agencyId', ParseUUIDPipe) id: string,
    @IfMatch() version: number,
    @Body() body: UpdateAgencyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AgencyResponse> {
    const agency = await this.agencies.update(inPartnership(actor), id as AgencyId, version, body);
    setEtag(reply, agency.version);
    return toResponse(agency);
  }
}

function toResponse(agency: Agency): AgencyResponse {
  return {
    id: agency.id,
    name: agency.name,
    shortName: agency.shortName,
    type: agency.type,
    typeLabel: AGENCY_TYPES[agency.type],
    active: agency.active,
    version: agency.version,
  };
}
