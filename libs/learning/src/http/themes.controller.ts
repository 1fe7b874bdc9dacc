import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Actor, Allow, CurrentActor, inPartnership } from '@dhr/platform-auth';
import { IfMatch, setEtag } from '@dhr/platform-http';
import { ThemeService } from '../application/theme.service';
import { ThemeList, ThemeRequest, ThemeResponse, UpdateThemeRequest } from './dto/learning.dto';
import { toThemeResponse } from './learning.mapper';

/** The partnership's list of themes: read by everyone in the learning work, kept by the coordinator. */
@ApiTags('learning')
@Controller('api/v1/themes')
export class ThemesController {
  constructor(private readonly themes: ThemeService) {}

  @Get()
  @Allow('learning.read')
  @ApiOkResponse({ type: ThemeList })
  async listThemes(@CurrentActor() actor: Actor): Promise<ThemeList> {
    const themes = await this.themes.list(inPartnership(actor));
    return { items: themes.map(toThemeResponse) };
  }

  @Post()
  @Allow('learning.manage')
  @ApiCreatedResponse({ type: ThemeResponse })
  async createTheme(
    @CurrentActor() actor: Actor,
    @Body() body: ThemeRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ThemeResponse> {
    const theme = await this.themes.create(inPartnership(actor), body.name);
    setEtag(reply, theme.version);
    return toThemeResponse(theme);
  }

  @Patch(':themeId')
  @Allow('learning.manage')
  @ApiOkResponse({ type: ThemeResponse })
  async updateTheme(
    @CurrentActor() actor: Actor,
    @Param('themeId', ParseUUIDPipe) id: string,
    @IfMatch() version: number,
    @Body() body: UpdateThemeRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ThemeResponse> {
    const theme = await this.themes.update(inPartnership(actor), id, version, body);
    setEtag(reply, theme.version);
    return toThemeResponse(theme);
  }
}
