import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter as BullBoardFastifyAdapter } from '@bull-board/fastify';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { JwtService } from '@nestjs/jwt';
import { Queue } from 'bullmq';
import { AppConfig } from '@dhr/platform-config';
import { SESSION_CHECK, SessionCheck } from '@dhr/platform-auth';
import { problem } from '@dhr/platform-http';
import { definedJobs } from '@dhr/platform-queue';
import { RedisClient } from '../system/redis-client';
import {
  QUEUE_DASHBOARD_COOKIE,
  QUEUE_DASHBOARD_PATH,
  QueueDashboardClaims,
} from './queue-dashboard-session';

/**
 * bull-board at /admin/queues, for system administrators only. A browser cannot send a bearer token when it
 * opens a page, so the web app first asks for a short-lived cookie scoped to this path (see the controller).
 */
export async function mountQueueDashboard(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  const jwt = app.get(JwtService);
  const sessions = app.get<SessionCheck>(SESSION_CHECK);
  const connection = app.get(RedisClient).redis;
  const queueNames = [...new Set(definedJobs().map((job) => job.queue))].sort();
  const queues = queueNames.map((name) => {
    const queue = new Queue(name, { connection, prefix: config.queuePrefix });
    // the connection is RedisClient's, which reports an outage; unheard, BullMQ prints every retry
    queue.on('error', () => undefined);
    return queue;
  });
  app.get(RedisClient).onClose(() => Promise.all(queues.map((queue) => queue.close())));

  const board = new BullBoardFastifyAdapter();
  board.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({ queues: queues.map((queue) => new BullMQAdapter(queue)), serverAdapter: board });

  await fastify.register(async (scope) => {
    scope.addHook('onRequest', async (request, reply) => {
      const token = request.cookies[QUEUE_DASHBOARD_COOKIE];
      const claims = token
        ? await jwt.verifyAsync<QueueDashboardClaims>(token, { algorithms: ['HS256'] }).catch(() => undefined)
        : undefined;
      const allowed =
        claims?.purpose === 'queue-dashboard' &&
        claims.roles.includes('system_admin') &&
        (await sessions.isLive(claims.sid, claims.sub));
      if (!allowed) {
        return reply
          .status(403)
          .header('content-type', 'application/problem+json')
          .send(
            problem(
              403,
              'forbidden',
              'The queue dashboard is for system administrators. Open it from the web app.',
            ),
          );
      }
    });
    await scope.register(board.registerPlugin(), { prefix: QUEUE_DASHBOARD_PATH });
  });
}
