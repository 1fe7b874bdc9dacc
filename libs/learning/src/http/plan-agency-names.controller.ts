import { Controller, Delete, Get, HttpCode, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, Allow, CurrentActor, inPartnership } from '@dhr/platform-auth';
import { PlanAgencyNames } from '../application/plan-agency-names';
import { ForgetPlanAgencyNameQuery, PlanAgencyNameList } from './dto/plan-agency-name.dto';

/** The names the partnership's spreadsheets give its agencies, remembered from imports. */
@ApiTags('learning')
@Controller('api/v1/action-plan/agency-names')
export class PlanAgencyNamesController {
  constructor(private readonly names: PlanAgencyNames) {}

  @Get()
  @Allow('learning.manage')
  @ApiOkResponse({ type: PlanAgencyNameList })
  async listPlanAgencyNames(@CurrentActor() actor: Actor): Promise<PlanAgencyNameList> {
    const names = await this.names.list(inPartnership(actor));
    return {
      items: names.map(({ name, agencyId, rememberedAt }) => ({
        name,
        agencyId,
        rememberedAt: rememberedAt.toISOString(),
      })),
    };
  }

  @Delete()
  @HttpCode(204)
  @Allow('learning.manage')
  @ApiNoContentResponse({ description: 'Forgotten: the next import asks which agency the name stands for' })
  async forgetPlanAgencyName(
    @CurrentActor() actor: Actor,
    @Query() query: ForgetPlanAgencyNameQuery,
  ): Promise<void> {
    await this.names.forget(inPartnership(actor), query.name);
  }
}
