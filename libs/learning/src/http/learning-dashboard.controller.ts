import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, Allow, CurrentActor, inPartnership } from '@dhr/platform-auth';
import { LearningDashboardService } from '../application/learning-dashboard.service';
import {
  LearningDashboardResponse,
  LearningSearchQuery,
  LearningSearchResponse,
  LearningThemeFrequencyResponse,
} from './dto/learning-dashboard.dto';

/** What the partnership is learning: the plan's state, search across lessons and recommendations, recurring themes. */
@ApiTags('learning')
@Controller('api/v1/learning')
export class LearningDashboardController {
  constructor(private readonly dashboard: LearningDashboardService) {}

  @Get('dashboard')
  @Allow('learning.read')
  @ApiOperation({
    summary: 'The action plan at a glance',
    description:
      'Counts by effective RAG, overdue actions, counts by lead agency and by recommendation theme (each with ' +
      'its RAG breakdown), completion per review (closed / all actions answering its recommendations) and, ' +
      'for the last 4 calendar quarters, actions closed, actions added and updates given. The coordinator and ' +
      'the CSP chair see the whole partnership; anyone else their agency’s actions only, as in the list.',
  })
  @ApiOkResponse({ type: LearningDashboardResponse })
  learningDashboard(@CurrentActor() actor: Actor): Promise<LearningDashboardResponse> {
    return this.dashboard.summary(inPartnership(actor));
  }

  @Get('search')
  @Allow('learning.read')
  @ApiOperation({
    summary: 'Full-text search of the partnership’s lessons and recommendations',
    description:
      'Lessons (narrative and statement) and recommendations (text), matched with PostgreSQL English full text ' +
      '(websearch syntax: words, "a phrase", -excluded, or), best ranked first, at most 50. Results of a ' +
      'review only for those who may view it.',
  })
  @ApiOkResponse({ type: LearningSearchResponse })
  async searchLearning(
    @CurrentActor() actor: Actor,
    @Query() query: LearningSearchQuery,
  ): Promise<LearningSearchResponse> {
    const hits = await this.dashboard.search(inPartnership(actor), query.q);
    return {
      items: hits.map(({ leadAgencyId: _lead, ...hit }) => hit),
    };
  }

  @Get('themes/frequency')
  @Allow('learning.read')
  @ApiOperation({
    summary:
      'How often each theme recurs: the number of distinct reviews whose lessons or recommendations carry it',
  })
  @ApiOkResponse({ type: LearningThemeFrequencyResponse })
  async themeFrequency(@CurrentActor() actor: Actor): Promise<LearningThemeFrequencyResponse> {
    return { items: await this.dashboard.themeFrequency(inPartnership(actor)) };
  }
}
