import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { APP_CONFIG, AppConfig } from '@dhr/platform-config';

/** The api's one Redis connection: health checks and the queue dashboard. */
@Injectable()
export class RedisClient implements OnApplicationShutdown {
  readonly redis: Redis;
  private readonly closers: (() => Promise<unknown>)[] = [];

  private readonly logger = new Logger('Redis');
  private unreachable = false;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.redis = new Redis(config.redisUrl, { maxRetriesPerRequest: null, connectionName: 'dhr-api' });
    // once per outage, not once per reconnection attempt (ioredis prints every one when nobody listens)
    this.redis.on('error', (error: Error) => {
      if (!this.unreachable) this.logger.warn(`Redis is unreachable, retrying: ${error.message}`);
      this.unreachable = true;
    });
    this.redis.on('ready', () => {
      if (this.unreachable) this.logger.log('Redis is reachable again');
      this.unreachable = false;
    });
  }

  /** Runs before the connection closes, for whatever was built on it. */
  onClose(closer: () => Promise<unknown>): void {
    this.closers.push(closer);
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled(this.closers.map((close) => close()));
    this.redis.disconnect();
  }
}
