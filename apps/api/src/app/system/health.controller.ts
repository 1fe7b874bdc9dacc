import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { Public } from '@dhr/platform-auth';
import { RedisClient } from './redis-client';

class HealthResponse {
  @ApiProperty({ enum: ['ok', 'unavailable'] }) status: 'ok' | 'unavailable';
  @ApiProperty({ enum: ['ok', 'unavailable'] }) database: 'ok' | 'unavailable';
  @ApiProperty({ enum: ['ok', 'unavailable'] }) redis: 'ok' | 'unavailable';
}

const TIMEOUT_MS = 2_000;

@ApiTags('system')
@Controller('api')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly redisClient: RedisClient,
  ) {}

  /** 200 when the database and Redis both answer; 503 otherwise, saying which did not. */
  @Get('health')
  @Public()
  @ApiOkResponse({ type: HealthResponse })
  @ApiServiceUnavailableResponse({ type: HealthResponse })
  async getHealth(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthResponse> {
    const [database, redis] = await Promise.all([
      check(() => this.dataSource.query('SELECT 1')),
      check(() => this.redisClient.redis.ping()),
    ]);
    const status = database === 'ok' && redis === 'ok' ? 'ok' : 'unavailable';
    void reply.status(status === 'ok' ? 200 : 503).header('cache-control', 'no-store');
    return { status, database, redis };
  }
}

async function check(probe: () => Promise<unknown>): Promise<'ok' | 'unavailable'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), TIMEOUT_MS);
  });
  try {
    await Promise.race([probe(), timeout]);
    return 'ok';
  } catch {
    return 'unavailable';
  } finally {
    clearTimeout(timer);
  }
}
