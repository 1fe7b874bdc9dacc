import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, Allow, CurrentActor, inPartnership } from '@dhr/platform-auth';
import { PartnershipService } from '../application/partnership.service';
import { Partnership } from '../domain/partnership';
import { CreatePartnershipRequest, PartnershipList, PartnershipResponse } from './dto/partnership.dto';

@ApiTags('partnerships')
@Controller('api/v1')
export class PartnershipsController {
  constructor(private readonly partnerships: PartnershipService) {}

  /** The signed-in user's own partnership. */
  @Get('partnership')
  @Allow('partnership.read')
  @ApiOkResponse({ type: PartnershipResponse })
  async getMyPartnership(@CurrentActor() actor: Actor): Promise<PartnershipResponse> {
    return toResponse(await this.partnerships.get(inPartnership(actor).partnershipId));
  }

  @Get('partnerships')
  @Allow('partnerships.manage')
  @ApiOkResponse({ type: PartnershipList })
  async listPartnerships(): Promise<PartnershipList> {
    return { items: (await this.partnerships.list()).map(toResponse) };
  }

  @Post('partnerships')
  @Allow('partnerships.manage')
  @ApiCreatedResponse({ type: PartnershipResponse })
  async createPartnership(
    @CurrentActor() actor: Actor,
    @Body() body: CreatePartnershipRequest,
  ): Promise<PartnershipResponse> {
    return toResponse(await this.partnerships.create(actor, body));
  }
}

function toResponse(partnership: Partnership): PartnershipResponse {
  return {
    id: partnership.id,
    name: partnership.name,
    referencePrefix: partnership.referencePrefix,
    version: partnership.version,
  };
}
