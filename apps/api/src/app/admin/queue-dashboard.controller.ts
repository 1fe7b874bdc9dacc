import { Controller, HttpCode, Inject, Post, Res } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import type {} from '@fastify/cookie';
import type { FastifyReply } from 'fastify';
import { APP_CONFIG, AppConfig } from '@dhr/platform-config';
import { Actor, Allow, CurrentActor } from '@dhr/platform-auth';
import {
  QUEUE_DASHBOARD_COOKIE,
  QUEUE_DASHBOARD_PATH,
  QueueDashboardClaims,
} from './queue-dashboard-session';

const TTL_SECONDS = 15 * 60;

@ApiTags('admin')
@Controller('api/v1/admin')
export class QueueDashboardController {
  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Sets a 15-minute cookie that opens /admin/queues in this browser. */
  @Post('queue-dashboard-session')
  @Allow('queues.admin')
  @HttpCode(204)
  @ApiNoContentResponse()
  async openQueueDashboard(
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    const claims: QueueDashboardClaims = {
      purpose: 'queue-dashboard',
      sub: actor.userId,
      sid: actor.sessionId,
      roles: actor.roles,
    };
    const token = await this.jwt.signAsync(claims, { expiresIn: TTL_SECONDS });
    void reply.setCookie(QUEUE_DASHBOARD_COOKIE, token, {
      httpOnly: true,
      secure: this.config.environment === 'production',
      sameSite: 'strict',
      path: QUEUE_DASHBOARD_PATH,
      maxAge: TTL_SECONDS,
    });
  }
}
